/**
 * What the branch-and-bound engine hands its deals to. One engine serves every search in
 * this folder; the collector decides what to keep: the best deal (`findDeal`), k distinct
 * ones (`topDeals`), all of them (`allDeals`), a frontier (`dealFrontier`).
 */
import type { SearchPlan } from './searchPlan.js'

/**
 * A leaf that passed the engine's loose validity check (tolerance halved in the deal's
 * favour). Not yet verified: the collector runs `rankDeal` on what it keeps.
 * @example
 * collector.offer({ choices, nets: undefined, key: [3, -2], gains })
 * @category search
 */
export interface Leaf {
  /** Option index per issue (scenario order). Reused by the engine: copy to keep. */
  readonly choices: Int32Array
  /** Net money received per party, when payments are on. */
  readonly nets: Float64Array | undefined
  /** Objective values, then minus the number of changes. */
  readonly key: readonly number[]
  /** Gains per party, money included. Reused by the engine: copy to keep. */
  readonly gains: Float64Array
}

/**
 * A node as a collector sees it, for its own pruning.
 * @example
 * const prune = (view: NodeView) => view.upper.every((u) => u <= 0)
 * @category search
 */
export interface NodeView {
  readonly depth: number
  readonly plan: SearchPlan
  /** Option index per issue, −1 where not yet decided. */
  readonly choices: Int32Array
  /** Upper bound on each party's final gain (money included) in the subtree. */
  readonly upper: Float64Array
  /** Upper bound on each objective (then on minus the number of changes) in the subtree. */
  readonly bound: Float64Array
}

/**
 * Receives the engine's leaves and may prune subtrees of its own.
 * @example
 * const collector: Collector = { key: () => undefined, offer: (leaf) => (kept.push(Int32Array.from(leaf.choices)), true) }
 * @category search
 */
export interface Collector {
  /** The key a new deal must beat (undefined: every valid leaf is offered). */
  readonly key: () => readonly number[] | undefined
  /** A loosely valid leaf that beats `key()`. Return false to stop the search. */
  readonly offer: (leaf: Leaf) => boolean
  /** Extra pruning; return true to skip the subtree. */
  readonly prune?: ((view: NodeView) => boolean) | undefined
}

/**
 * Whether a subtree whose upper-bound key is `bound` could hold a deal better than `key`:
 * lexicographically, with each component's tie tolerance.
 * @example
 * mayBeat([3, -1], [3, -2], [1e-9, 0.5]) // => true: a tie on the total, one change fewer
 * @category search
 */
export const mayBeat = (bound: ArrayLike<number>, key: readonly number[], tolerances: readonly number[]): boolean => {
  for (let k = 0; k < key.length; k++) {
    if (bound[k]! > key[k]! + tolerances[k]! || (key[k] === -Infinity && bound[k]! > -Infinity)) return true
    if (bound[k]! < key[k]! - tolerances[k]!) return false
  }
  return false
}
