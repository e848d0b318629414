import fc from 'fast-check'
import { describe, it } from 'vitest'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { ObjectiveSpec } from './Search.js'
import { topDeals } from './topDeals.js'
import { lawSearch, searchLaws, type LawSearch } from '@mandjes/testkit/searchLaws.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'

// The laws of the search on sparse, region-shaped scenarios: each party values one to three
// issues, stakeholders are subsets, mandates bite, and some scenarios allow compensation.
const withPayments = sparseScenarioArb({ maxParties: 5, maxIssues: 5, compensation: true, interactions: true })
const withoutPayments = sparseScenarioArb({ maxParties: 5, maxIssues: 5, interactions: true })
const objectives: readonly ObjectiveSpec[] = [
  'sum',
  'maxmin',
  'nash',
  'fewest',
  ['maxmin', 'fewest'],
  ['fewest', 'sum'],
]

/** topDeals with k = 1 as a search: its one deal is the optimum when the list is complete. */
const topDealsOne: LawSearch = {
  name: 'topDeals(1)',
  run: (scenario, options) => {
    const top = topDeals(scenario, 1, options)
    const best = top.deals[0]
    return { tag: !top.complete ? 'BudgetExhausted' : best === undefined ? 'NoDeal' : 'Optimal', best }
  },
}
const searches: readonly LawSearch[] = [
  lawSearch('findDeal', findDeal),
  lawSearch('exhaustive', exhaustive),
  topDealsOne,
]

for (const search of searches) {
  describe(`${search.name} on sparse scenarios`, () => {
    for (const objective of objectives) {
      for (const { name, law, applies, payments } of searchLaws) {
        if (!applies(objective)) continue
        it(`${name} (objective ${String(objective)})`, () =>
          fc.assert(law(payments ? withPayments : withoutPayments, search, objective), { numRuns: 25 }))
      }
    }
  })
}
