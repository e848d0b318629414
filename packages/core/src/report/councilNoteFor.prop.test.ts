import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gainOf } from '../evaluate/gainOf.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { scenarioAndDealArb } from '@mandjes/testkit/arbitraries.js'
import { noStatusQuoPairArb } from '@mandjes/testkit/noStatusQuo.js'
import { explainDeal } from '../evaluate/explainDeal.js'
import { findDeal } from '../search/findDeal.js'
import { checkMandate } from './checkMandate.js'
import { councilNoteFor } from './councilNoteFor.js'

const withStatusQuo = scenarioAndDealArb({ interactions: true, mandates: true, compensation: true, reservations: true })
// Every law holds as well when some or all issues have no status quo (measured against no
// agreement, with the fallback term in the sum): a third of the runs are such scenarios.
const arb = fc.oneof(withStatusQuo, withStatusQuo, noStatusQuoPairArb(withStatusQuo))

describe('councilNoteFor laws', () => {
  it('adds up: the net gain is what the issues, interactions, money and the fallback bring, and equals gainOf', () =>
    fc.assert(
      fc.property(arb, ([scenario, deal]) => {
        for (const party of scenario.parties) {
          const note = councilNoteFor(scenario, deal, party.id)
          const parts =
            note.changes.reduce((sum, c) => sum + c.gain, 0) + note.interactionGain + note.moneyGain + note.fallbackGain
          expect(note.netGain).toBeCloseTo(parts, 6)
          expect(note.netGain).toBeCloseTo(gainOf(scenario, party.id, deal), 6)
        }
      }),
      { numRuns: 150 },
    ))

  it('agrees with explainDeal line by line: every party’s gives, gets, gain and mandate verdicts', () =>
    fc.assert(
      fc.property(arb, fc.constantFrom(0.1, 0.3, 0.9), ([scenario, deal], tightShare) => {
        const explained = explainDeal(scenario, deal, undefined, { tightShare })
        // The same lines; a note lists them in scenario order, explainDeal largest first.
        const line = (c: { issue: string; gain: number }) => [c.issue, c.gain]
        const lines = (cs: readonly { issue: string; gain: number }[]) =>
          cs.map(line).sort((a, b) => String(a[0]).localeCompare(String(b[0])))
        const verdict = (m: { rule: string; holds: boolean; tight: boolean }) => [m.rule, m.holds, m.tight]
        for (const party of explained.parties) {
          const note = councilNoteFor(scenario, deal, party.party, { tightShare, othersMandateDetail: true })
          expect(lines(note.gives)).toEqual(lines(party.gives))
          expect(lines(note.gets)).toEqual(lines(party.gets))
          expect(note.changes.map(line)).toEqual(party.changes.map(line))
          expect(note.netGain).toBe(party.gain)
          expect(note.participates).toBe(party.participant)
          expect(note.mandate.map(verdict)).toEqual(party.mandate.map(verdict))
          expect(note.mandateHolds).toBe(party.mandateHolds)
          expect(checkMandate(scenario, party.party, deal, { tightShare })).toEqual(note.mandate)
          // What the note says of the other participants is their own explanation too.
          for (const other of note.others) {
            const theirs = explained.parties.find((p) => p.party === other.party.id)!
            expect(lines(other.gives)).toEqual(lines(theirs.gives))
            expect(lines(other.gets)).toEqual(lines(theirs.gets))
            expect(other.withinMandate).toBe(theirs.mandateHolds)
            expect(other.tightRules).toEqual(theirs.mandate.filter((m) => m.tight).map((m) => m.rule))
          }
        }
      }),
      { numRuns: 150 },
    ))

  it('built on the RankedDeal a search returned, is the note of its deal', () =>
    fc.assert(
      fc.property(arb, ([scenario]) => {
        const result = findDeal(scenario, { budget: { timeMs: 2000 } })
        fc.pre(result._tag === 'Optimal')
        for (const party of scenario.parties)
          expect(councilNoteFor(scenario, result.best, party.id)).toEqual(
            councilNoteFor(scenario, result.best.deal, party.id),
          )
      }),
      { numRuns: 60 },
    ))

  it('agrees with checkDeal: a note of a valid deal has every mandate holding for every party', () =>
    fc.assert(
      fc.property(arb, ([scenario, deal]) => {
        const valid = checkDeal(scenario, deal).valid
        for (const party of scenario.parties) {
          const note = councilNoteFor(scenario, deal, party.id)
          expect(note.valid).toBe(valid)
          if (valid) expect(note.mandateHolds).toBe(true)
        }
      }),
      { numRuns: 150 },
    ))
})
