/**
 * The per-party Nash bound when compensation payments are on. Money moves gains between the
 * deal's money-valuing participants M, so a party's own upper bound no longer bounds its
 * final gain; but the compensation rule (evaluate/compensate.ts) sets every final gain from
 * one level, and balanced payments conserve a money-weighted total that bounds the level.
 *
 * Why it is exact (an upper bound on every valid deal below the node). Member q has pre-money
 * gain g_q, money value m_q, floor f_q, scale s_q, cap c_q. The rule pays
 * `n_q = max(−c_q, (t s_q + f_q − g_q) / m_q)` at the level t where the nets balance, so
 * q's final gain is `max(g_q − m_q c_q, f_q + t s_q)` (with one member no money moves and
 * `g_q = f_q + t s_q` for its own t). Without caps the balance
 * `Σ_M (t s_q + f_q − g_q) / m_q = 0` gives `t0 = (B − Σ_M f_q/m_q) / Σ_M s_q/m_q` with
 * `B = Σ_M g_q / m_q`; each cap can only raise a payer's net (max with −c_q), so the capped
 * sum is at least the uncapped one at every t, both grow with t, and t ≤ t0. Two bounds on t0:
 * - the mediant: with B ≤ Σ_M U_q/m_q for the node's per-party bounds U on the pre-money
 *   gains, t0 ≤ max_q (U_q − f_q) / s_q over the members that may be in M;
 * - the money budget: B ≤ the plan's `Σ_q gain_q / m_q` over every money-valuing party,
 *   bounded issue by issue (linear in the choices), plus for each that may stay out the most
 *   it may lose as an outsider (`(lossBound + 1.5 tolerance) / m`, what the leaf check lets
 *   through); then t0 ≤ (budget − Σ_S f/m + Σ_Y max(0, −f/m)) / the least Σ_M s/m, with S
 *   the members sure to take part and Y those that may join (at least one member when M is
 *   not empty; all of them when the numerator is negative).
 * With τ the smaller bound, member q's term `ln(g'_q / s_q)` is at most
 * `h_q = ln(max(U_q − m_q c_q, f_q + τ s_q) / s_q)`: sure members add h_q, members that may
 * join at most `max(0, h_q)`, parties that cannot join nothing. Parties that do not value
 * money keep their gains and their `ln(U/s)` terms (at least 0 when they may stay out).
 *
 * Rounding: the rule clears nets within 1e-12 of the largest net L to 0, which can leave a
 * payer up to `m × 1e-12 × max(1, L)` above the level. The slack adds ten times that for L up
 * to the node's money spread `1 + Σ_M ((|U| + |f|) / m + (1 + |τ|) s / m)`, which covers L
 * unless a member's gain before money lies far below its bound U (no lower bound is kept);
 * even then the Nash value moves by less than its tie tolerance (1e-9) unless L exceeds about
 * a thousand times that member's final gain in money.
 */
import type { SearchProblem } from './SearchProblem.js'

/** How each party stands at a node: 2 sure to take part, 1 may still join, 0 cannot join. @category search */
export type Standing = Uint8Array

/** Slack for the rule's rounding: it clears nets within 1e-12 of the largest, so ten times that. */
const DUST = 1e-11

/**
 * Per party, what the bound needs and does not change during a search.
 * @category search
 */
export interface MoneyNashParties {
  /** Per party: what it may lose as an outsider, in money (`(lossBound + 1.5 tolerance) / m`). */
  readonly outsider: Float64Array
  /** Per party: what paying its whole cap costs it (`m × cap`, Infinity without a cap). */
  readonly capMoney: Float64Array
  /** Scratch for the parties' standing at the node being bounded (filled by the caller). */
  readonly standing: Standing
}

/**
 * The static per-party numbers of the bound.
 * @example
 * const paid = problemOf({ ...scenario, compensation: { unit: 'EUR' }, parties: scenario.parties.map((p) => ({ ...p, moneyValue: 1 })) })
 * moneyNashParties(paid).capMoney[0] // => Infinity: A's mandate caps no payment
 * @category search
 */
