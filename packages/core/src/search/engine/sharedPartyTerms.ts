/**
 * The parties too large for a copy of their own in the per-party decomposition (a province
 * valuing every regional total), bounded the way the MILP's LP relaxation bounds every
 * party (see @mandjes/highs formulateDeal.ts): y_p = 1 when p takes part, `y_p ≥ z_i` for
 * every changed issue it joins through, a participant gains at least its need, an outsider
 * loses at most its tolerance. For any θ_p ∈ [0, 1] and λ_p ≥ 0, on every valid deal
 *
 *   s_p ≤ θ_p (g_p − lo0_p (1 − y_p)) + (1 − θ_p) G_p y_p + λ_p (g_p − lo0_p − (lo1_p − lo0_p) y_p)
 *
 * where s_p is p's term of the sum (its gain when it takes part, 0 outside), G_p its upper
 * bound at the node, lo1_p = need − own/2 and lo0_p = −1.5·own the leaf check's floors. That
 * is `w_p g_p + c_p y_p + k_p` with w = θ + λ ≥ 0: the gain part goes into each issue's
 * option weights. A party sure to take part has y = 1. For the others y_p is the largest z_i
 * over the open issues it joins through; with c_p < 0, `c_p max_i z_i ≤ c_p Σ_i α_pi z_i`
 * for any split α_p (Σ_i α_pi = 1), so each issue's change carries the cost `c_p α_pi`; with
 * c_p > 0, `c_p y_p ≤ c_p`. Every θ, λ, α is valid (they are the LP's dual multipliers of
 * these rows), so subgradient steps may stop at any point.
 */
import { joinersByDepth, type JoinersByDepth } from './joiners.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Largest λ: any λ ≥ 0 is valid, the cap only keeps overshooting steps finite. */
const LAMBDA_CAP = 1e6

/** The LP-style terms of the shared parties, with their multipliers. @category search */
export interface SharedPartyTerms {
  /** Starts a step: sets `weight` and the costs; returns the constant part and its magnitude. */
  readonly begin: (depth: number, decided: Float64Array, upper: Float64Array) => { value: number; size: number }
  /** Weight of each party's gain in the issues' option weights (0 for parties with a copy). */
  readonly weight: Float64Array
  /** Participation cost of option o at depth d (≤ 0). */
  readonly cost: (d: number, o: number) => number
  /** Records that the relaxation chose option o at depth d. */
  readonly observe: (d: number, o: number) => void
  /** Squared length of the subgradient after every open depth was observed. */
  readonly norm: () => number
  /** Moves the multipliers by the step `length` (and the splits towards the changed issues). */
  readonly move: (length: number, step: number, depth: number, picked: Int32Array) => void
  /** Keeps the multipliers as they are now, for `restore`. */
  readonly save: () => void
  /** Puts back the multipliers `save` kept (every set of them is valid). */
  readonly restore: () => void
}

/**
 * The shared terms for the parties with `shared[p] = 1` (set before each node), `sure(p)` for
 * the parties sure to take part at the node; λ starts from the root linear bound's weights (1 + λ).
 * @example
 * sharedPartyTerms(problem, plan, Uint8Array.of(1, 1), { current: () => false }, undefined).weight.length // => 2
 * @category search
 */
