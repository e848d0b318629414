import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkDeal, exhaustive, type Objective, type Search } from 'mandjes'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

const smallShape = { minIssues: 1, maxIssues: 3, maxOptions: 3, maxParties: 4, partialStakeholders: true }
const small = scenarioArb(smallShape)

describe('highsSearch with loss bounds for outsiders', () => {
  it('lets an outsider lose up to its bound, as the oracle does', () => {
    fc.assert(
      fc.property(
        // With and without a module: an outsider with a say elsewhere may use its loss bound either way.
        fc.oneof(
          withLossBoundsArb(withModuleArb(small)),
          withLossBoundsArb(scenarioArb({ ...smallShape, minIssues: 2 })),
        ),
        fc.constantFrom<Objective>('sum', 'maxmin', 'fewest'),
        (scenario, objective) => {
          const options = { objective, payments: false }
          const ours = search(scenario, options)
          const oracle = exhaustive(scenario, options)
          expect(ours._tag).toBe(oracle._tag)
          if (ours._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(checkDeal(scenario, ours.best.deal).flaws).toEqual([])
            expect(ours.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
          }
        },
      ),
      { numRuns: 250 },
    )
  })
})
