/**
 * Lagrangian probing at the root of the sum decomposition (partyDecomposition.ts): the options
 * that no deal better than the incumbent can choose, ruled out for the whole search.
 *
 * Why it is exact: for fixed multipliers, the decomposition bound of the deals that choose
 * option o at depth d is the same sum with that depth restricted to o, in the real choice
 * (its term at o instead of its best option) and in every copy that has d in its scope (its
 * best valid copy choosing o, which is its max-marginal plus its own π at o; −Infinity when no
 * valid copy chooses o). The copies without d and the other depths keep their terms. That is
 * a valid bound on every such deal (the same argument as the decomposition's, on a smaller set
 * of deals), so an option whose forced bound is below `stopAt` (the incumbent's key minus its
 * tolerance, as the search prunes a node) holds no deal the search still wants. The bound is
 * raised by the decomposition's own margin, 1e-9 times the sum of its terms' magnitudes.
 */
import { partyCopies, type CopyTerm, type PartyCopies } from './partyCopies.js'
import { sharedPartyTerms, type SharedPartyTerms } from './sharedPartyTerms.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Relative safety margin, the decomposition's. */
const MARGIN = 1e-9

/**
 * Marks in `ruledOut` (per flat option) the options whose forced bound is below `stopAt`;
 * returns how many it marked. `magnitude` is the decomposition's size of the node's
 * constant terms (for the margin).
 * @category search
 */
export type OptionProbe = (
  decided: Float64Array,
  sure: (p: number) => boolean,
  upper: Float64Array,
  exact: Uint8Array,
  pi: Float64Array,
  magnitude: number,
  stopAt: number,
  ruledOut: Uint8Array,
  extra?: CopyTerm,
) => number

/**
 * Creates the root probe for a problem's copies and the shared parties' terms (by default no
 * party is shared).
 * @example
 * const probe = optionProbing(problem, plan)
 * const ruledOut = new Uint8Array(problem.c.totalOptions) // road: none, via-b; housing: none, west, east
 * const pi = new Float64Array(16)
 * // The incumbent is the optimum, 5 (road via-b, housing west): no other option reaches it.
 * probe(new Float64Array(2), () => false, Float64Array.of(5, 5), Uint8Array.of(1, 1), pi, 1, 5 - 1e-9, ruledOut) // => 3
 * ruledOut.join('') // => '10101'
 * @category search
 */
export const optionProbing = (
  problem: SearchProblem,
  plan: SearchPlan,
  copies: PartyCopies = partyCopies(problem, plan),
  terms: SharedPartyTerms = sharedPartyTerms(
    problem,
    plan,
    new Uint8Array(problem.c.partyCount),
    { current: () => false },
    undefined,
  ),
): OptionProbe => {
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = problem.c
  const { order, children } = plan
  const { atDepth, bestCopy, maxMarginals } = copies
  const marginal = new Float64Array(copies.eGain.length)
  const best = new Float64Array(P)
  const top = new Float64Array(N)
  /** The real choice's weight of the k-th option at depth d. */
  const realWeight = (d: number, k: number, exact: Uint8Array, pi: Float64Array): number => {
    const o = children[d]![k]!
    let v = terms.cost(d, o)
    for (const { party, entry } of atDepth[d]!)
      v += exact[party] ? -pi[entry + k]! : terms.weight[party]! * gain[party * T + offsets[order[d]!]! + o]!
    return v
  }

  return (decided, sure, upper, exact, pi, magnitude, stopAt, ruledOut, extra) => {
    const constant = terms.begin(0, decided, upper)
    let bound = constant.value
    let size = magnitude + constant.size
    for (let p = 0; p < P; p++) {
      if (!exact[p]) continue
      best[p] = bestCopy(p, 0, decided[p]!, sure(p), pi, extra)
      // No valid copy, or an overflow: nothing to rule out from here.
      if (!Number.isFinite(best[p]!)) return 0
      bound += best[p]!
      size += Math.abs(best[p]!)
    }
    for (let d = 0; d < N; d++) {
      let t = -Infinity
      for (let k = 0; k < children[d]!.length; k++) t = Math.max(t, realWeight(d, k, exact, pi))
      top[d] = t
      bound += t
      size += Math.abs(t)
    }
    if (!Number.isFinite(bound)) return 0
    let marked = 0
    for (let d = 0; d < N; d++) {
      const list = children[d]!
      for (const { party } of atDepth[d]!)
        if (exact[party] && !maxMarginals(party, 0, decided[party]!, sure(party), pi, marginal, extra)) return marked
      for (let k = 0; k < list.length; k++) {
        const v = realWeight(d, k, exact, pi)
        let forced = bound - top[d]! + v
        let forcedSize = size + Math.abs(v)
        for (const { party, entry } of atDepth[d]!) {
          if (!exact[party]) continue
          const copyTerm = marginal[entry + k]! + pi[entry + k]!
          forced += copyTerm - best[party]!
          forcedSize += Math.abs(copyTerm)
        }
        // −Infinity: some party has no valid copy choosing this option, whatever the incumbent.
        if (forced === -Infinity || forced + MARGIN * forcedSize < stopAt) {
          const flat = offsets[order[d]!]! + list[k]!
          if (ruledOut[flat] === 0) marked++
          ruledOut[flat] = 1
        }
      }
    }
    return marked
  }
}
