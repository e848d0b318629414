import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { nodePathArb, walkRandomNodes } from '@mandjes/testkit/randomNodeWalk.js'
import { pairAgreement } from './pairAgreement.js'
import { partyDecompositionRefiner } from './partyDecomposition.js'
import { planSearch, type SearchPlan } from './searchPlan.js'
import { createEngine } from './branchAndBound.js'
import { bestCollector } from './bestCollector.js'
import { exhaustive } from '../exhaustive.js'
import { problemOf } from './SearchProblem.js'
import type { NodeState } from './NodeState.js'

// The participation bound for the sum against brute force: at the root and at random nodes,
// it is never below the best total gain of any completion the leaf check accepts (and so
// never below the true optimum). One refiner visits several nodes in turn, as in a search,
// so the multipliers it carries from node to node are tested too. Small copy limits put
// parties in the shared (LP-style) part. A budget that has already run out (`cut`) ends the
// root's steps after the first few: the bound must hold wherever the steps stop. The copies
// keep their domain floors below the root when given the node's domain gains, as the engine
// gives them, and at the root only when not (one case in three).

const holds = (scenario: Scenario, path: readonly number[], configLimit: number, cut: boolean): boolean => {
  const problem = problemOf(scenario, { objective: 'sum', payments: false })
  const rootUntil = cut ? () => 0 : undefined
  // Pair agreement (opt-in) on every other case: its zero-sum multipliers must keep the bound too.
  const pairs = path.length % 2 === 0 ? pairAgreement : undefined
  const domains = (s: NodeState) => (path.length % 3 === 0 ? undefined : s.domainFixed)
  const refiner = (plan: SearchPlan, s: NodeState) =>
    partyDecompositionRefiner(problem, plan, configLimit, 0, rootUntil, pairs, domains(s))
  return walkRandomNodes(problem, path, refiner, {
    // No target, a target at the optimum, and a far one (a weak incumbent: steps overshoot).
    stopAt: ({ visit, truth }) => (visit % 3 === 0 ? -Infinity : visit % 3 === 1 ? truth - 1e-9 : truth - 100),
    holds: (bound, { truth }) => bound >= truth,
  })
}

const limitArb = fc.constantFrom(1, 4, 4096)

describe('partyDecompositionRefiner', () => {
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
    fc.assert(fc.property(dense, nodePathArb, limitArb, fc.boolean(), holds), { numRuns: 300 })
  })

  it('never cuts the best completion on sparse scenarios', () => {
    const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
    fc.assert(fc.property(sparse, nodePathArb, limitArb, fc.boolean(), holds), { numRuns: 300 })
  })

  // Per-option participation (a module's coalition takes part, eligible non-members do not)
  // and outsiders who may lose up to their lossBound: the copies must read both.
  it('never cuts the best completion with modules and loss bounds', () => {
    const base = sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true })
    const cases = withLossBoundsArb(withModuleArb(base, { maxMembers: 4, runningToday: true }))
    fc.assert(fc.property(cases, nodePathArb, limitArb, fc.boolean(), holds), { numRuns: 300 })
  })

  it("proves the oracle's optimum when it refines every node", () => {
    const cases = fc.oneof(
      sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true }),
      withLossBoundsArb(withModuleArb(sparseScenarioArb({ maxParties: 5, maxIssues: 4 }), { runningToday: true })),
      scenarioArb({ maxParties: 4, maxIssues: 4, mandates: true, partialStakeholders: true, realValues: true }),
    )
    fc.assert(
      fc.property(cases, (scenario) => {
        const options = { objective: 'sum', payments: false } as const
        const problem = problemOf(scenario, options)
        const { collector, verified } = bestCollector(problem)
        createEngine(problem, planSearch(problem, 30), collector, { decompositionMinIssues: 0 }).run(Infinity, Infinity)
        const oracle = exhaustive(scenario, options)
        const best = verified().best
        if (oracle._tag !== 'Optimal') return best === undefined || verified().rejected.length > 0
        return best !== undefined && Math.abs(best.value[0]! - oracle.best.value[0]!) <= 1e-9
      }),
      { numRuns: 300 },
    )
  })
})
