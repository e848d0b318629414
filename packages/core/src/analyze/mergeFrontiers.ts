/**
 * The divide-and-conquer frontier. Issue groups are split in two halves (balanced by the log of
 * their outcome counts); each half's set of non-dominated partial gain vectors is computed
 * recursively, and the two sets are merged: every pair is summed, pairs that cannot reach the
 * reservation floor even with the best the other groups can add are dropped, and the sums are
 * filtered for dominance.
 *
 * Why it is exact:
 * - dominance pruning: utility is additive across groups, so if partial vector a dominates b
 *   then a + c dominates b + c for every completion c, and no completion of b is on the
 *   frontier. Equal partial vectors are kept together (ties), never pruned. The filter is the
 *   one frontier rule, `nonDominated` (`evaluate/paretoFront.ts`), with `ties: 'group'`;
 * - floor pruning: a partial vector whose gain for some party, plus the best that party can
 *   get from all remaining groups, does not exceed the party's floor cannot be completed into
 *   an outcome every party strictly prefers. Such a vector cannot dominate a surviving one
 *   either (it would be at least as high everywhere), so dropping it loses no dominator.
 * - all sums are exact integers (see `OutcomeSpace`).
 */
import { nonDominated, type NonDominated } from '../evaluate/paretoFront.js'
import type { OutcomeSpace } from './OutcomeSpace.js'

/**
 * A set of non-dominated partial gain vectors over groups `[from, to)`. Entry e has vector
 * `vectors[e * P ...]` and witnesses `witnessStart[e] .. witnessStart[e + 1]`: for a leaf, the
 * group's option combinations (`first`); for a merge, pairs of left and right entries
 * (`first`, `second`). Entries are sorted by total gain, high first, then by vector.
 * @category analyze
 */
export interface FrontNode {
  readonly from: number
  readonly to: number
  readonly n: number
  readonly vectors: Float64Array
  readonly witnessStart: Int32Array
  readonly first: Int32Array
  readonly second: Int32Array | null
  readonly left: FrontNode | null
  readonly right: FrontNode | null
}

/** Limits of one frontier computation. @category analyze */
export interface MergeBudget {
  /** Wall-clock deadline (`performance.now()` value), Infinity for none. */
  readonly deadline: number
  /** Most candidate pairs one merge may generate. */
  readonly maxCandidates: number
  /** Stops the computation when aborted (Ctrl-C in the CLI), checked as often as the clock. */
  readonly signal?: AbortSignal
}

/** Thrown inside the merge when a budget runs out; caught by `paretoFrontier`. @category analyze */
export class BudgetExceeded extends Error {
  constructor(
    readonly reason: 'time' | 'candidates' | 'stopped',
    readonly detail: string,
  ) {
    super(detail)
  }
}

const now = (): number => (globalThis as unknown as { performance: { now(): number } }).performance.now()

/** Throws when the budget's time is up or its signal was raised. */
const checkBudget = (budget: MergeBudget, where: string): void => {
  if (budget.signal?.aborted === true)
    throw new BudgetExceeded('stopped', `stopped by the caller's signal while ${where}`)
  if (now() > budget.deadline) throw new BudgetExceeded('time', `the time budget ran out while ${where}`)
}

/** Keeps the non-dominated candidates, grouping equal vectors into one entry (the frontier rule). */
const filterCandidates = (P: number, n: number, vectors: Float64Array, budget: MergeBudget): NonDominated =>
  nonDominated(P, n, vectors, { ties: 'group', onProgress: () => checkBudget(budget, 'filtering a merge') })

const componentMax = (P: number, n: number, v: Float64Array): Float64Array => {
  const m = new Float64Array(P).fill(-Infinity)
  for (let i = 0; i < n; i++) for (let p = 0; p < P; p++) if (v[i * P + p]! > m[p]!) m[p] = v[i * P + p]!
  return m
}

/**
 * The exact frontier of groups `[from, to)` given `outside[p]`, the most party p can gain from
 * all other groups together. At the root (`outside` all 0) every entry strictly exceeds the
 * floor. Throws `BudgetExceeded` when the budget runs out.
 * @example
 * // The most each party can gain from each group (its largest entry over the group's choices)
 * const P = space.partyCount
 * const groupMax = space.groups.map((g) => Float64Array.from({ length: P }, (_, p) => Math.max(...Array.from({ length: g.size }, (_, i) => g.gains[i * P + p]))))
 * frontOf(space, 0, space.groups.length, { deadline: Infinity, maxCandidates: 1e6 }, groupMax).n // => 1: the fixture's one valid deal
 * @category analyze
 */
