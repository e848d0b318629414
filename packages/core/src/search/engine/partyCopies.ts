/**
 * Each party's own copy of its issues, for the per-party decomposition (partyDecomposition.ts):
 * its scope (the issues it values or joins through, in the plan's order), one entry per
 * option of each, and the search for its best valid copy over the open part of the scope.
 * A copy is valid as the leaf check judges the party: as a participant (sure to be one, or
 * some changed issue of the copy makes it one) it gains at least need − own/2; outside it
 * loses at most 1.5 × its own tolerance. It scores its gain when it takes part, 0 outside,
 * plus the multipliers π of the options it picks.
 */
import { joinersByDepth, type JoinersByDepth } from './joiners.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** A further score of party p's copy (scope index j ↦ digits[j − lo]) over depths ≥ from. @category search */
export type CopyTerm = (p: number, lo: number, digits: Int32Array, from: number) => number

/** The parties' copies and their best valid choice. @category search */
export interface PartyCopies {
  /** `scope[p]`: the depths in p's scope, increasing. */
  readonly scope: readonly (readonly number[])[]
  /** `entryAt[p][k]`: first entry of p's k-th scope depth (one entry per child option there). */
  readonly entryAt: readonly (readonly number[])[]
  /** Gain of each entry's option for its party. */
  readonly eGain: readonly number[]
  /** Per depth: the parties with that depth in scope, and their entry. */
  readonly atDepth: readonly (readonly { readonly party: number; readonly entry: number }[])[]
  /** After `bestCopy`: the chosen child index per (party, scope depth), at its first entry. */
  readonly copy: Int32Array
  /**
   * Party p's best valid copy over its scope depths ≥ `from` (`decided`: its gain from the
   * rest); writes its choice into `copy`. −Infinity when it has none, NaN when values overflowed.
   */
  readonly bestCopy: (
    p: number,
    from: number,
    decided: number,
    isSure: boolean,
    pi: Float64Array,
    extra?: CopyTerm,
  ) => number
}

/**
 * Builds the copies for a problem and plan.
 * @example
 * partyCopies(problem, plan).scope[0] // => [0, 1]: A values road and housing
 * @category search
 */
export const partyCopies = (
  problem: SearchProblem,
  plan: SearchPlan,
  joiners: JoinersByDepth = joinersByDepth(problem, plan),
): PartyCopies => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const { order, children } = plan
  // Per party: the depths in its scope, and per (party, depth) a run of entries, one per child option.
  const scope: number[][] = Array.from({ length: P }, () => [])
  const entryAt: number[][] = Array.from({ length: P }, () => [])
  const eGain: number[] = []
  const eJoin: number[] = []
  const atDepth: { party: number; entry: number }[][] = Array.from({ length: N }, () => [])
  for (let d = 0; d < N; d++) {
    const i = order[d]!
    const list = children[d]!
    const joinsAt = Array.from(list, (o) => new Set(Array.from(joiners.joins(d, o), (j) => joiners.parties[d]![j]!)))
    for (let p = 0; p < P; p++) {
      const valued = list.some((o) => gain[p * T + offsets[i]! + o] !== 0)
      if (!valued && !joinsAt.some((s) => s.has(p))) continue
      const entry = eGain.length
      list.forEach((o, k) => {
        eGain.push(gain[p * T + offsets[i]! + o]!)
        eJoin.push(joinsAt[k]!.has(p) ? 1 : 0)
      })
      scope[p]!.push(d)
      entryAt[p]!.push(entry)
      atDepth[d]!.push({ party: p, entry })
    }
  }
  const own = problem.ownTolerance
  const lo1 = Float64Array.from(problem.need, (need, p) => need - own[p]! / 2)
  const copy = new Int32Array(eGain.length)
  const digits = new Int32Array(N)

  /** Party p's best valid copy over its open scope; writes its choice into `copy`. −Infinity: none. */
  const bestCopy = (
    p: number,
    from: number,
    decided: number,
    isSure: boolean,
    pi: Float64Array,
    extra?: CopyTerm,
  ): number => {
    const depths = scope[p]!
    const entries = entryAt[p]!
    let lo = 0
    while (lo < depths.length && depths[lo]! < from) lo++
    const n = depths.length - lo
    digits.fill(0, 0, n)
    let best = -Infinity
    let any = false
    for (;;) {
      let g = decided
      let joined = isSure
      let v = 0
      for (let k = 0; k < n; k++) {
        const e = entries[lo + k]! + digits[k]!
        g += eGain[e]!
        v += pi[e]!
        if (eJoin[e]) joined = true
      }
      if (extra !== undefined) v += extra(p, lo, digits, from)
      const valid = joined ? g >= lo1[p]! : g >= -c.lossBound[p]! - 1.5 * own[p]!
      any ||= valid
      if (valid && (joined ? g : 0) + v > best) {
        best = (joined ? g : 0) + v
        for (let k = 0; k < n; k++) copy[entries[lo + k]!] = digits[k]!
      }
      let k = 0
      while (k < n && (digits[k] = digits[k]! + 1) === children[depths[lo + k]!]!.length) digits[k++] = 0
      // −Infinity proves the node empty: only when no copy is valid, never from a NaN value.
      if (k === n) return !any ? -Infinity : best > -Infinity ? best : NaN
    }
  }

  return { scope, entryAt, eGain, atDepth, copy, bestCopy }
}
