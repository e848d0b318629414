import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkDeal, exhaustive, type Objective, type Search } from 'mandjes'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

const small = { minIssues: 1, maxIssues: 3, maxOptions: 3, maxParties: 5, partialStakeholders: true }

describe('highsSearch with modules', () => {
  it('chooses the coalition of the oracle: per-option participation in the participation rows', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          withModuleArb(scenarioArb(small), { runningToday: true, sayOnAnyChange: true }),
          withModuleArb(targetScenarioArb({ ...small, maxIssues: 2 })),
        ),
        fc.constantFrom<Objective>('sum', 'maxmin', 'fewest'),
        // Strict gains matter here (a member must gain, an outsider only not lose). Joins, costs
        // and values are small integers, so no gain falls inside the strict model's margin.
        fc.constantFrom('strict' as const, 'nonNegative' as const),
        (scenario, objective, gainRule) => {
          const options = { objective, rules: { gainRule }, payments: false }
          const ours = search(scenario, options)
          const oracle = exhaustive(scenario, options)
          expect(ours._tag).toBe(oracle._tag)
          if (ours._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(checkDeal(scenario, ours.best.deal, options.rules).flaws).toEqual([])
            expect(ours.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})
