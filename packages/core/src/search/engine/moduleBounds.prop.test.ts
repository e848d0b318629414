/**
 * The bounds that count a module's participants per coalition (moduleJoiners.ts), against
 * brute force. The dead-issue test (max-min and Nash) prunes only subtrees without a better
 * deal, so findDeal finds the exhaustive oracle's value; that end-to-end law can pass by luck
 * (a heuristic may find the optimum before the elimination runs), so the test is also checked
 * at random nodes against the best leaf below, as the engine scores leaves. The node bound
 * with its first-change term (nodeBounds.ts, issue-wide on modules) is checked the same way for
 * sum, max-min and Nash at status-quo nodes.
 * Sparse scenarios, so parties join issue by issue; modules with a coalition running today
 * (whose members take part in every change) and with a party that has a say on any change.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { bestCompletion } from '@mandjes/testkit/randomNodeWalk.js'
import { isSound } from '@mandjes/testkit/searchFixtures.js'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'
import type { SearchOptions } from '../Search.js'
import { boundWithoutDeadIssues } from './deadIssues.js'
import { applyOption, createNodeState } from './NodeState.js'
import { boundNode, feasibleNode } from './nodeBounds.js'
import { problemOf } from './SearchProblem.js'
import { planSearch } from './searchPlan.js'

const sparse = {
  minIssues: 2,
  maxIssues: 4,
  maxOptions: 3,
  maxParties: 6,
  partialStakeholders: true,
  mandates: true,
  interactions: true,
}

const cases = [
  ['a module, nothing running today', withModuleArb(scenarioArb(sparse), { maxMembers: 5 })],
  [
    'a module running today, with a say on any change',
    withModuleArb(scenarioArb(sparse), { maxMembers: 5, runningToday: true, sayOnAnyChange: true }),
  ],
] as const

describe('dead coalitions on module issues', () => {
  for (const objective of ['maxmin', 'nash'] as const)
    for (const [name, scenarios] of cases)
      it(`leave findDeal at the oracle's ${objective} value (${name})`, () =>
        fc.assert(
          fc.property(scenarios, (scenario) => {
            const search: SearchOptions = { objective }
            const oracle = exhaustive(scenario, search)
            const result = findDeal(scenario, search)
            expect(result._tag).toBe(oracle._tag)
            if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
              expect(isSound(scenario, search, result.best)).toBe(true)
              expect(result.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
            }
          }),
          { numRuns: 300 },
        ))
})

describe('the dead-issue test at a node', () => {
  for (const objective of ['maxmin', 'nash'] as const)
    for (const [name, scenarios] of cases)
      it(`never prunes a node with a leaf at the incumbent's ${objective} value (${name})`, () =>
        fc.assert(
          fc.property(scenarios, fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (scenario, picks) => {
            const problem = problemOf(scenario, { objective })
            const plan = planSearch(problem, 0)
            fc.pre(plan.topGain === undefined && problem.alwaysParticipant.some((a) => a === 0))
            const { c } = problem
            const N = c.issueCount
            const s = createNodeState(problem, plan)
            // A random node: the first d issues of the plan decided.
            const d = picks[0]! % N
            for (let e = 0; e < d; e++) applyOption(s, e, plan.children[e]![picks[e + 1]! % plan.children[e]!.length]!)
            const best = bestCompletion(s, d)
            fc.pre(Number.isFinite(best) && feasibleNode(s, d, Infinity))
            boundNode(s, d)
            const beat = best - 1e-9
            expect(boundWithoutDeadIssues(s, d, beat, new Uint8Array(N))).toBeGreaterThanOrEqual(beat)
          }),
          { numRuns: 400 },
        ))
})

describe('the first-change bound at a status-quo node', () => {
  for (const objective of ['sum', 'maxmin', 'nash'] as const)
    for (const [name, scenarios] of cases)
      it(`is at least the best ${objective} leaf below (${name})`, () =>
        fc.assert(
          fc.property(scenarios, fc.nat(), (scenario, pick) => {
            const problem = problemOf(scenario, { objective })
            const plan = planSearch(problem, 0)
            const N = problem.c.issueCount
            const s = createNodeState(problem, plan)
            // A node on the status-quo spine: the first d issues kept as they are.
            const d = pick % N
            for (let e = 0; e < d; e++) {
              const sq = problem.c.statusQuo[plan.order[e]!]!
              fc.pre(plan.children[e]!.includes(sq))
              applyOption(s, e, sq)
            }
            const best = bestCompletion(s, d)
            fc.pre(Number.isFinite(best) && feasibleNode(s, d, Infinity))
            boundNode(s, d)
            expect(s.bound[0]!).toBeGreaterThanOrEqual(best - 1e-9)
          }),
          { numRuns: 400 },
        ))
})
