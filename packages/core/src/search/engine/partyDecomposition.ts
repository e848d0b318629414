/**
 * A bound for the largest total gain by Lagrangian decomposition per party, stronger than
 * the MILP's LP relaxation. Measured on the regional ladder: the LP relaxation of
 * @mandjes/highs's model is 15.95 on r05 (optimum 14.39) and 33.76 on r08 (28.93), barely
 * below the per-issue linear bound; HiGHS proves these at its root node with cuts, not with
 * the LP. The cuts that matter say what one party can accept over its own few issues, which
 * is what this bound enumerates exactly.
 *
 * Measured at the root with HiGHS solving this decomposition's LP exactly: r05 15.11, r08
 * 31.00, r11 82.94 (optima 14.39, 28.93, 78.61; LP relaxation 15.95, 33.76).
 *
 * Each party p with a small scope (the open issues it values or joins through, at most
 * `CONFIG_LIMIT` combinations of their options) gets its own copy of those issues. Over
 * its copy it must be valid on its own: as a participant (it is sure to be one, or some
 * changed issue of its copy makes it one) it gains at least its need, outside it loses at
 * most the tolerance; it scores its gain when it takes part, 0 outside. The copies are tied
 * to the one real choice per issue by multipliers π: p's copy earns π[p][i][o] for choosing
 * o on i, the real choice pays Σ_p π[p][i][o]. For every π
 *
 *   best deal ≤ Σ_p max_{valid copy} (s_p + Σ_i π[p][i][copy_i]) + Σ_i max_o (r_i(o) − Σ_p π[p][i][o])
 *
 * because the best deal itself, copied to every party, is one candidate of each maximum.
 * r_i(o) carries the parties whose scope is too large (a province valuing every regional
 * total), bounded as the LP bounds them (sharedPartyTerms.ts). A party with no valid copy
 * proves the node empty. Subgradient steps move π (warm-started from the last node: every π
 * is valid); each step costs the parties' combinations plus the open options.
 *
 * Floating point: the result is raised by 1e-9 times the sum of the magnitudes of its terms,
 * far above the rounding error of the additions it takes.
 */
import { joinersByDepth } from './joiners.js'
import { sharedPartyTerms } from './sharedPartyTerms.js'
import type { NodeRefiner } from './nodeRelaxation.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Most option combinations a party's own copy may have; larger scopes go to the shared part. @category search */
export const CONFIG_LIMIT = 4096
/** Subgradient steps at a node and at the first call (the root). @category search */
export const DECOMPOSITION_STEPS = { node: 8, root: 300 } as const
/** Steps without a 0.01% improvement after which a node's (or the root's) steps end. */
const STALL_STEPS = 40
/** Relative safety margin on the bound (see the file comment). */
const MARGIN = 1e-9

/**
 * Creates the sum refiner: the lowest bound on the total gain it finds for the node's subtree
 * (−Infinity when some party has no valid copy). `configLimit`: see `CONFIG_LIMIT`.
 * @example
 * const refine = partyDecompositionRefiner(problem, plan)
 * refine(0, new Float64Array(2), () => true, Float64Array.of(3, 4), 5) >= 5 // => true: never below the optimum, 5
 * @category search
 */
