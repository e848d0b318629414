import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'
import { problemOf } from './SearchProblem.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'

// The screened single changes are tried even when the budget is spent (on a 200 × 500 region
// the engine may never search a node): with a budget of no nodes, `fewest` still returns a
// one-change deal whenever the oracle's best has one change.
describe('single changes as first candidates', () => {
  it('fewest finds a one-change deal with no search left, whenever one exists', () => {
    fc.assert(
      fc.property(sparseScenarioArb({ maxParties: 5, maxIssues: 5 }), (scenario) => {
        const problem = problemOf(scenario, { objective: 'fewest' })
        fc.pre(problem.alwaysParticipant.some((a) => a === 0))
        const oracle = exhaustive(scenario, { objective: 'fewest' })
        fc.pre(oracle._tag === 'Optimal' && oracle.best.changes.length === 1)
        const r = findDeal(scenario, { objective: 'fewest', budget: { nodes: 0 } })
        const best =
          r._tag === 'Optimal'
            ? r.best
            : r._tag === 'BudgetExhausted' && r.best._tag === 'Some'
              ? r.best.value
              : undefined
        expect(best?.changes.length).toBe(1)
      }),
      { numRuns: 150, seed: 1017 },
    )
  })
})
