/**
 * Block coordinate descent on the multipliers π of the per-party decomposition
 * (partyDecomposition.ts), one issue at a time: the steps that bring its bound near the
 * decomposition's own optimum, which the subgradient steps reach only slowly (measured on r05
 * without a target: 14.92 after the subgradient's usual steps, 14.45 after 30,000 of them in
 * 7 s; the copies' LP solved exactly by HiGHS is 14.44).
 *
 * Why it is exact: nothing here proves anything. Every π gives a valid bound (the file comment
 * of partyDecomposition.ts), so a sweep only chooses the next π; the bound is evaluated by the
 * refiner as before. A sweep may also report the node empty, on its own argument below.
 *
 * The update at depth d, the other multipliers held (the max-product linear programming update
 * of Globerson and Jaakkola, on this decomposition): let m_p(o) be party p's max-marginal
 * there (its best valid copy choosing o, without π[p][d][o]), r(o) the real choice's own weight
 * of o (the shared parties' terms) and S(o) = r(o) + Σ_p m_p(o). The part of the bound that
 * depends on π[·][d], Σ_p max_o (m_p(o) + π_p(o)) + max_o (r(o) − Σ_p π_p(o)), is at least
 * max_o S(o); π_p(o) = S(o)/(k + 1) − m_p(o) for k parties attains it and leaves every term
 * the same share of S, so a sweep never raises that part. (A constant share max_o S(o)/(k + 1)
 * attains it too, but makes every option tie in every copy; measured on r05, the sweeps then
 * stalled at 16.10 instead of reaching 14.46.) An option some party's copies cannot choose
 * (m_p(o) = −Infinity) is given a share below every other option's, and that party's π makes
 * the real choice's term there the same share. When every option of d is such an option, no
 * valid deal chooses any of them: the node is empty.
 */
import { partyCopies, type PartyCopies, type CopyTerm } from './partyCopies.js'
import { sharedPartyTerms, type SharedPartyTerms } from './sharedPartyTerms.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** One sweep over the open depths; false when it proves the node empty. @category search */
export type CopySweep = (
  depth: number,
  decided: Float64Array,
  sure: (p: number) => boolean,
  upper: Float64Array,
  exact: Uint8Array,
  pi: Float64Array,
  extra?: CopyTerm,
) => boolean

/**
 * Creates the sweep for a problem's copies and the shared parties' terms (their weights and
 * costs are the real choice's side; by default no party is shared); `piCap` bounds every
 * multiplier. A sweep reads `upper` (each party's upper bound at the node) for the shared terms.
 * @example
 * const sweep = copySweeps(problem, plan)
 * const pi = new Float64Array(16)
 * sweep(0, new Float64Array(2), () => false, Float64Array.of(5, 5), Uint8Array.of(1, 1), pi) // => true
 * @category search
 */
export const copySweeps = (
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
  piCap = Infinity,
): CopySweep => {
  const { issueCount: N, totalOptions: T, offsets, gain } = problem.c
  const { order, children } = plan
  const { atDepth, maxMarginals } = copies
  const marginal = new Float64Array(copies.eGain.length)
  let widest = 1
  for (const list of children) widest = Math.max(widest, list.length)
  const combined = new Float64Array(widest)
  const clamp = (x: number): number => Math.min(piCap, Math.max(-piCap, x))

  return (depth, decided, sure, upper, exact, pi, extra) => {
    terms.begin(depth, decided, upper)
    for (let d = depth; d < N; d++) {
      const here = atDepth[d]!
      let k = 0
      for (const { party } of here) if (exact[party]) k++
      if (k === 0) continue
      const list = children[d]!
      const i = order[d]!
      for (let o = 0; o < list.length; o++) {
        let r = terms.cost(d, list[o]!)
        for (const { party } of here)
          if (!exact[party]) r += terms.weight[party]! * gain[party * T + offsets[i]! + list[o]!]!
        combined[o] = r
      }
      for (const { party, entry } of here) {
        if (!exact[party]) continue
        if (!maxMarginals(party, depth, decided[party]!, sure(party), pi, marginal, extra)) return false
        for (let o = 0; o < list.length; o++) combined[o] = combined[o]! + marginal[entry + o]!
      }
      let top = -Infinity
      let bottom = Infinity
      for (let o = 0; o < list.length; o++) {
        if (combined[o] === -Infinity) continue
        top = Math.max(top, combined[o]!)
        bottom = Math.min(bottom, combined[o]!)
      }
      if (top === -Infinity) return false
      // NaN or overflow: leave this depth's π as they are (any π is valid).
      if (!Number.isFinite(top) || !Number.isFinite(bottom)) continue
      // A blocked option scores below every open one in every term.
      const low = bottom - (top - bottom) - 1
      for (let o = 0; o < list.length; o++) {
        const open = combined[o] !== -Infinity
        const share = (open ? combined[o]! : low) / (k + 1)
        // The real choice's term at o, r(o) − Σ_p π_p(o): the blocked parties' π make it `share`.
        let real = terms.cost(d, list[o]!)
        for (const { party } of here)
          if (!exact[party]) real += terms.weight[party]! * gain[party * T + offsets[i]! + list[o]!]!
        let blocked = 0
        for (const { party, entry } of here) {
          if (!exact[party]) continue
          const m = marginal[entry + o]!
          if (m === -Infinity) blocked++
          else {
            pi[entry + o] = clamp(share - m)
            real -= pi[entry + o]!
          }
        }
        if (blocked === 0) continue
        const each = (real - share) / blocked
        for (const { party, entry } of here)
          if (exact[party] && marginal[entry + o] === -Infinity) pi[entry + o] = clamp(each)
      }
    }
    return true
  }
}
