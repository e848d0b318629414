/**
 * The frontier rule, in one place: which of a set of gain vectors no other vector beats for
 * every party (strict Pareto: at least as good for all, better for one). The searches'
 * frontier of valid deals (`dealFrontier`), the outcome-space frontier's merges
 * (`mergeFrontiers`, under `paretoFrontier`) and the two-party chart front (`paretoFront2d`)
 * all filter through `nonDominated`; they differ only in which vectors they feed it and in
 * what they do with ties.
 *
 * Why it is exact (tolerance 0): vectors are visited by total gain, high first, then
 * lexicographically, high first. A vector that dominates another is at least as large in
 * every coordinate, so its sum is at least as large (floating-point addition is monotone) and,
 * when the sums are equal, it is lexicographically larger: every dominator is visited first.
 * A visited vector is dropped exactly when a kept vector covers it (at least as good
 * everywhere, `DominanceIndex`): that kept vector is equal to it (a tie) or dominates it. A
 * vector that some other vector dominates is covered by the first kept vector of its
 * dominator's chain, so it is dropped; every other vector is kept.
 *
 * With a tolerance, vectors within the tolerance of each other count as one point (the first
 * visited is kept) and a vector is dropped when another kept one is at least as good up to the
 * tolerance; the searches use it to absorb rounding in sums of gains. Dominance up to a
 * tolerance is not transitive, so this is exact only where covering is (as for vectors that
 * round to a grid coarser than the tolerance, the case the property test checks).
 */
import { DominanceIndex } from './DominanceIndex.js'

/** How `nonDominated` treats vectors that are equal. @category evaluate */
export interface NonDominatedOptions {
  /** Differences up to this count as equal (default 0: exact). */
  readonly tolerance?: number
  /**
   * `'first'` (default) keeps one vector per point; `'group'` keeps every vector exactly equal
   * to a kept one, in one run (the outcome space lists every outcome of a point).
   */
  readonly ties?: 'first' | 'group'
  /**
   * Called every 4096 comparisons of the sort and every 1024 visited points, to check a clock
   * or a signal (it may throw).
   */
  readonly onProgress?: () => void
}

/**
 * The kept vectors in visiting order (`order`, positions in the flat array), cut into runs of
 * equal vectors: run r is `order[runStart[r]] .. order[runStart[r + 1] - 1]`.
 * @category evaluate
 */
export interface NonDominated {
  readonly order: Int32Array
  readonly runStart: readonly number[]
}

const sameVector = (v: Float64Array, P: number, a: number, b: number): boolean => {
  for (let p = 0; p < P; p++) if (v[a * P + p] !== v[b * P + p]) return false
  return true
}

/**
 * The non-dominated vectors among the `n` vectors of length `P` stored flat in `vectors`
 * (vector i at `vectors[i * P ...]`).
 * @example
 * Array.from(nonDominated(2, 3, Float64Array.of(1, 1, 2, 0, 0, 0)).order) // => [1, 0]: (2, 0) first, (0, 0) is beaten
 * @category evaluate
 */
export const nonDominated = (
  P: number,
  n: number,
  vectors: Float64Array,
  options: NonDominatedOptions = {},
): NonDominated => {
  const group = options.ties === 'group'
  const sums = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = 0
    for (let p = 0; p < P; p++) s += vectors[i * P + p]!
    sums[i] = s
  }
  // The sort is most of the time on large merges (560 ms of a stopped `analyze` at a load of
  // 14), so it reports progress too: a throw from the callback ends the sort.
  let compared = 0
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    if ((++compared & 4095) === 0) options.onProgress?.()
    if (sums[a] !== sums[b]) return sums[b]! - sums[a]!
    for (let p = 0; p < P; p++)
      if (vectors[a * P + p] !== vectors[b * P + p]) return vectors[b * P + p]! - vectors[a * P + p]!
    return a - b
  })
  const index = new DominanceIndex(P, vectors, options.tolerance ?? 0)
  const kept: number[] = []
  const runStart: number[] = []
  let i = 0
  let visited = 0
  while (i < n) {
    if ((visited++ & 1023) === 0) options.onProgress?.()
    const head = order[i]!
    let end = i + 1
    // Equal vectors are adjacent in the visiting order.
    if (group) while (end < n && sums[order[end]!] === sums[head] && sameVector(vectors, P, order[end]!, head)) end++
    if (!index.covered(head)) {
      index.insert(head)
      runStart.push(kept.length)
      for (let k = i; k < end; k++) kept.push(order[k]!)
    }
    i = end
  }
  runStart.push(kept.length)
  if ((options.tolerance ?? 0) > 0 && !group) return withoutLaterCovers(P, vectors, kept, options.tolerance!)
  return { order: Int32Array.from(kept), runStart }
}

/**
 * Up to a tolerance the visiting order no longer puts every dominator first (its sum may be
 * lower by up to the tolerance per party), so a kept vector may be beaten by one kept later:
 * drop each kept vector that a later survivor covers. Exactly, nothing is ever dropped here: a
 * later vector covering an earlier one would have a sum no larger, so would be equal to it,
 * and an equal vector is never kept twice.
 */
const withoutLaterCovers = (
  P: number,
  vectors: Float64Array,
  kept: readonly number[],
  tolerance: number,
): NonDominated => {
  const later = new DominanceIndex(P, undefined, tolerance)
  const survivors: number[] = []
  for (let k = kept.length - 1; k >= 0; k--) {
    const v = vectors.subarray(kept[k]! * P, kept[k]! * P + P)
    if (later.coversVector(v)) continue
    later.append(v)
    survivors.push(kept[k]!)
  }
  survivors.reverse()
  return { order: Int32Array.from(survivors), runStart: Array.from({ length: survivors.length + 1 }, (_, r) => r) }
}

/**
 * The items whose gain vectors no other item's beats, one per point (the first in `items`
 * among equal ones), in the order of total gain, high first.
 * @example
 * paretoFront([[1, 1], [2, 0], [0, 0], [2, 0]], (v) => v) // => [[2, 0], [1, 1]]
 * @category evaluate
 */
export const paretoFront = <T>(items: readonly T[], gainsOf: (item: T) => ArrayLike<number>, tolerance = 0): T[] => {
  if (items.length === 0) return []
  const P = gainsOf(items[0]!).length
  const vectors = new Float64Array(items.length * P)
  items.forEach((item, i) => vectors.set(Array.from(gainsOf(item)), i * P))
  return Array.from(nonDominated(P, items.length, vectors, { tolerance }).order, (i) => items[i]!)
}
