import { describe, expect, it } from 'vitest'
import { A, B, C, dealOf, townsAndProvince as s } from '@mandjes/testkit/reportFixtures.js'
import { findDeal } from '../search/findDeal.js'
import { councilNoteFor } from './councilNoteFor.js'

const pair = dealOf(s, { road: 'via-b', housing: 'west' })
const withHomes = dealOf(s, { road: 'via-b', housing: 'west', 'homes-a': '1250' })

describe('councilNoteFor', () => {
  it('names both issues the package unlocks as deadlocks, with who blocked each alone', () => {
    const note = councilNoteFor(s, pair, A)
    expect(note.deadlocksSolved.map((d) => d.issue)).toEqual(['road', 'housing'])
    expect(note.deadlocksSolved[0]!.blockers.map((b) => [b.party.id, b.reason])).toEqual([['A', 'loses']])
    expect(note.deadlocksSolved[1]!.blockers.map((b) => b.party.id)).toContain('B')
  })

  it('tells A it gives the road and gets the housing location', () => {
    const note = councilNoteFor(s, pair, A)
    expect(note.gives.map((c) => [c.issue, c.from?.id, c.to.id, c.gain])).toEqual([['road', 'none', 'via-b', -1]])
    expect(note.gets.map((c) => [c.issue, c.gain])).toEqual([['housing', 2]])
    expect(note.netGain).toBeCloseTo(1, 12)
    expect(note.valid).toBe(true)
  })

  it('shows the other participant and the outsiders, who lose nothing', () => {
    const note = councilNoteFor(s, pair, A)
    expect(note.others.map((o) => [o.party.id, o.gain])).toEqual([['B', 2]])
    expect(note.outsiders.map((o) => [o.party.id, o.gain])).toEqual([
      ['C', 0],
      ['D', 0],
    ])
  })

  it('flags B’s minimum gain as tight when little room is left above it', () => {
    const note = councilNoteFor(s, pair, B)
    expect(note.mandate).toEqual([{ rule: 'minGain', value: 2, limit: 1.5, slack: 0.5, holds: true, tight: true }])
    expect(councilNoteFor(s, pair, A, { othersMandateDetail: true }).others[0]!.tightRules).toEqual(['minGain'])
  })

  it('says of other parties only that they stay within their mandate, unless asked for the detail', () => {
    const other = councilNoteFor(s, pair, A).others[0]!
    expect(other.withinMandate).toBe(true)
    expect(other.tightRules).toEqual([])
    expect(councilNoteFor(s, pair, A).risks.every((r) => !r.tight)).toBe(true)
  })

  it('carries the scenario notes and the date it was given', () => {
    const note = councilNoteFor({ ...s, notes: ['INVENTED: every number'] }, pair, A, { date: '2026-12-01' })
    expect(note.scenarioNotes).toEqual(['INVENTED: every number'])
    expect(note.date).toBe('2026-12-01')
  })

  it('flags a quantity right next to an option the council forbids as tight', () => {
    const allowed = councilNoteFor(s, withHomes, A).mandate.find((c) => c.rule === 'allowedOptions')
    expect(allowed).toMatchObject({ holds: true, tight: true, changed: true })
  })

  it('counts the interaction term the province gets from homes on A’s site', () => {
    const note = councilNoteFor(s, withHomes, C)
    expect(note.interactionGain).toBeCloseTo(0.4, 12)
    expect(note.netGain).toBeCloseTo(1.4, 12)
  })

  it('says what is left if another council says no', () => {
    const risks = councilNoteFor(s, withHomes, A).risks
    const ifB = risks.find((r) => r.party.id === B)!
    expect(ifB).toMatchObject({ remaining: ['homes-a'], remainingValid: true })
    expect(ifB.ourGain).toBeCloseTo(0.5, 12)
    const ifC = risks.find((r) => r.party.id === C)!
    expect(ifC).toMatchObject({ remaining: ['road', 'housing'], remainingValid: true, ourGain: 1 })
    expect(councilNoteFor(s, pair, A, { othersMandateDetail: true }).risks).toEqual([
      {
        party: { id: B, name: 'Gemeente B', kind: 'municipality' },
        remaining: [],
        remainingValid: false,
        ourGain: 0,
        tight: true,
      },
    ])
  })

  it('reports a broken mandate and an invalid deal instead of hiding them', () => {
    const tooMany = dealOf(s, { road: 'via-b', housing: 'west', 'homes-a': '1500' })
    const note = councilNoteFor(s, tooMany, A)
    expect(note.valid).toBe(false)
    expect(note.mandateHolds).toBe(false)
    expect(note.mandate.find((c) => c.rule === 'allowedOptions')).toMatchObject({ holds: false })
  })

  it('lists compensation paid and received and counts its value in the net gain', () => {
    const paid = dealOf(s, { road: 'via-b', housing: 'west' }, [{ from: B, to: A, amount: 3 }])
    const forA = councilNoteFor(s, paid, A)
    expect(forA.paymentsReceived.map((p) => [p.from.id, p.amount])).toEqual([['B', 3]])
    expect(forA.moneyGain).toBeCloseTo(0.3, 12)
    expect(forA.netGain).toBeCloseTo(1.3, 12)
    expect(councilNoteFor(s, paid, B).paymentsMade.map((p) => p.to.id)).toEqual(['A'])
  })

  it('builds on the RankedDeal a search returned instead of checking the deal again', () => {
    const result = findDeal(s)
    if (result._tag !== 'Optimal') throw new Error(`expected a deal, got ${result._tag}`)
    const note = councilNoteFor(s, result.best, A)
    expect(note.netGain).toBe(result.best.gains[A])
    expect(note.valid).toBe(true)
    // The numbers are the search's own: a ranked deal that carries another gain shows that one.
    expect(councilNoteFor(s, { ...result.best, gains: { ...result.best.gains, [A]: 42 } }, A).netGain).toBe(42)
  })
})