export const moneyNashParties = (problem: SearchProblem): MoneyNashParties => {
  const P = problem.c.partyCount
  const money = problem.moneyValue
  const outsider = new Float64Array(P)
  const capMoney = new Float64Array(P)
  for (let p = 0; p < P; p++) {
    if (!(money[p]! > 0)) continue
    outsider[p] = (problem.c.lossBound[p]! + 1.5 * problem.ownTolerance[p]!) / money[p]!
    capMoney[p] = money[p]! * problem.cap[p]!
  }
  return { outsider, capMoney, standing: new Uint8Array(P) }
}

/**
 * An upper bound on the Nash objective (natural log) of every valid deal below a node, with
 * payments: `upper` bounds each party's gain before money, `standing` says who takes part,
 * `budget` bounds `Σ_q gain_q / m_q` over all money-valuing parties (Infinity: no such bound).
 * @example
 * // A and B value money at 1 (scales 5 and 6, no floors, no caps) and take part, gain at most
 * // 2 and 3 before money, money budget 5: the rule's level is at most 5 / (5 + 6) for both.
 * const paid = problemOf({ ...scenario, compensation: { unit: 'EUR' }, parties: scenario.parties.map((p) => ({ ...p, moneyValue: 1 })) })
 * moneyNashBound(paid, Float64Array.of(2, 3), Uint8Array.of(2, 2), moneyNashParties(paid), 5) // => 2 * Math.log(5 / 11)
 * @category search
 */
export const moneyNashBound = (
  problem: SearchProblem,
  upper: ArrayLike<number>,
  standing: Standing,
  parties: MoneyNashParties,
  budget: number,
): number => {
  const { moneyValue: money, nashScale: scale, floor } = problem
  const { outsider, capMoney } = parties
  const P = upper.length
  let rest = 0
  let members = 0
  let mediant = -Infinity
  let num = budget
  let sureDen = 0
  let maybeDen = 0
  let leastDen = Infinity
  // The money spread of the members, for the rounding slack (see the header).
  let spread = 1
  let spreadPerLevel = 0
  for (let p = 0; p < P; p++) {
    const st = standing[p]!
    const m = money[p]!
    if (m > 0) {
      if (st === 0) {
        num += outsider[p]!
        continue
      }
      members++
      mediant = Math.max(mediant, (upper[p]! - floor[p]!) / scale[p]!)
      const den = scale[p]! / m
      spread += (Math.abs(upper[p]!) + Math.abs(floor[p]!)) / m + den
      spreadPerLevel += den
      if (st === 2) {
        num -= floor[p]! / m
        sureDen += den
      } else {
        num += outsider[p]! + Math.max(0, -floor[p]! / m)
        maybeDen += den
        leastDen = Math.min(leastDen, den)
      }
      continue
    }
    if (st === 0) continue
    const t = upper[p]! > 0 ? Math.log(upper[p]! / scale[p]!) : -Infinity
    rest += st === 2 ? t : Math.max(0, t)
  }
  if (members === 0 || rest === -Infinity) return rest
  const den = num >= 0 ? (sureDen > 0 ? sureDen : leastDen) : sureDen + maybeDen
  const tau = Math.min(mediant, num / den) + DUST
  const slack = DUST * (spread + Math.abs(tau) * spreadPerLevel)
  let value = rest
  for (let p = 0; p < P; p++) {
    const m = money[p]!
    if (!(m > 0)) continue
    const st = standing[p]!
    if (st === 0) continue
    const g = Math.max(upper[p]! - capMoney[p]!, floor[p]! + tau * scale[p]!) + m * slack
    const h = g > 0 ? Math.log(g / scale[p]!) : -Infinity
    value += st === 2 ? h : Math.max(0, h)
  }
  return value
}
