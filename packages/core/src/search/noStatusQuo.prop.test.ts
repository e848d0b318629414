import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { gainOf } from '../evaluate/gainOf.js'
import { requiredIssues } from '../evaluate/noAgreementUtility.js'
import { allDeals } from './allDeals.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { Objective, SearchOptions } from './Search.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everyDeal } from '@mandjes/testkit/bruteForceDeals.js'
import {
  bestSumByDefinition,
  disagreementByDefinition,
  isValidByDefinition,
  utilityByDefinition,
  withoutStatusQuoArb,
} from '@mandjes/testkit/noStatusQuo.js'
import { bestOf, isSound } from '@mandjes/testkit/searchFixtures.js'
import { addOptionLaw, lawSearch, loosenMandateLaw, relabelLaw, rescaleLaw } from '@mandjes/testkit/searchLaws.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'

// Issues without a status quo (a deal must settle them; a party that values one falls back to
// its reservation utility), against the definition written out in @mandjes/testkit/noStatusQuo.ts:
// dense and sparse scenarios, with the status quo dropped on some issues, on all, or on none.
const dense = scenarioArb({
  minIssues: 1,
  maxIssues: 4,
  maxOptions: 3,
  mandates: true,
  reservations: true,
  interactions: true,
  partialStakeholders: true,
})
const sparse = sparseScenarioArb({ maxParties: 4, maxIssues: 5, interactions: true })
const variants = (arb: fc.Arbitrary<Scenario>) =>
  fc.oneof(arb, withoutStatusQuoArb(arb), withoutStatusQuoArb(arb, { all: true }))
const noPayments: SearchOptions = { objective: 'sum', payments: false }

describe('a scenario with issues without a status quo', () => {
  it('checkDeal accepts exactly the deals the definition accepts, dense and sparse', () =>
    fc.assert(
      fc.property(fc.oneof(variants(dense), variants(sparse)), (scenario) => {
        for (const deal of everyDeal(scenario))
          expect(checkDeal(scenario, deal).valid).toBe(isValidByDefinition(scenario, deal))
      }),
      { numRuns: 300 },
    ))

  it('measures every gain from the disagreement point: the reservation for a party that values an open issue', () =>
    fc.assert(
      fc.property(withoutStatusQuoArb(dense), (scenario) => {
        for (const deal of everyDeal(scenario).slice(0, 20))
          for (const party of scenario.parties)
            expect(gainOf(scenario, party.id, deal)).toBeCloseTo(
              utilityByDefinition(scenario, party, deal) - disagreementByDefinition(scenario, party),
              9,
            )
      }),
      { numRuns: 100 },
    ))

  it('findDeal finds the largest total gain the definition allows, dense and sparse', () =>
    fc.assert(
      fc.property(fc.oneof(variants(dense), variants(sparse)), (scenario) => {
        const oracle = bestSumByDefinition(scenario)
        const result = findDeal(scenario, noPayments)
        const best = bestOf(result)
        if (oracle.valid === 0) {
          expect(result._tag).toBe('NoDeal')
          return
        }
        expect(result._tag).toBe('Optimal')
        expect(best!.value[0]).toBeCloseTo(oracle.best, 6)
      }),
      { numRuns: 300 },
    ))

  it('allDeals counts exactly the valid deals of the definition', () =>
    fc.assert(
      fc.property(fc.oneof(variants(dense), variants(sparse)), (scenario) => {
        expect(allDeals(scenario, { payments: false }).count).toBe(bestSumByDefinition(scenario).valid)
      }),
      { numRuns: 200 },
    ))

  it('findDeal agrees with the exhaustive oracle under every objective, and settles every open issue', () =>
    fc.assert(
      fc.property(
        fc.oneof(
          withoutStatusQuoArb(dense),
          withoutStatusQuoArb(sparseScenarioArb({ maxParties: 4, maxIssues: 5, compensation: true })),
        ),
        fc.constantFrom<Objective>('sum', 'maxmin', 'nash', 'fewest'),
        (scenario, objective) => {
          const options: SearchOptions = { objective }
          const fast = findDeal(scenario, options)
          const slow = exhaustive(scenario, options)
          expect(fast._tag).toBe(slow._tag)
          const best = bestOf(fast)
          if (best === undefined) return
          expect(isSound(scenario, options, best)).toBe(true)
          best.value.forEach((v, k) => expect(v).toBeCloseTo(bestOf(slow)!.value[k]!, 6))
          for (const issue of requiredIssues(scenario)) {
            expect(best.deal.choices[issue]).toBeDefined()
            expect(best.changes).toContain(issue)
          }
        },
      ),
      { numRuns: 300 },
    ))

  it('keeps the search laws: relabelling, adding an option, loosening a mandate and rescaling a party', () => {
    const search = lawSearch('findDeal', findDeal)
    const objective = fc.constantFrom<Objective>('sum', 'maxmin', 'fewest')
    const arb = fc.oneof(withoutStatusQuoArb(dense), withoutStatusQuoArb(sparse))
    fc.assert(relabelLaw(arb, search, objective), { numRuns: 100 })
    fc.assert(addOptionLaw(arb, search, objective), { numRuns: 100 })
    fc.assert(loosenMandateLaw(arb, search, objective), { numRuns: 100 })
    // Rescaling one party rescales its reservation too, so its disagreement point moves with it.
    const paying = withoutStatusQuoArb(
      scenarioArb({ maxIssues: 4, mandates: true, reservations: true, compensation: true }),
    )
    fc.assert(rescaleLaw(paying, search, 'nash', { pick: fc.nat(3) }), { numRuns: 100 })
  })
})