export const sharedPartyTerms = (
  problem: SearchProblem,
  plan: SearchPlan,
  shared: Uint8Array,
  sure: { current: (p: number) => boolean },
  rootWeight: Float64Array | undefined,
  joiners: JoinersByDepth = joinersByDepth(problem, plan),
): SharedPartyTerms => {
  const { partyCount: P, totalOptions: T, offsets, gain } = problem.c
  // Non-zero gains per flat option: regional parties value a handful of issues.
  const start = new Int32Array(T + 1)
  const party: number[] = []
  const value: number[] = []
  for (let k = 0; k < T; k++) {
    for (let p = 0; p < P; p++) {
      if (gain[p * T + k] === 0) continue
      party.push(p)
      value.push(gain[p * T + k]!)
    }
    start[k + 1] = party.length
  }
  const own = problem.ownTolerance
  const lo0 = Float64Array.from(own, (t, p) => -problem.c.lossBound[p]! - 1.5 * t)
  const lo1 = Float64Array.from(problem.need, (need, p) => need - own[p]! / 2)
  const lambda = Float64Array.from(rootWeight ?? new Float64Array(P), (w) => Math.max(0, w - 1))
  const theta = new Float64Array(P).fill(1)
  const alpha = new Float64Array(joiners.slots).fill(1)
  const saved = { lambda: Float64Array.from(lambda), theta: Float64Array.from(theta), alpha: Float64Array.from(alpha) }
  const weight = new Float64Array(P)
  const c = new Float64Array(P)
  const g = new Float64Array(P)
  const y = new Float64Array(P)
  const mass = new Float64Array(P)
  const upperAt = new Float64Array(P)
  /** Shared, not sure, with a negative participation coefficient: its joins cost. */
  const pays = (q: number) => shared[q] === 1 && c[q]! < 0 && !sure.current(q)
  return {
    weight,
    begin: (depth, decided, upper) => {
      mass.fill(0)
      const N = joiners.parties.length
      for (let d = depth; d < N; d++) {
        const list = joiners.parties[d]!
        for (let j = 0; j < list.length; j++) mass[list[j]!] = mass[list[j]!]! + alpha[joiners.slot[d]![j]!]!
      }
      let value = 0
      let size = 0
      for (let p = 0; p < P; p++) {
        weight[p] = 0
        if (!shared[p]) continue
        upperAt[p] = upper[p]!
        weight[p] = theta[p]! + lambda[p]!
        c[p] = (1 - theta[p]!) * upper[p]! + theta[p]! * lo0[p]! - lambda[p]! * (lo1[p]! - lo0[p]!)
        const inside = sure.current(p) || (c[p]! > 0 && mass[p]! > 0)
        y[p] = inside ? 1 : 0
        g[p] = decided[p]!
        const k = -weight[p]! * lo0[p]!
        value += weight[p]! * decided[p]! + k + (inside ? c[p]! : 0)
        size += weight[p]! * Math.abs(decided[p]!) + Math.abs(c[p]!) + Math.abs(k)
      }
      return { value, size }
    },
    cost: (d, o) => {
      let v = 0
      const list = joiners.parties[d]!
      for (const j of joiners.joins(d, o)) {
        const q = list[j]!
        if (pays(q)) v += (c[q]! * alpha[joiners.slot[d]![j]!]!) / mass[q]!
      }
      return v
    },
    observe: (d, o) => {
      const k = offsets[plan.order[d]!]! + o
      for (let e = start[k]!; e < start[k + 1]!; e++) {
        const p = party[e]!
        if (shared[p]) g[p] = g[p]! + value[e]!
      }
      const list = joiners.parties[d]!
      for (const j of joiners.joins(d, o)) {
        const q = list[j]!
        if (pays(q)) y[q] = y[q]! + alpha[joiners.slot[d]![j]!]! / mass[q]!
      }
    },
    norm: () => {
      let n = 0
      for (let p = 0; p < P; p++) {
        if (!shared[p]) continue
        const dl = g[p]! - lo0[p]! - (lo1[p]! - lo0[p]!) * y[p]!
        const dt = g[p]! - lo0[p]! - (upperAt[p]! - lo0[p]!) * y[p]!
        if (dl < 0 || lambda[p]! > 0) n += dl * dl
        if ((dt < 0 && theta[p]! < 1) || (dt > 0 && theta[p]! > 0)) n += dt * dt
      }
      return n
    },
    save: () => {
      saved.lambda.set(lambda)
      saved.theta.set(theta)
      saved.alpha.set(alpha)
    },
    restore: () => {
      lambda.set(saved.lambda)
      theta.set(saved.theta)
      alpha.set(saved.alpha)
    },
    move: (length, step, depth, picked) => {
      for (let p = 0; p < P; p++) {
        if (!shared[p]) continue
        const dl = g[p]! - lo0[p]! - (lo1[p]! - lo0[p]!) * y[p]!
        const dt = g[p]! - lo0[p]! - (upperAt[p]! - lo0[p]!) * y[p]!
        lambda[p] = Math.min(LAMBDA_CAP, Math.max(0, lambda[p]! - length * dl))
        theta[p] = Math.min(1, Math.max(0, theta[p]! - length * dt))
      }
      // Shift each paying party's split towards the issues the relaxation changes: their cost rises.
      const up = Math.exp(1 / Math.sqrt(step + 1))
      for (let d = depth; d < joiners.parties.length; d++) {
        const list = joiners.parties[d]!
        for (const j of joiners.joins(d, picked[d]!)) {
          if (!pays(list[j]!)) continue
          const e = joiners.slot[d]![j]!
          alpha[e] = Math.min(alpha[e]! * up, 1e30)
        }
      }
    },
  }
}
