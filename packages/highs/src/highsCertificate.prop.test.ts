import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkDeal,
  findDeal,
  type Objective,
  type Scenario,
  type Search,
  type SearchOptions,
  type SearchResult,
} from 'mandjes'
import { toleranceFor } from 'mandjes/engine'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { hidesInMargin } from '../test/hidesInMargin.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

// HiGHS's "Optimal" is a claim: a deal plus a bound. On random sparse, region-shaped
// instances (each party values one to three issues; stakeholders by subsets; minGain, domain
// floors, red lines), too large to enumerate but small enough for findDeal to prove, the
// claim is checked against findDeal's proof: the deal is valid, scores what findDeal proved
// optimal, and no valid deal beats the claimed bound.
let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

const objectives: readonly (Objective | readonly Objective[])[] = ['sum', 'maxmin', 'fewest', ['maxmin', 'fewest']]
const caseArb = fc.tuple(
  sparseScenarioArb({ minParties: 4, maxParties: 9, minIssues: 6, maxIssues: 11, maxOptions: 3, interactions: true }),
  fc.constantFrom(...objectives),
)
const bestOf = (r: SearchResult) =>
  r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined

const certificateHolds = (scenario: Scenario, objective: Objective | readonly Objective[]) => {
  const options: SearchOptions = { objective, payments: false }
  const proof = findDeal(scenario, { ...options, budget: { nodes: 2_000_000 } })
  if (proof._tag === 'BudgetExhausted') return // findDeal could not prove it: nothing to compare with
  const claim = search(scenario, options)
  const tol = toleranceFor(scenario) * (scenario.parties.length + 1)
  const found = bestOf(claim)
  if (found !== undefined) expect(checkDeal(scenario, found.deal).flaws).toEqual([])
  if (claim._tag !== 'NoDeal') {
    // No valid deal beats HiGHS's bound: findDeal's optimum is a valid deal.
    if (proof._tag === 'Optimal') expect(proof.best.value[0]!).toBeLessThanOrEqual(claim.bound[0]! + tol)
  }
  if (proof._tag === 'Optimal' && hidesInMargin(scenario, proof.best)) {
    // Out of the model's reach by design: a worse deal or none, never a better one.
    if (found !== undefined) expect(found.value[0]!).toBeLessThanOrEqual(proof.best.value[0]! + tol)
    return
  }
  expect(claim._tag).toBe(proof._tag)
  if (claim._tag === 'Optimal' && proof._tag === 'Optimal') {
    claim.best.value.forEach((v, k) => {
      const want = proof.best.value[k]!
      expect(v === want || Math.abs(v - want) <= tol).toBe(true)
      expect(claim.bound[k] === v || claim.bound[k]! - v <= tol).toBe(true)
    })
  }
}

describe('highsSearch certificates on sparse instances', () => {
  it('an Optimal from HiGHS is a valid deal worth what findDeal proves optimal, with a bound no deal beats', () =>
    fc.assert(
      fc.property(caseArb, ([scenario, objective]) => certificateHolds(scenario, objective)),
      { numRuns: 150 },
    ))
})
