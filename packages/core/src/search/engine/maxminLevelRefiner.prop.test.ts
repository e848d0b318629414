import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { nodePathArb, walkRandomNodes } from '@mandjes/testkit/randomNodeWalk.js'
import { maxminLevelRefiner } from './maxminLevelRefiner.js'
import { planSearch } from './searchPlan.js'
import { createEngine } from './branchAndBound.js'
import { bestCollector } from './bestCollector.js'
import { exhaustive } from '../exhaustive.js'
import { problemOf } from './SearchProblem.js'

// The max-min level test against brute force: at the root (where it bisects for a bound) and
// at random nodes, visited in turn by one refiner as in a search (so the domains it carries
// from node to node are tested too). Its answer is never below the best max-min value of any
// completion the leaf check accepts, unless that value is below the level asked about
// (`stopAt`), where the answer only says "prune". Small table limits judge parties by sums.

const holds = (scenario: Scenario, path: readonly number[], tableLimit: number): boolean => {
  const problem = problemOf(scenario, { objective: 'maxmin', payments: false })
  return walkRandomNodes(problem, path, (plan, s) => maxminLevelRefiner(problem, plan, s, tableLimit), {
    // The level at the best completion (a tie must survive), below it, and above it.
    stopAt: ({ visit, truth }) => {
      const base = Number.isFinite(truth) ? truth : 0
      return [base - 1e-9, base - 0.5, base + 0.25, -Infinity][visit % 4]!
    },
    holds: (bound, { truth }, stopAt) => bound >= truth || truth < stopAt,
  })
}

const limitArb = fc.constantFrom(1, 4, 4096)

describe('maxminLevelRefiner', () => {
  it('never cuts the best completion on dense scenarios', () => {
    const dense = scenarioArb({
      maxParties: 4,
      maxIssues: 4,
      mandates: true,
      reservations: true,
      partialStakeholders: true,
      interactions: true,
      realValues: true,
    })
    fc.assert(fc.property(dense, nodePathArb, limitArb, holds), { numRuns: 300 })
  })

  it('never cuts the best completion on sparse scenarios', () => {
    const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
    fc.assert(fc.property(sparse, nodePathArb, limitArb, holds), { numRuns: 300 })
  })

  // Per-option participation (a module's coalition takes part, eligible non-members do not)
  // and outsiders who may lose up to their lossBound: the party constraints must read both.
  it('never cuts the best completion with modules and loss bounds', () => {
    const base = sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true })
    const cases = withLossBoundsArb(withModuleArb(base, { maxMembers: 4, runningToday: true }))
    fc.assert(fc.property(cases, nodePathArb, limitArb, holds), { numRuns: 300 })
  })

  it("lets a max-min search prove the oracle's optimum", () => {
    const cases = fc.oneof(
      sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true }),
      withLossBoundsArb(withModuleArb(sparseScenarioArb({ maxParties: 5, maxIssues: 4 }), { runningToday: true })),
      scenarioArb({ maxParties: 4, maxIssues: 4, mandates: true, partialStakeholders: true, realValues: true }),
    )
    fc.assert(
      fc.property(cases, (scenario) => {
        const options = { objective: 'maxmin', payments: false } as const
        const problem = problemOf(scenario, options)
        const { collector, verified } = bestCollector(problem)
        createEngine(problem, planSearch(problem, 30), collector).run(Infinity, Infinity)
        const oracle = exhaustive(scenario, options)
        const best = verified().best
        if (oracle._tag !== 'Optimal') return best === undefined || verified().rejected.length > 0
        // A deal with no participant has the value −Infinity (equal, but their difference is NaN).
        const [found, truth] = [best?.value[0], oracle.best.value[0]!]
        return found !== undefined && (found === truth || Math.abs(found - truth) <= 1e-9)
      }),
      { numRuns: 300 },
    )
  })
})
