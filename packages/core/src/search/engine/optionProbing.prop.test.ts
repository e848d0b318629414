import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { bestCompletion } from '@mandjes/testkit/randomNodeWalk.js'
import { partyDecompositionRefiner } from './partyDecomposition.js'
import { computePairs, createNodeState, isSure } from './NodeState.js'
import { feasibleNode } from './nodeBounds.js'
import { planSearch } from './searchPlan.js'
import { problemOf } from './SearchProblem.js'

// The root probe of the sum decomposition against brute force: every option it rules out is
// chosen by no completion the leaf check accepts whose total gain reaches the target (the
// incumbent's key minus its tolerance, as the search asks). Targets: none (only options no
// valid copy can choose go), the optimum itself, and a little below it.

const holds = (scenario: Scenario, configLimit: number, targetShift: number): boolean => {
  const problem = problemOf(scenario, { objective: 'sum', payments: false })
  const plan = planSearch(problem, 30)
  const N = problem.c.issueCount
  const s = createNodeState(problem, plan)
  feasibleNode(s, 0, N)
  const truth = bestCompletion(s, 0)
  const stopAt = targetShift === Infinity ? -Infinity : truth - targetShift
  const refine = partyDecompositionRefiner(problem, plan, configLimit, 0, undefined, undefined, s.domainFixed)
  // The decided gains as the engine passes them: the interaction terms' optimistic part included.
  computePairs(s)
  const decided = Float64Array.from(s.fixed, (f, p) => f + s.pairUpper[p]!)
  const bound = refine(0, decided, (p) => isSure(s, p), Float64Array.from(s.upper), stopAt)
  if (bound < truth) return false
  const { offsets } = problem.c
  for (let d = 0; d < N; d++) {
    for (const o of plan.children[d]!) {
      if (refine.ruledOut[offsets[plan.order[d]!]! + o] === 0) continue
      // The best accepted completion that chooses o at depth d.
      const forced = { ...plan, children: plan.children.map((list, e) => (e === d ? Int32Array.of(o) : list)) }
      const t = createNodeState(problem, forced)
      const best = bestCompletion(t, 0)
      if (best > -Infinity && best >= stopAt) return false
    }
  }
  return true
}

const limitArb = fc.constantFrom(1, 4, 4096)
const shiftArb = fc.constantFrom(Infinity, 1e-9, 0.5)

describe('optionProbing', () => {
  it('rules out only options no wanted deal chooses, on dense scenarios', () => {
    const dense = scenarioArb({
      maxParties: 4,
      maxIssues: 4,
      mandates: true,
      reservations: true,
      partialStakeholders: true,
      interactions: true,
      realValues: true,
    })
    fc.assert(fc.property(dense, limitArb, shiftArb, holds), { numRuns: 300 })
  })

  it('rules out only options no wanted deal chooses, on sparse scenarios', () => {
    const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
    fc.assert(fc.property(sparse, limitArb, shiftArb, holds), { numRuns: 300 })
  })

  it('rules out only options no wanted deal chooses, with modules and loss bounds', () => {
    const base = sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true })
    const cases = withLossBoundsArb(withModuleArb(base, { maxMembers: 4, runningToday: true }))
    fc.assert(fc.property(cases, limitArb, shiftArb, holds), { numRuns: 300 })
  })
})
