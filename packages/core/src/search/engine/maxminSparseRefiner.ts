/**
 * The max-min node refiner when parties join deals issue by issue: first the level test by
 * domain propagation (maxminLevelRefiner.ts: exact per party over its own issues, and the
 * root's bound by bisection), then, when that proves nothing, the Lagrangian participation
 * test (participationBound.ts: weights across all parties at once). Each answer bounds the
 * subtree's best value, so the smaller of the two does too.
 */
import type { NodeRefiner } from './nodeRelaxation.js'
import type { NodeState } from './NodeState.js'
import { maxminLevelRefiner } from './maxminLevelRefiner.js'
import { participationRefiner } from './participationBound.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/**
 * Whether searches started from now on use the level test and the level dives (levelDives.ts). Only for measuring their effect in
 * one process (bench/regional/levelAb.ts switches it between alternate runs); the search
 * always runs with it on.
 * @category search
 */
export const maxminLevelSwitch: { enabled: boolean } = { enabled: true }

/**
 * Creates the combined refiner for a problem, plan and the engine's node state.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const mmPlan = planSearch(mm, 200)
 * const refine = maxminSparseRefiner(mm, mmPlan, createNodeState(mm, mmPlan))
 * refine(0, new Float64Array(2), () => false, Float64Array.of(3, 5), 2 - 1e-9) >= 2 // => true
 * @category search
 */
export const maxminSparseRefiner = (
  problem: SearchProblem,
  plan: SearchPlan,
  state: NodeState,
  timed = true,
): NodeRefiner => {
  const participation = participationRefiner(problem, plan)
  if (!maxminLevelSwitch.enabled) return participation
  const level = maxminLevelRefiner(problem, plan, state, undefined, timed)
  const refine: NodeRefiner = (depth, decided, sure, upper, stopAt) => {
    const bound = level(depth, decided, sure, upper, stopAt)
    if (bound <= stopAt) return bound
    return Math.min(bound, participation(depth, decided, sure, upper, stopAt))
  }
  return Object.assign(refine, { work: () => (level.work?.() ?? 0) + (participation.work?.() ?? 0) })
}
