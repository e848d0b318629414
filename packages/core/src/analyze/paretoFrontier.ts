/**
 * The exact Pareto frontier of a scenario's outcome space: every outcome that no other outcome
 * improves for one party without hurting another. By default only outcomes every party strictly
 * prefers to its reservation point count (the better of its status quo and its reservation
 * utility); with `reference: 'none'` all outcomes count (the plain frontier).
 *
 * Laws (checked against full enumeration in the property tests):
 * - every point is undominated among all outcomes, and (by default) strictly above every
 *   party's reservation point;
 * - every outcome that is undominated and above the reservation points has its gain vector
 *   among the points, with all outcomes of equal gains listed as ties (up to `maxTiesPerPoint`);
 * - the result is the same whatever the order of parties' additions (integer arithmetic).
 *
 * Payments are not part of the outcome space, and mandates and stakeholder rules are not
 * applied: this describes the room for agreement, not which deal is valid.
 */
import type { Scenario } from '../model/Scenario.js'
import { BudgetExceeded, frontOf, type FrontNode } from './mergeFrontiers.js'
import { outcomeSpace, type GroupTooLarge, type OutcomeSpace, type OutcomeSpaceOptions } from './OutcomeSpace.js'

/** Limits and choices for `paretoFrontier`. @category analyze */
export interface FrontierOptions extends OutcomeSpaceOptions {
  /** Wall-clock budget in milliseconds (default 60 000). */
  readonly timeMs?: number
  /** Stops the computation early (it then ends as `BudgetExceeded` with reason `stopped`). */
  readonly signal?: AbortSignal
  /** Most candidates (pairs that clear the floors) one merge may keep (default 2e7 / parties: 160 MB of numbers). */
  readonly maxCandidates?: number
  /** Most tied outcomes listed per frontier point (default 1000; `outcomeCount` counts them all). */
  readonly maxTiesPerPoint?: number
}

/**
 * One point of the frontier: a gain vector and the outcomes that reach it.
 * @category analyze
 */
export interface FrontierPoint {
  /** Integer gains per party (grid units of `OutcomeSpace.exponent`), relative to the status quo. */
  readonly gains: Float64Array
  /** Outcomes with exactly these gains (option index per issue), in lexicographic order. */
  readonly outcomes: readonly Int32Array[]
  /** How many outcomes reach these gains (ties), including any not listed. */
  readonly outcomeCount: bigint
}

/**
 * The frontier, or why it could not be computed within the limits.
 * @category analyze
 */
export type FrontierResult =
  | {
      readonly _tag: 'Frontier'
      readonly space: OutcomeSpace
      readonly points: readonly FrontierPoint[]
      readonly elapsedMs: number
    }
  | {
      readonly _tag: 'BudgetExceeded'
      readonly reason: 'time' | 'candidates' | 'stopped'
      readonly detail: string
      readonly elapsedMs: number
    }
  | GroupTooLarge

const now = (): number => (globalThis as unknown as { performance: { now(): number } }).performance.now()

/**
 * Computes the exact frontier by merging per-issue frontiers (see `mergeFrontiers`).
 *
 * @example
 * const result = paretoFrontier(scenario)
 * result._tag === 'Frontier' && result.points.length // => 1: the package deal is the only point
 *
 * @category analyze
 */
export const paretoFrontier = (scenario: Scenario, options: FrontierOptions = {}): FrontierResult => {
  const space = outcomeSpace(scenario, options)
  return space._tag === 'GroupTooLarge' ? space : frontierOfSpace(space, options)
}

/**
 * The frontier of an outcome space already built (see `paretoFrontier`).
 * @example
 * frontierOfSpace(space)._tag // => 'Frontier'
 * @category analyze
 */
export const frontierOfSpace = (space: OutcomeSpace, options: FrontierOptions = {}): FrontierResult => {
  const started = now()
  const P = space.partyCount
  const maxTies = options.maxTiesPerPoint ?? 1000
  if (space.groups.length === 0) {
    // One outcome, the empty one; it counts only if it clears every floor.
    const clears = Array.from(space.threshold).every((t) => 0 > t)
    const points = clears ? [{ gains: new Float64Array(P), outcomes: [new Int32Array(0)], outcomeCount: 1n }] : []
    return { _tag: 'Frontier', space, points, elapsedMs: now() - started }
  }
  const groupMax = space.groups.map((g) => {
    const m = new Float64Array(P).fill(-Infinity)
    for (let k = 0; k < g.size; k++) for (let p = 0; p < P; p++) m[p] = Math.max(m[p]!, g.gains[k * P + p]!)
    return m
  })
  const budget = {
    deadline: started + (options.timeMs ?? 60_000),
    maxCandidates: options.maxCandidates ?? Math.floor(2e7 / Math.max(1, P)),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  }
  let root: FrontNode
  try {
    root = frontOf(space, 0, space.groups.length, budget, groupMax)
  } catch (error) {
    if (error instanceof BudgetExceeded)
      return { _tag: 'BudgetExceeded', reason: error.reason, detail: error.detail, elapsedMs: now() - started }
    throw error
  }
  const expand = expander(space)
  const points: FrontierPoint[] = []
  for (let e = 0; e < root.n; e++) {
    points.push({
      gains: root.vectors.slice(e * P, e * P + P),
      outcomes: expand.outcomes(root, e, maxTies),
      outcomeCount: expand.count(root, e),
    })
  }
  points.sort((a, b) => compareVectors(b.gains, a.gains))
  return { _tag: 'Frontier', space, points, elapsedMs: now() - started }
}

/**
 * Lexicographic comparison of two vectors (first party, or first issue, first).
 * @example
 * compareVectors([1, 2], [1, 3]) // => -1
 * @category analyze
 */
export const compareVectors = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/** Turns frontier entries back into outcomes (ties included) and counts them. */
const expander = (space: OutcomeSpace) => {
  const counts = new Map<FrontNode, bigint[]>()
  const count = (node: FrontNode, e: number): bigint => {
    let memo = counts.get(node)
    if (memo === undefined) counts.set(node, (memo = []))
    const known = memo[e]
    if (known !== undefined) return known
    let total = 0n
    for (let w = node.witnessStart[e]!; w < node.witnessStart[e + 1]!; w++) {
      total += node.second === null ? 1n : count(node.left!, node.first[w]!) * count(node.right!, node.second[w]!)
    }
    memo[e] = total
    return total
  }
  // Fills this node's issues into a shared choice vector, depth first, and calls `done` once
  // per complete assignment of the node's issues; `done` returns false to stop early.
  const fill = (node: FrontNode, e: number, choice: Int32Array, done: () => boolean): boolean => {
    for (let w = node.witnessStart[e]!; w < node.witnessStart[e + 1]!; w++) {
      if (node.second === null) {
        const group = space.groups[node.from]!
        const k = node.first[w]!
        const width = group.issues.length
        for (let j = 0; j < width; j++) choice[group.issues[j]!] = group.choices[k * width + j]!
        if (!done()) return false
        continue
      }
      const right = node.second[w]!
      const keepGoing = fill(node.left!, node.first[w]!, choice, () => fill(node.right!, right, choice, done))
      if (!keepGoing) return false
    }
    return true
  }
  const outcomes = (node: FrontNode, e: number, cap: number): Int32Array[] => {
    const out: Int32Array[] = []
    const choice = new Int32Array(space.compiled.issueCount)
    if (cap > 0) fill(node, e, choice, () => (out.push(choice.slice()), out.length < cap))
    return out.sort(compareVectors)
  }
  return { count, outcomes }
}