export const partyDecompositionRefiner = (
  problem: SearchProblem,
  plan: SearchPlan,
  configLimit = CONFIG_LIMIT,
): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const { order, children } = plan
  const joiners = joinersByDepth(problem, plan)
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
  // Start from the root's linear bound: a copy pays its party's weighted gain, the real choice
  // earns it, so the first bound is that bound (plus small terms), not the parties' own optima.
  const rootWeight = plan.bounds[0]?.partyWeight
  const pi = new Float64Array(eGain.length)
  for (let p = 0; p < P; p++)
    for (let e = 0; e < entryAt[p]!.length; e++) {
      const entry = entryAt[p]![e]!
      for (let k = 0; k < children[scope[p]![e]!]!.length; k++)
        pi[entry + k] = -(rootWeight?.[p] ?? 1) * eGain[entry + k]!
    }
  const absRest = new Float64Array((N + 1) * P)
  for (let d = N - 1; d >= 0; d--)
    for (let p = 0; p < P; p++) {
      let top = 0
      for (const o of children[d]!) top = Math.max(top, Math.abs(gain[p * T + offsets[order[d]!]! + o]!))
      absRest[d * P + p] = absRest[(d + 1) * P + p]! + top
    }
  const own = problem.ownTolerance
  const lo1 = Float64Array.from(problem.need, (need, p) => need - own[p]! / 2)
  const exact = new Uint8Array(P)
  const shared = new Uint8Array(P)
  const sureNow = { current: (_p: number): boolean => false }
  const start = new Int32Array(T + 1)
  const gParty: number[] = []
  const gValue: number[] = []
  for (let k = 0; k < T; k++) {
    for (let p = 0; p < P; p++) {
      if (gain[p * T + k] === 0) continue
      gParty.push(p)
      gValue.push(gain[p * T + k]!)
    }
    start[k + 1] = gParty.length
  }
  const lists = {
    start,
    party: Int32Array.from(gParty),
    value: Float64Array.from(gValue),
    flat: (d: number, o: number) => offsets[order[d]!]! + o,
  }
  const terms = sharedPartyTerms(problem, joiners, shared, sureNow, rootWeight, lists)
  const copy = new Int32Array(eGain.length) // per (party, scope position): chosen child index, at entryAt
  const real = new Int32Array(N)
  const picked = new Int32Array(N)
  const digits = new Int32Array(N)
  let first = true

  /** Party p's best valid copy over its open scope; writes its choice into `copy`. −Infinity: none. */
  const bestCopy = (p: number, from: number, decided: number, isSure: boolean): number => {
    const depths = scope[p]!
    const entries = entryAt[p]!
    let lo = 0
    while (lo < depths.length && depths[lo]! < from) lo++
    const n = depths.length - lo
    digits.fill(0, 0, n)
    let best = -Infinity
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
      const valid = joined ? g >= lo1[p]! : g >= -1.5 * own[p]!
      if (valid && (joined ? g : 0) + v > best) {
        best = (joined ? g : 0) + v
        for (let k = 0; k < n; k++) copy[entries[lo + k]!] = digits[k]!
      }
      let k = 0
      while (k < n && (digits[k] = digits[k]! + 1) === children[depths[lo + k]!]!.length) digits[k++] = 0
      if (k === n) return best
    }
  }

  return (depth, decided, sure, upper, stopAt) => {
    sureNow.current = sure
    let magnitude = 1
    for (let p = 0; p < P; p++) {
      let combinations = 1
      for (const d of scope[p]!) if (d >= depth && (combinations *= children[d]!.length) > configLimit) break
      exact[p] = combinations <= configLimit ? 1 : 0
      shared[p] = 1 - exact[p]!
      magnitude += Math.abs(decided[p]!) + absRest[depth * P + p]! + 1.5 * own[p]!
    }
    const steps = first ? DECOMPOSITION_STEPS.root : DECOMPOSITION_STEPS.node
    first = false
    let lowest = Infinity
    let rho = 1
    let stalled = 0
    for (let step = 0; step < steps; step++) {
      const constant = terms.begin(depth, decided, upper)
      let bound = constant.value
      let size = magnitude + constant.size
      for (let p = 0; p < P; p++) {
        if (!exact[p]) continue
        const best = bestCopy(p, depth, decided[p]!, sure(p))
        if (best === -Infinity) return -Infinity
        bound += best
        size += Math.abs(best)
      }
      for (let d = depth; d < N; d++) {
        const i = order[d]!
        const list = children[d]!
        let top = -Infinity
        for (let k = 0; k < list.length; k++) {
          const flat = offsets[i]! + list[k]!
          let v = terms.cost(d, list[k]!)
          for (const { party, entry } of atDepth[d]!)
            v += exact[party] ? -pi[entry + k]! : terms.weight[party]! * gain[party * T + flat]!
          if (v > top) {
            top = v
            real[d] = k
          }
        }
        picked[d] = list[real[d]!]!
        terms.observe(d, picked[d]!)
        bound += top
        size += Math.abs(top)
      }
      bound += MARGIN * size
      if (bound < lowest - 1e-4 * Math.abs(lowest) || lowest === Infinity) stalled = 0
      else if (++stalled >= STALL_STEPS) break
      lowest = Math.min(lowest, bound)
      if (lowest <= stopAt) break
      // Subgradient step: a copy that disagrees with the real choice earns less for its own
      // option and more for the real one (Polyak's length towards the target).
      let mismatches = 0
      for (let d = depth; d < N; d++)
        for (const { party, entry } of atDepth[d]!) if (exact[party] && copy[entry]! !== real[d]) mismatches++
      // Each block of multipliers gets its own Polyak length: the copies' steps are ±1 per
      // disagreement, the shared parties' are gains, on another scale (one joint length
      // starved the copies; measured on r05: 31,744 nodes unproved vs 7,418 proved).
      const sharedNorm = terms.norm()
      if (mismatches === 0 && !(sharedNorm > 0)) break
      const target = Number.isFinite(stopAt) ? stopAt : lowest - 0.05 * Math.abs(lowest) - problem.tolerance
      const length = mismatches > 0 ? (rho * (bound - target)) / (2 * mismatches) : 0
      if (sharedNorm > 0) terms.move((rho * (bound - target)) / sharedNorm, step, depth, picked)
      for (let d = depth; d < N; d++)
        for (const { party, entry } of atDepth[d]!) {
          if (!exact[party] || copy[entry] === real[d]) continue
          pi[entry + copy[entry]!] = pi[entry + copy[entry]!]! - length
          pi[entry + real[d]!] = pi[entry + real[d]!]! + length
        }
      if (bound > lowest) rho = Math.max(rho * 0.7, 0.01)
    }
    return lowest
  }
}