export const frontOf = (
  space: OutcomeSpace,
  from: number,
  to: number,
  budget: MergeBudget,
  groupMax: readonly Float64Array[],
): FrontNode => {
  const P = space.partyCount
  const outside = new Float64Array(P)
  groupMax.forEach((m, g) => {
    if (g < from || g >= to) for (let p = 0; p < P; p++) outside[p] = outside[p]! + m[p]!
  })
  const reaches = (v: Float64Array, at: number, extra: Float64Array | null): boolean => {
    for (let p = 0; p < P; p++)
      if (!(v[at + p]! + outside[p]! + (extra === null ? 0 : extra[p]!) > space.threshold[p]!)) return false
    return true
  }
  if (to - from === 1) {
    const group = space.groups[from]!
    const candidates: number[] = []
    for (let k = 0; k < group.size; k++) if (reaches(group.gains, k * P, null)) candidates.push(k)
    const vectors = new Float64Array(candidates.length * P)
    candidates.forEach((k, j) => vectors.set(group.gains.subarray(k * P, k * P + P), j * P))
    const { order, runStart } = filterCandidates(P, candidates.length, vectors, budget)
    return build(
      P,
      from,
      to,
      vectors,
      order,
      runStart,
      Int32Array.from(order, (j) => candidates[j]!),
      null,
      null,
      null,
    )
  }
  const mid = splitPoint(space, from, to)
  const left = frontOf(space, from, mid, budget, groupMax)
  const right = frontOf(space, mid, to, budget, groupMax)
  const bestLeft = componentMax(P, left.n, left.vectors)
  const bestRight = componentMax(P, right.n, right.vectors)
  const usableLeft: number[] = []
  const usableRight: number[] = []
  for (let a = 0; a < left.n; a++) if (reaches(left.vectors, a * P, bestRight)) usableLeft.push(a)
  for (let b = 0; b < right.n; b++) if (reaches(right.vectors, b * P, bestLeft)) usableRight.push(b)
  // Candidates that clear the floor are kept in arrays that grow as needed: far fewer pairs
  // survive than are tried when the floor bites.
  let capacity = Math.min(usableLeft.length * usableRight.length, 1 << 16)
  let vectors = new Float64Array(capacity * P)
  let pairLeft = new Int32Array(capacity)
  let pairRight = new Int32Array(capacity)
  const sum = new Float64Array(P)
  let n = 0
  let tried = 0
  for (const a of usableLeft) {
    for (const b of usableRight) {
      if ((++tried & 65535) === 0) checkBudget(budget, 'merging')
      for (let p = 0; p < P; p++) sum[p] = left.vectors[a * P + p]! + right.vectors[b * P + p]!
      if (!reaches(sum, 0, null)) continue
      if (n === capacity) {
        if (n >= budget.maxCandidates) {
          throw new BudgetExceeded(
            'candidates',
            `merging ${usableLeft.length} × ${usableRight.length} partial vectors leaves more than the limit of ${budget.maxCandidates} candidates`,
          )
        }
        capacity = Math.min(Math.max(capacity * 2, 1024), budget.maxCandidates)
        vectors = grow(vectors, capacity * P)
        pairLeft = grow(pairLeft, capacity)
        pairRight = grow(pairRight, capacity)
      }
      vectors.set(sum, n * P)
      pairLeft[n] = a
      pairRight[n] = b
      n++
    }
  }
  const { order, runStart } = filterCandidates(P, n, vectors, budget)
  return build(
    P,
    from,
    to,
    vectors,
    order,
    runStart,
    Int32Array.from(order, (j) => pairLeft[j]!),
    Int32Array.from(order, (j) => pairRight[j]!),
    left,
    right,
  )
}

const grow = <A extends Float64Array | Int32Array>(array: A, length: number): A => {
  const bigger = new (array.constructor as new (n: number) => A)(length)
  bigger.set(array)
  return bigger
}

/** Splits groups so that both halves have about the same log of their outcome count. */
const splitPoint = (space: OutcomeSpace, from: number, to: number): number => {
  let total = 0
  for (let g = from; g < to; g++) total += Math.log(space.groups[g]!.size)
  let acc = 0
  for (let g = from; g < to - 1; g++) {
    acc += Math.log(space.groups[g]!.size)
    if (acc >= total / 2) return g + 1
  }
  return to - 1
}

const build = (
  P: number,
  from: number,
  to: number,
  candidates: Float64Array,
  order: Int32Array,
  runStart: readonly number[],
  first: Int32Array,
  second: Int32Array | null,
  left: FrontNode | null,
  right: FrontNode | null,
): FrontNode => {
  const n = runStart.length - 1
  const vectors = new Float64Array(n * P)
  for (let e = 0; e < n; e++)
    vectors.set(candidates.subarray(order[runStart[e]!]! * P, order[runStart[e]!]! * P + P), e * P)
  return { from, to, n, vectors, witnessStart: Int32Array.from(runStart), first, second, left, right }
}
