import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { exhaustive, type Objective, type Search, type SearchOptions } from 'mandjes'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withoutStatusQuoArb } from '@mandjes/testkit/noStatusQuo.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

// Issues without a status quo in the MILP: compile gives each one a "not settled" column that
// highsSearch fixes at 0, so the solver settles every such issue; gains are measured from the
// reservation utility of each party that values one. Checked against the exhaustive oracle.
let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

const dense = scenarioArb({
  maxIssues: 4,
  maxOptions: 3,
  mandates: true,
  reservations: true,
  partialStakeholders: true,
})
const sparse = sparseScenarioArb({ maxParties: 4, maxIssues: 5 })

describe('highsSearch on issues without a status quo', () => {
  it('finds the exhaustive optimum, dense and sparse, with the status quo dropped on some or all issues', () =>
    fc.assert(
      fc.property(
        fc.oneof(withoutStatusQuoArb(dense), withoutStatusQuoArb(sparse), withoutStatusQuoArb(sparse, { all: true })),
        fc.constantFrom<Objective>('sum', 'maxmin', 'fewest'),
        (scenario, objective) => {
          const options: SearchOptions = { objective, payments: false }
          const milp = search(scenario, options)
          const oracle = exhaustive(scenario, options)
          expect(milp._tag).toBe(oracle._tag)
          if (milp._tag !== 'Optimal' || oracle._tag !== 'Optimal') return
          expect(milp.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
          for (const issue of scenario.issues) expect(milp.best.deal.choices[issue.id]).toBeDefined()
        },
      ),
      { numRuns: 150 },
    ))
})
