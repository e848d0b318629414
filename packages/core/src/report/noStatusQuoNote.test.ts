import { describe, expect, it } from 'vitest'
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import { explainDeal } from '../evaluate/explainDeal.js'
import { margins } from '../diagnose/firmness.js'
import { councilNoteFor } from './councilNoteFor.js'
import { noteToMarkdown } from './noteToMarkdown.js'

// The road that must be built (testkit/requiredRoad.ts): the best deal routes it east and
// moves housing to a. Nothing holds on the road before the deal, so B's change there brings
// the whole value of east (3); without a deal B has its reservation 0.5, given up in the fallback.
const A = 'A' as PartyId
const B = 'B' as PartyId
const deal = { choices: { ['road' as IssueId]: 'east' as OptionId, ['h' as IssueId]: 'a' as OptionId }, payments: [] }

describe('a deal explained against no agreement, when an issue has no status quo', () => {
  it('explainDeal: what B gets on the road is its whole value there, and the gain adds up with the fallback', () => {
    const b = explainDeal(requiredRoad, deal).parties.find((p) => p.party === B)!
    expect(b.gets).toEqual([
      { issue: 'road', domain: 'd', to: 'east', gain: 3 },
      { issue: 'h', domain: 'd', from: 'b', to: 'a', gain: 1 },
    ])
    expect(b.fallbackGain).toBe(-0.5)
    expect(b.gain).toBe(3.5)
  })

  it('the council note starts from the reservation and says a no means no agreement', () => {
    const note = councilNoteFor(requiredRoad, deal, B)
    expect(note).toMatchObject({ utilityBefore: 0.5, utilityAfter: 4, netGain: 3.5, fallsBackToReservation: true })
    expect(note.deadlocksSolved).toEqual([])
    expect(note.risks).toEqual([
      {
        party: { id: 'A', name: 'A', kind: 'municipality' },
        remaining: [],
        remainingValid: false,
        ourGain: 0,
        tight: false,
      },
    ])
    const text = noteToMarkdown(note, 'en')
    expect(text).toContain('| road | to be settled (no status quo) | east | +3 |')
    expect(text).toContain('gains +3.5 points net over no agreement (our reservation value)')
    expect(text).toContain('| of which what stays as it is, less our reservation value | -0.5 |')
    expect(text).toContain('the whole deal falls: there is no agreement')
    expect(text).toContain('(a gain over no agreement)')
    expect(noteToMarkdown(councilNoteFor(requiredRoad, deal, A), 'nl')).toContain(
      'ten opzichte van geen akkoord (onze reserveringswaarde)',
    )
  })

  it('margins: on the road the stake weighs the whole value of the chosen option', () => {
    const [a, b] = margins(requiredRoad, deal)
    // A values east at 0: its stake on the road does not matter. B's room is its gain of 3.5 (less
    // its tolerance, a strict gain), at 3 per unit of stake.
    expect(a!.issues.find((m) => m.issue === 'road')!.stakeMargin).toBe(Infinity)
    expect(b!.issues.find((m) => m.issue === 'road')!.stakeMargin).toBeCloseTo(3.5 / 3, 6)
  })
})
