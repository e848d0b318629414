/**
 * Each party's own copy of its issues, for the per-party decomposition (partyDecomposition.ts):
 * its scope (the issues it values or joins through, in the plan's order), one entry per
 * option of each, and the search for its best valid copy over the open part of the scope.
 * A copy is valid as the leaf check judges the party: as a participant (sure to be one, or
 * some changed issue of the copy makes it one) it gains at least need − own/2 and keeps each
 * domain floor of its mandate; outside it loses at most 1.5 × its own tolerance. It scores its
 * gain when it takes part, 0 outside, plus the multipliers π of the options it picks.
 *
 * Domain floors: the leaf check rejects a participant whose gain in a floored domain (the
 * additive terms of that domain's issues, decided ones included) is below floor − 1.5·tol.
 * A copy is held to floor − 2·tol, a little looser, so that a sum rounded in another order
 * never rejects a configuration the leaf check accepts. Measured with the copies' LP solved
 * exactly (their convex hulls added to @mandjes/highs's LP relaxation): the floors lower it
 * from 14.65 to 14.44 on r05 (optimum 14.39), from 14.83 to 13.55 on r07 (11.87).
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
  /**
   * Party p's max-marginals over its open scope: for each entry e there, the best score of a
   * valid copy that picks e, without e's own π (−Infinity when no valid copy picks it),
   * written into `out[e]`. False when no copy is valid.
   */
  readonly maxMarginals: (
    p: number,
    from: number,
    decided: number,
    isSure: boolean,
    pi: Float64Array,
    out: Float64Array,
    extra?: CopyTerm,
  ) => boolean
}

/**
 * Builds the copies for a problem and plan. `domainDecided` is the node's gain per party and
 * policy domain from the decided issues (`NodeState.domainFixed`), read at each call; without
 * it the domain floors hold the copies only at the root, where nothing is decided.
 * @example
 * partyCopies(problem, plan).scope[0] // => [0, 1]: A values road and housing
 * @category search
 */
export const partyCopies = (
  problem: SearchProblem,
  plan: SearchPlan,
  joiners: JoinersByDepth = joinersByDepth(problem, plan),
  domainDecided?: Float64Array,
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
  // Domain floors per party: the floored domains, and each entry's domain (see the file comment).
  const D = c.domainIds.length
  const floored = Array.from({ length: P }, (_, p) =>
    Int32Array.from({ length: D }, (_, k) => k).filter((k) => c.minDomainGain[p * D + k]! !== -Infinity),
  )
  const eDomain = new Int32Array(eGain.length)
  for (let d = 0; d < N; d++)
    for (const { entry } of atDepth[d]!) eDomain.fill(c.domainOf[order[d]!]!, entry, entry + children[d]!.length)
  const domainSum = new Float64Array(D)
  const floorSlack = 2 * problem.tolerance

  let lo = 0
  let n = 0
  let floors = noFloors

  /** Sets `lo`, `n` and `floors` for party p's open scope from depth `from`. */
  const openScope = (p: number, from: number): void => {
    const depths = scope[p]!
    lo = 0
    while (lo < depths.length && depths[lo]! < from) lo++
    n = depths.length - lo
    digits.fill(0, 0, n)
    // Floors need the decided issues' domain gains: known at the root, or when the node gives them.
    floors = from === 0 || domainDecided !== undefined ? floored[p]! : noFloors
  }

  /** The score of p's copy `digits` (its gain when it takes part, 0 outside, plus π); −Infinity when not valid. */
  const scoreOf = (p: number, from: number, decided: number, isSure: boolean, pi: Float64Array, extra?: CopyTerm) => {
    const entries = entryAt[p]!
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
    if (!(joined ? g >= lo1[p]! : g >= -c.lossBound[p]! - 1.5 * own[p]!)) return -Infinity
    if (joined && floors.length > 0) {
      for (let k = 0; k < D; k++) domainSum[k] = domainDecided === undefined ? 0 : domainDecided[p * D + k]!
      for (let k = 0; k < n; k++) {
        const e = entries[lo + k]! + digits[k]!
        domainSum[eDomain[e]!] = domainSum[eDomain[e]!]! + eGain[e]!
      }
      for (const k of floors) if (domainSum[k]! < c.minDomainGain[p * D + k]! - floorSlack) return -Infinity
    }
    return (joined ? g : 0) + v
  }

  /** Moves `digits` to p's next copy; false after the last. */
  const next = (p: number): boolean => {
    const depths = scope[p]!
    let k = 0
    while (k < n && (digits[k] = digits[k]! + 1) === children[depths[lo + k]!]!.length) digits[k++] = 0
    return k < n
  }

  const bestCopy: PartyCopies['bestCopy'] = (p, from, decided, isSure, pi, extra) => {
    const entries = entryAt[p]!
    openScope(p, from)
    let best = -Infinity
    let any = false
    do {
      const score = scoreOf(p, from, decided, isSure, pi, extra)
      if (score === -Infinity) continue
      any = true
      if (score > best) {
        best = score
        for (let k = 0; k < n; k++) copy[entries[lo + k]!] = digits[k]!
      }
    } while (next(p))
    // −Infinity proves the node empty: only when no copy is valid, never from a NaN value.
    return !any ? -Infinity : best > -Infinity ? best : NaN
  }

  const maxMarginals: PartyCopies['maxMarginals'] = (p, from, decided, isSure, pi, out, extra) => {
    const entries = entryAt[p]!
    openScope(p, from)
    for (let k = 0; k < n; k++)
      out.fill(-Infinity, entries[lo + k]!, entries[lo + k]! + children[scope[p]![lo + k]!]!.length)
    let any = false
    do {
      const score = scoreOf(p, from, decided, isSure, pi, extra)
      if (score === -Infinity) continue
      any = true
      for (let k = 0; k < n; k++) {
        const e = entries[lo + k]! + digits[k]!
        if (score > out[e]!) out[e] = score
      }
    } while (next(p))
    for (let k = 0; k < n; k++)
      for (let e = entries[lo + k]!; e < entries[lo + k]! + children[scope[p]![lo + k]!]!.length; e++)
        if (out[e]! > -Infinity) out[e] = out[e]! - pi[e]!
    return any
  }

  return { scope, entryAt, eGain, atDepth, copy, bestCopy, maxMarginals }
}

const noFloors = new Int32Array(0)
