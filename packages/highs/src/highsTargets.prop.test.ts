import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkDeal, exhaustive, type Objective, type Search } from 'mandjes'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

describe('highsSearch with regional targets', () => {
  it('meets every target, agrees with the oracle, and names the same binding targets', () => {
    fc.assert(
      fc.property(
        targetScenarioArb({ minIssues: 2, maxIssues: 4, maxOptions: 3, maxParties: 4, partialStakeholders: true }),
        fc.constantFrom<Objective>('sum', 'maxmin', 'fewest'),
        // Non-negative gains: the strict model's margin would hide some of the oracle's deals.
        (scenario, objective) => {
          const options = { objective, rules: { gainRule: 'nonNegative' as const }, payments: false }
          const ours = search(scenario, options)
          const oracle = exhaustive(scenario, options)
          expect(ours._tag).toBe(oracle._tag)
          if (ours._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(checkDeal(scenario, ours.best.deal, options.rules).flaws).toEqual([])
            expect(ours.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
          }
          if (ours._tag === 'NoDeal' && oracle._tag === 'NoDeal') {
            expect(ours.certificate.binding).toEqual(oracle.certificate.binding)
            expect(ours.certificate.reason).toBe(oracle.certificate.reason)
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})
