/**
 * How many outcomes every party strictly prefers to its reservation point: the size of the
 * room for agreement, the first conflict statistic. Counted exactly by meet-in-the-middle when
 * the halves are small enough: the issue groups are split in two, every partial outcome of each
 * half is listed, and for each left partial the right partials that lift every party over its
 * floor are counted (right partials sorted on the first party, so only a prefix is scanned).
 * Otherwise the share is estimated by uniform sampling with a seed, and the result says so.
 *
 * The law: an exact count equals the number of enumerated outcomes above every floor.
 */
import { RandomStream, rngFromSeed } from '../internal/random.js'
import type { OutcomeSpace } from './OutcomeSpace.js'

/** Limits of the count. @category analyze */
export interface CountOptions {
  /** Most partial outcomes one half may list (default 2^21). */
  readonly maxHalfOutcomes?: number
  /** Most left-right pairs the exact count may inspect (default 1e8). */
  readonly maxPairChecks?: number
  /** Samples for the estimate (default 100 000). */
  readonly samples?: number
  /** Seed of the estimate (default 1). */
  readonly seed?: number
}

/**
 * The count of acceptable outcomes: exact, or estimated from a seeded sample.
 * @category analyze
 */
export type AcceptableCount =
  | { readonly method: 'exact'; readonly count: bigint }
  | {
      readonly method: 'estimated'
      readonly count: bigint
      readonly share: number
      readonly standardError: number
      readonly samples: number
      readonly seed: number
    }

/**
 * The number of outcomes of a scenario: the product of its issues' option counts.
 * @example
 * outcomeCount(space) // => 6n: 2 road options × 3 housing options
 * @category analyze
 */
export const outcomeCount = (space: OutcomeSpace): bigint => space.groups.reduce((n, g) => n * BigInt(g.size), 1n)

/** Every partial gain vector of groups `[from, to)`, flat. */
const listHalf = (space: OutcomeSpace, from: number, to: number): Float64Array => {
  const P = space.partyCount
  const size = space.groups.slice(from, to).reduce((n, g) => n * g.size, 1)
  const out = new Float64Array(size * P)
  let n = 0
  const running = new Float64Array(P)
  const visit = (g: number): void => {
    if (g === to) {
      out.set(running, n++ * P)
      return
    }
    const group = space.groups[g]!
    for (let k = 0; k < group.size; k++) {
      for (let p = 0; p < P; p++) running[p] = running[p]! + group.gains[k * P + p]!
      visit(g + 1)
      for (let p = 0; p < P; p++) running[p] = running[p]! - group.gains[k * P + p]!
    }
  }
  visit(from)
  return out
}

/**
 * Counts the outcomes above every party's floor, exactly when the limits allow.
 * @example
 * countAcceptable(space) // => { method: 'exact', count: 1n }: only the package deal
 * @category analyze
 */
export const countAcceptable = (space: OutcomeSpace, options: CountOptions = {}): AcceptableCount => {
  const P = space.partyCount
  const total = outcomeCount(space)
  if (space.threshold.every((t) => t === -Infinity)) return { method: 'exact', count: total }
  const G = space.groups.length
  let mid = 0
  let best = Infinity
  for (let m = 0; m <= G; m++) {
    const left = space.groups.slice(0, m).reduce((n, g) => n * g.size, 1)
    const right = space.groups.slice(m).reduce((n, g) => n * g.size, 1)
    if (Math.max(left, right) < best) {
      best = Math.max(left, right)
      mid = m
    }
  }
  if (best > (options.maxHalfOutcomes ?? 2 ** 21)) return estimate(space, total, options)
  const A = listHalf(space, 0, mid)
  const B = listHalf(space, mid, G)
  const maxOf = (v: Float64Array): Float64Array => {
    const m = new Float64Array(P).fill(-Infinity)
    for (let i = 0; i < v.length; i += P) for (let p = 0; p < P; p++) m[p] = Math.max(m[p]!, v[i + p]!)
    return m
  }
  const maxA = maxOf(A)
  const maxB = maxOf(B)
  const useful = (v: Float64Array, other: Float64Array): number[] => {
    const keep: number[] = []
    for (let i = 0; i < v.length / P; i++) {
      let ok = true
      for (let p = 0; p < P && ok; p++) ok = v[i * P + p]! + other[p]! > space.threshold[p]!
      if (ok) keep.push(i)
    }
    return keep
  }
  const left = useful(A, maxB)
  const right = useful(B, maxA).sort((x, y) => B[y * P]! - B[x * P]!)
  const firstOfRight = Float64Array.from(right, (b) => B[b * P]!)
  // The right partials that lift party 0 over its floor form a prefix of `right`.
  const prefix = (a: number): number => {
    const need = space.threshold[0]! - A[a * P]!
    let lo = 0
    let hi = right.length
    while (lo < hi) {
      const m = (lo + hi) >> 1
      if (firstOfRight[m]! > need) lo = m + 1
      else hi = m
    }
    return lo
  }
  const lengths = left.map(prefix)
  const work = lengths.reduce((s, x) => s + x, 0)
  if (P > 1 && work > (options.maxPairChecks ?? 1e8)) return estimate(space, total, options)
  let count = 0
  left.forEach((a, k) => {
    if (P === 1) {
      count += lengths[k]!
      return
    }
    for (let j = 0; j < lengths[k]!; j++) {
      const b = right[j]!
      let ok = true
      for (let p = 1; p < P && ok; p++) ok = A[a * P + p]! + B[b * P + p]! > space.threshold[p]!
      if (ok) count++
    }
  })
  return { method: 'exact', count: BigInt(count) }
}

const estimate = (space: OutcomeSpace, total: bigint, options: CountOptions): AcceptableCount => {
  const P = space.partyCount
  const samples = options.samples ?? 100_000
  const seed = options.seed ?? 1
  const random = new RandomStream(rngFromSeed(seed))
  const sum = new Float64Array(P)
  let hits = 0
  for (let s = 0; s < samples; s++) {
    sum.fill(0)
    for (const g of space.groups) {
      const k = random.int(g.size)
      for (let p = 0; p < P; p++) sum[p] = sum[p]! + g.gains[k * P + p]!
    }
    let ok = true
    for (let p = 0; p < P && ok; p++) ok = sum[p]! > space.threshold[p]!
    if (ok) hits++
  }
  const share = hits / samples
  return {
    method: 'estimated',
    count: (total * BigInt(hits)) / BigInt(samples),
    share,
    standardError: Math.sqrt((share * (1 - share)) / samples),
    samples,
    seed,
  }
}
