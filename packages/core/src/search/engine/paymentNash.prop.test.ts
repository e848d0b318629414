/**
 * The Nash bound with compensation payments (paymentNash.ts) against brute force: at random
 * nodes the node bound and the dead-issue test are never below the best leaf under the node,
 * as the engine scores leaves (payments by the compensation rule), and findDeal ends at the
 * exhaustive oracle's value. Dense scenarios (every party values money, payment caps from the
 * mandates) and sparse ones (parties join issue by issue, some do not value money, a module, parties that may lose as
 * outsiders).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { bestCompletion } from '@mandjes/testkit/randomNodeWalk.js'
import { isSound } from '@mandjes/testkit/searchFixtures.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'
import type { SearchOptions } from '../Search.js'
import { boundWithoutDeadIssues } from './deadIssues.js'
import { applyOption, createNodeState } from './NodeState.js'
import { boundNode, feasibleNode } from './nodeBounds.js'
import { problemOf } from './SearchProblem.js'
import { planSearch } from './searchPlan.js'

const small = { minIssues: 2, maxIssues: 5, maxOptions: 3, maxParties: 5, compensation: true }
const cases: readonly (readonly [string, fc.Arbitrary<Scenario>])[] = [
  ['dense, with mandates and payment caps', scenarioArb({ ...small, mandates: true, reservations: true })],
  [
    'partial stakeholders, interaction terms',
    scenarioArb({ ...small, partialStakeholders: true, interactions: true, mandates: true }),
  ],
  [
    'sparse, some parties without money value',
    sparseScenarioArb({ maxParties: 5, maxIssues: 5, compensation: true, interactions: true }).filter(
      (s) => s.compensation !== undefined,
    ),
  ],
  [
    'a module, parties that may lose as outsiders',
    withLossBoundsArb(
      withModuleArb(scenarioArb({ ...small, maxIssues: 4, partialStakeholders: true, mandates: true }), {
        maxMembers: 5,
      }),
    ),
  ],
  [
    'sparse with a module',
    withModuleArb(scenarioArb({ ...small, maxIssues: 4, partialStakeholders: true, mandates: true }), {
      maxMembers: 5,
    }),
  ],
]

const nash: SearchOptions = { objective: 'nash' }

/** A random node of the plan: the first d issues decided by `picks`. */
const randomNode = (scenario: Scenario, picks: readonly number[]) => {
  const problem = problemOf(scenario, nash)
  const plan = planSearch(problem, 0)
  const N = problem.c.issueCount
  const s = createNodeState(problem, plan)
  const d = picks[0]! % (N + 1)
  for (let e = 0; e < d; e++) applyOption(s, e, plan.children[e]![picks[e + 1]! % plan.children[e]!.length]!)
  return { problem, plan, s, d }
}

const picksArb = fc.array(fc.nat(), { minLength: 7, maxLength: 7 })

describe('the Nash bound with payments', () => {
  for (const [name, scenarios] of cases) {
    it(`is never below the best deal under a node, payments by the rule included (${name})`, () =>
      fc.assert(
        fc.property(scenarios, picksArb, (scenario, picks) => {
          const { problem, s, d } = randomNode(scenario, picks)
          fc.pre(problem.payments)
          const best = bestCompletion(s, d)
          if (!feasibleNode(s, d, Infinity)) {
            expect(best).toBe(-Infinity)
            return
          }
          boundNode(s, d)
          expect(s.bound[0]!).toBeGreaterThanOrEqual(best - 1e-9)
        }),
        { numRuns: 400 },
      ))

    it(`keeps every issue a better deal changes alive in the dead-issue test (${name})`, () =>
      fc.assert(
        fc.property(scenarios, picksArb, (scenario, picks) => {
          const { problem, plan, s, d } = randomNode(scenario, picks)
          fc.pre(problem.payments && plan.topGain === undefined && d < problem.c.issueCount)
          const best = bestCompletion(s, d)
          fc.pre(Number.isFinite(best) && feasibleNode(s, d, Infinity))
          boundNode(s, d)
          const beat = best - 1e-9
          const dead = new Uint8Array(problem.c.issueCount)
          expect(boundWithoutDeadIssues(s, d, beat, dead)).toBeGreaterThanOrEqual(beat)
        }),
        { numRuns: 400 },
      ))

    it(`leaves findDeal at the exhaustive oracle's value, with a bound above it (${name})`, () =>
      fc.assert(
        fc.property(scenarios, (scenario) => {
          const oracle = exhaustive(scenario, nash)
          const result = findDeal(scenario, nash)
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(isSound(scenario, nash, result.best)).toBe(true)
            expect(result.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 6)
            expect(result.stats.rootBound ?? Infinity).toBeGreaterThanOrEqual(oracle.best.value[0]! - 1e-9)
          }
        }),
        { numRuns: 300 },
      ))
  }
})
