import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import type { Scenario } from '../../model/Scenario.js'
import { checkDeal } from '../../evaluate/checkDeal.js'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'
import type { SearchResult } from '../Search.js'
import { NEIGHBOURHOOD } from './searchStarts.js'

// Large enough (12-13 issues) for findDeal to run its neighbourhood and window rounds, small
// enough (two options each) for the exhaustive oracle.
const sized = (extra = 0) =>
  sparseScenarioArb({
    minParties: 4,
    maxParties: 7,
    minIssues: NEIGHBOURHOOD.minIssues - extra,
    maxIssues: NEIGHBOURHOOD.minIssues,
    maxOptions: 2,
    interactions: true,
  })
const arbs: readonly [string, fc.Arbitrary<Scenario>][] = [
  ['sparse', sized()],
  ['sparse with a module', withModuleArb(sized(1))],
  ['sparse with loss bounds', withLossBoundsArb(sized())],
]

const bestOf = (r: SearchResult) =>
  r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined

describe.each(arbs)('findDeal under sum with window rounds, on %s scenarios', (_, arb) => {
  it("proves the oracle's optimum without a budget, the same deal twice", () =>
    fc.assert(
      fc.property(arb, (scenario) => {
        const oracle = exhaustive(scenario, { objective: 'sum' })
        const result = findDeal(scenario, { objective: 'sum' })
        const again = findDeal(scenario, { objective: 'sum' })
        expect(bestOf(again)?.deal).toEqual(bestOf(result)?.deal)
        if (oracle._tag !== 'Optimal') {
          expect(result._tag).toBe('NoDeal')
          return
        }
        expect(result._tag).toBe('Optimal')
        const best = bestOf(result)!
        expect(checkDeal(scenario, best.deal).valid).toBe(true)
        expect(best.value[0]!).toBeCloseTo(oracle.best.value[0]!, 6)
      }),
      { numRuns: 12 },
    ))

  it('under a short time budget returns only valid deals and a bound never below the optimum', () =>
    fc.assert(
      fc.property(arb, (scenario) => {
        const oracle = exhaustive(scenario, { objective: 'sum' })
        const result = findDeal(scenario, { objective: 'sum', budget: { timeMs: 100 } })
        const best = bestOf(result)
        if (best !== undefined) expect(checkDeal(scenario, best.deal).valid).toBe(true)
        if (oracle._tag !== 'Optimal') return
        if (result._tag === 'NoDeal') throw new Error('NoDeal where the oracle has a deal')
        expect(result.bound[0]!).toBeGreaterThanOrEqual(oracle.best.value[0]! - 1e-6)
        if (best !== undefined) expect(best.value[0]!).toBeLessThanOrEqual(oracle.best.value[0]! + 1e-6)
      }),
      { numRuns: 10 },
    ))
})
