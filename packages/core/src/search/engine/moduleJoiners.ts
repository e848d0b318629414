/**
 * Who joins a deal through each option of a module issue, per depth of a plan: on a module
 * the participants depend on the coalition chosen (`takesPart`: its members and today's),
 * while the issue-wide stakeholders are only the parties in every coalition, usually none.
 * The dead-issue test (deadIssues.ts) uses these lists on module issues and the issue-wide
 * lists elsewhere. (The first-change bound, nodeBounds.ts, still counts a module's issue-wide
 * participants: a per-coalition version changed no node count on the module rungs.)
 */
import { takesPart } from '../../evaluate/compile.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Per depth: for a module issue, the parties joining with each option; undefined on other issues. */
export type OptionJoiners = readonly (readonly Int32Array[] | undefined)[]

const cache = new WeakMap<SearchPlan, OptionJoiners>()

/**
 * The joiners per option of every module issue in the plan's order (computed once per plan).
 * @example
 * // Road and housing has no module: every depth uses its issue-wide stakeholders.
 * optionJoinersOf(problem, plan).every((joiners) => joiners === undefined) // => true
 * @category search
 */
export const optionJoinersOf = (problem: SearchProblem, plan: SearchPlan): OptionJoiners => {
  const cached = cache.get(plan)
  if (cached !== undefined) return cached
  const { c } = problem
  const P = c.partyCount
  const joiners = Array.from(plan.order, (i) => {
    if (c.scenario.issues[i]!.module === undefined) return undefined
    return Array.from({ length: c.optionCount[i]! }, (_, o) =>
      Int32Array.from({ length: P }, (_, p) => p).filter((p) => takesPart(c, i, o, p)),
    )
  })
  cache.set(plan, joiners)
  return joiners
}
