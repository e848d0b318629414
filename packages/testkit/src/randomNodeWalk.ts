/**
 * The random-node walk of the engine's refiner laws: one refiner visits the root and then
 * nodes along a random path, in turn, as in a search (so what it carries from node to node,
 * the max-min level's domains or the sum's multipliers, is tested too), and at each node its
 * bound is compared with brute force, the best first-objective key of any completion of the
 * node that the leaf check accepts. The law itself (when a bound is good enough, which
 * targets to ask for) is the caller's: the sum's bound may never be below the truth, the
 * max-min level's only when the truth reaches the level asked about.
 */
import fc from 'fast-check'
import { checkLeaf } from '../../core/src/search/engine/leafCheck.js'
import { feasibleNode } from '../../core/src/search/engine/nodeBounds.js'
import type { NodeRefiner } from '../../core/src/search/engine/nodeRelaxation.js'
import {
  applyOption,
  computePairs,
  createNodeState,
  isSure,
  undoOption,
  type NodeState,
} from '../../core/src/search/engine/NodeState.js'
import { planSearch, type SearchPlan } from '../../core/src/search/engine/searchPlan.js'
import type { SearchProblem } from '../../core/src/search/engine/SearchProblem.js'

/** Best first-objective key over the completions of the node at depth d (−Infinity when none is valid). */
export const bestCompletion = (s: NodeState, d: number): number => {
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

/** A random walk: `path[k]` picks the depth of visit k + 1 and, shifted, the options on the way. */
export const nodePathArb = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 })

/** What the law sees at one visited node. */
export interface NodeVisit {
  /** 0 for the root, then 1, 2, ... along the path. */
  readonly visit: number
  /** The best key of an accepted completion (−Infinity when none). */
  readonly truth: number
}

/** The walk's questions: which target each visit asks for, and whether the bound answers it well. */
export interface NodeLaw {
  readonly stopAt: (node: NodeVisit) => number
  readonly holds: (bound: number, node: NodeVisit, stopAt: number) => boolean
}

/**
 * Walks one refiner over the root and the nodes `path` picks (on a plan with 30 relaxation
 * iterations, as the engine's tests plan) and says whether the law held at every node.
 */
export const walkRandomNodes = (
  problem: SearchProblem,
  path: readonly number[],
  refinerOf: (plan: SearchPlan, s: NodeState) => NodeRefiner,
  law: NodeLaw,
): boolean => {
  const plan = planSearch(problem, 30)
  const N = problem.c.issueCount
  const s = createNodeState(problem, plan)
  const refine = refinerOf(plan, s)
  const decided = new Float64Array(problem.c.partyCount)
  for (let visit = 0; visit <= path.length; visit++) {
    const depth = visit === 0 ? 0 : path[visit - 1]! % (N + 1)
    for (let d = 0; d < depth; d++) {
      const list = plan.children[d]!
      applyOption(s, d, list[(path[(visit + d) % path.length]! >> 3) % list.length]!)
    }
    feasibleNode(s, depth, N)
    computePairs(s)
    for (let p = 0; p < decided.length; p++) decided[p] = s.fixed[p]! + s.pairUpper[p]!
    const node = { visit, truth: bestCompletion(s, depth) }
    const stopAt = law.stopAt(node)
    const bound = refine(depth, decided, (p) => isSure(s, p), s.upper, stopAt)
    for (let d = depth - 1; d >= 0; d--) undoOption(s, d)
    if (!law.holds(bound, node, stopAt)) return false
  }
  return true
}
