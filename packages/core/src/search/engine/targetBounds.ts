/**
 * Regional targets inside the branch and bound: the hook that prunes a subtree when some
 * target's weighted sum can no longer reach its bounds.
 *
 * Why it is exact: a target bounds `Σ_t weight_t × quantity(choice_t)`. At a node the issues
 * before depth d are decided, so that part of the sum is known; every issue at depth ≥ d
 * still takes one of its children (the options the plan may try there), so the rest of the
 * sum lies between the suffix sums of each issue's smallest and largest child value. If even
 * the largest total stays below `atLeast` (or the smallest above `atMost`), no deal below
 * meets the target and `checkDeal` would reject every one of them. The test allows twice the
 * target's tolerance, so rounding in a different summation order never prunes a deal
 * `checkDeal` accepts. Constant work per target term and node.
 */
import { targetTolerance } from '../../evaluate/targetTotal.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** One target on the plan's issue order. @category search */
export interface PlannedTarget {
  /** Issue index of each term, and its depth in the plan's order. */
  readonly issues: Int32Array
  readonly depths: Int32Array
  /** Weighted quantity per flat option index (0 off the target's issues). */
  readonly value: Float64Array
  /** `restMax[d]`, `restMin[d]`: largest and smallest sum over the terms at depth ≥ d. */
  readonly restMax: Float64Array
  readonly restMin: Float64Array
  readonly atLeast: number
  readonly atMost: number
  readonly slack: number
}

/**
 * The targets of a problem, laid out for the plan; empty when the scenario has none.
 * @example
 * planTargets(problem, plan).length // => 0: the road-and-housing scenario has no targets
 * @category search
 */
export type TargetPlan = readonly PlannedTarget[]

/**
 * Lays out the scenario's targets on the plan's issue order.
 * @example
 * planTargets(problemOf(mra), planSearch(problemOf(mra), 0)).length // => 1
 * @category search
 */
export const planTargets = (problem: SearchProblem, plan: SearchPlan): TargetPlan => {
  const { c } = problem
  const targets = c.scenario.targets ?? []
  if (targets.length === 0) return []
  const N = c.issueCount
  const depthOf = new Int32Array(N)
  plan.order.forEach((i, d) => (depthOf[i] = d))
  const issueIndex = new Map(c.issueIds.map((id, i) => [id, i]))
  return targets.map((target): PlannedTarget => {
    const value = new Float64Array(c.totalOptions)
    const issues = Int32Array.from(target.terms, (t) => issueIndex.get(t.issue)!)
    const maxAt = new Float64Array(N + 1)
    const minAt = new Float64Array(N + 1)
    target.terms.forEach((term, k) => {
      const i = issues[k]!
      const options = c.scenario.issues[i]!.options
      for (let o = 0; o < options.length; o++) value[c.offsets[i]! + o] = term.weight * (options[o]!.quantity ?? 0)
      let hi = -Infinity
      let lo = Infinity
      for (const o of plan.children[depthOf[i]!]!) {
        hi = Math.max(hi, value[c.offsets[i]! + o]!)
        lo = Math.min(lo, value[c.offsets[i]! + o]!)
      }
      maxAt[depthOf[i]!] = hi
      minAt[depthOf[i]!] = lo
    })
    const restMax = new Float64Array(N + 1)
    const restMin = new Float64Array(N + 1)
    for (let d = N - 1; d >= 0; d--) {
      restMax[d] = restMax[d + 1]! + maxAt[d]!
      restMin[d] = restMin[d + 1]! + minAt[d]!
    }
    return {
      issues,
      depths: Int32Array.from(issues, (i) => depthOf[i]!),
      value,
      restMax,
      restMin,
      atLeast: target.atLeast ?? -Infinity,
      atMost: target.atMost ?? Infinity,
      slack: 2 * targetTolerance(c.scenario, target),
    }
  })
}

/**
 * Whether every target can still be met below the node at depth d (the issues before depth d
 * decided in `choices`); at d = N this tests the complete deal, loosely.
 * @example
 * const mraProblem = problemOf(mra)
 * const targets = planTargets(mraProblem, planSearch(mraProblem, 0))
 * const N = mraProblem.c.issueCount
 * targetsReachable(targets, mraProblem, mraProblem.c.statusQuo, 0) // => true: nothing decided, up to 365,000 homes in reach
 * targetsReachable(targets, mraProblem, mraProblem.c.statusQuo, N) // => false: the status quo builds 248,000
 * @category search
 */
export const targetsReachable = (
  targets: TargetPlan,
  problem: SearchProblem,
  choices: Int32Array,
  d: number,
): boolean => {
  const { offsets } = problem.c
  for (const t of targets) {
    let fixed = 0
    for (let k = 0; k < t.issues.length; k++) {
      if (t.depths[k]! < d) fixed += t.value[offsets[t.issues[k]!]! + choices[t.issues[k]!]!]!
    }
    if (fixed + t.restMax[d]! < t.atLeast - t.slack) return false
    if (fixed + t.restMin[d]! > t.atMost + t.slack) return false
  }
  return true
}
