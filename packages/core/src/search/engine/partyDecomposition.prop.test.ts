import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { checkLeaf } from './leafCheck.js'
import { feasibleNode } from './nodeBounds.js'
import { applyOption, computePairs, createNodeState, isSure, undoOption, type NodeState } from './NodeState.js'
import { partyDecompositionRefiner } from './partyDecomposition.js'
import { planSearch } from './searchPlan.js'
import { createEngine } from './branchAndBound.js'
import { bestCollector } from './searchSteps.js'
import { exhaustive } from '../exhaustive.js'
import { problemOf } from './SearchProblem.js'

// The participation bound for the sum against brute force: at the root and at random nodes,
// it is never below the best total gain of any completion the leaf check accepts (and so
// never below the true optimum). One refiner visits several nodes in turn, as in a search,
// so the multipliers it carries from node to node are tested too. Small copy limits put
// parties in the shared (LP-style) part.

/** Best sum key over the completions of the node at depth d (−Infinity when none is valid). */
const bestCompletion = (s: NodeState, d: number): number => {
  const { plan } = s
  const N = s.problem.c.issueCount
  if (d === N) return checkLeaf(s, new Float64Array(s.problem.c.partyCount))?.key[0] ?? -Infinity
  let best = -Infinity
  for (const o of plan.children[d]!) {
    applyOption(s, d, o)
    best = Math.max(best, bestCompletion(s, d + 1))
    undoOption(s, d)
  }
  return best
}

const holds = (scenario: Scenario, path: readonly number[], configLimit: number): boolean => {
  const problem = problemOf(scenario, { objective: 'sum', payments: false })
  const plan = planSearch(problem, 30)
  const N = problem.c.issueCount
  const refine = partyDecompositionRefiner(problem, plan, configLimit, 0)
  const s = createNodeState(problem, plan)
  const decided = new Float64Array(problem.c.partyCount)
  // Visit the root, then nodes along random paths (path[k] picks the depth and the options).
  for (let visit = 0; visit <= path.length; visit++) {
    const depth = visit === 0 ? 0 : path[visit - 1]! % (N + 1)
    for (let d = 0; d < depth; d++) {
      const list = plan.children[d]!
      applyOption(s, d, list[(path[(visit + d) % path.length]! >> 3) % list.length]!)
    }
    feasibleNode(s, depth, N)
    computePairs(s)
    for (let p = 0; p < decided.length; p++) decided[p] = s.fixed[p]! + s.pairUpper[p]!
    const truth = bestCompletion(s, depth)
    // No target, a target at the optimum, and a far one (a weak incumbent: steps overshoot).
    const stopAt = visit % 3 === 0 ? -Infinity : visit % 3 === 1 ? truth - 1e-9 : truth - 100
    const bound = refine(depth, decided, (p) => isSure(s, p), s.upper, stopAt)
    for (let d = depth - 1; d >= 0; d--) undoOption(s, d)
    if (!(bound >= truth)) return false
  }
  return true
}

const pathArb = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 })
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
    fc.assert(fc.property(dense, pathArb, limitArb, holds), { numRuns: 300 })
  })

  it('never cuts the best completion on sparse scenarios', () => {
    const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
    fc.assert(fc.property(sparse, pathArb, limitArb, holds), { numRuns: 300 })
  })

  // Per-option participation (a module's coalition takes part, eligible non-members do not)
  // and outsiders who may lose up to their lossBound: the copies must read both.
  it('never cuts the best completion with modules and loss bounds', () => {
    const base = sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true })
    const cases = withLossBoundsArb(withModuleArb(base, { maxMembers: 4, runningToday: true }))
    fc.assert(fc.property(cases, pathArb, limitArb, holds), { numRuns: 300 })
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
