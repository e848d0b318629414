import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gainOf } from '../evaluate/gainOf.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { scenarioAndDealArb } from '@mandjes/testkit/arbitraries.js'
import { councilNoteFor } from './councilNoteFor.js'

const arb = scenarioAndDealArb({ interactions: true, mandates: true, compensation: true, reservations: true })

describe('councilNoteFor laws', () => {
  it('adds up: the net gain is what the issues, interactions and money bring, and equals gainOf', () =>
    fc.assert(
      fc.property(arb, ([scenario, deal]) => {
        for (const party of scenario.parties) {
          const note = councilNoteFor(scenario, deal, party.id)
          const parts = note.changes.reduce((sum, c) => sum + c.gain, 0) + note.interactionGain + note.moneyGain
          expect(note.netGain).toBeCloseTo(parts, 6)
          expect(note.netGain).toBeCloseTo(gainOf(scenario, party.id, deal), 6)
        }
      }),
      { numRuns: 150 },
    ))

  it('splits changes by sign: gives cost something, gets bring something', () =>
    fc.assert(
      fc.property(arb, ([scenario, deal]) => {
        const note = councilNoteFor(scenario, deal, scenario.parties[0]!.id)
        expect(note.gives.every((c) => c.gain < 0)).toBe(true)
        expect(note.gets.every((c) => c.gain > 0)).toBe(true)
        expect(note.gives.length + note.gets.length).toBe(note.changes.filter((c) => c.gain !== 0).length)
      }),
      { numRuns: 150 },
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
