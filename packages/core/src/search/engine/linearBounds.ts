/**
 * Linear upper bounds for the objectives, found by Lagrangian relaxation at the root of the
 * search. Each bound is a weight per option: the best deal's objective is at most the sum,
 * over issues, of the largest weight among the issue's options, plus a constant. The weights
 * stay fixed during the search, so a node's bound is a running sum plus a precomputed
 * suffix: constant work per node.
 *
 * - `sum`: for multipliers λ ≥ 0 on "party p gains at least lb_p",
 *   `Σ_p gain_p ≤ Σ_p (1 + λ_p) gain_p − Σ_p λ_p lb_p` on every valid deal;
 * - `maxmin`: for weights μ on the parties that take part in every deal (μ ≥ 0, Σ μ = 1),
 *   `min_p gain_p ≤ Σ_p μ_p gain_p`;
 * - `nash`: for tangent points a_p > 0, `ln(g/s) ≤ ln(a/s) + g/a − 1` (concavity of ln).
 *
 * Any multipliers give a valid bound; subgradient steps only make it tighter. Each relaxation
 * stops early when it stalls (or, for the sum, when its relaxed optimum is feasible and
 * closes the gap), and yields after every iteration: one iteration is one pass over parties ×
 * options, and a deadline is kept to within one (on a 200 × 500 region under load, 16 passes
 * took 300 ms). Every choice vector the relaxation picks along the way is also returned, as a candidate first deal.
 */
import { neverStopped, type Stopped } from './budget.js'
import type { SearchProblem } from './SearchProblem.js'

/** A linear bound: weights on the flat option axis and per-party weights for interaction terms. @category search */
export interface LinearBound {
  readonly weight: Float64Array
  readonly constant: number
  /** Weight of each party's gain in the bound (for interaction terms, added separately). */
  readonly partyWeight: Float64Array
  /** The bound's value at the root (without interaction terms). */
  readonly root: number
}

interface Relaxation {
  /** Per-party gain weights → flat option weights, best choice per issue and its value. */
  readonly solve: (partyWeight: Float64Array) => {
    readonly weight: Float64Array
    readonly choices: Int32Array
    readonly value: number
    readonly gains: Float64Array
  }
}

const relaxationOf = (problem: SearchProblem): Relaxation => {
  const { c, choosable } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  return {
    solve: (partyWeight) => {
      const weight = new Float64Array(T)
      for (let p = 0; p < P; p++) {
        const w = partyWeight[p]!
        if (w === 0) continue
        const base = p * T
        for (let k = 0; k < T; k++) weight[k] = weight[k]! + w * gain[base + k]!
      }
      const choices = new Int32Array(N)
      let value = 0
      for (let i = 0; i < N; i++) {
        let best = c.statusQuo[i]!
        let top = weight[offsets[i]! + best]!
        for (let o = 0; o < c.optionCount[i]!; o++) {
          const k = offsets[i]! + o
          if (choosable[k] && weight[k]! > top) {
            top = weight[k]!
            best = o
          }
        }
        choices[i] = best
        value += top
      }
      const gains = new Float64Array(P)
      for (let p = 0; p < P; p++) {
        let g = 0
        for (let i = 0; i < N; i++) g += gain[p * T + offsets[i]! + choices[i]!]!
        gains[p] = g
      }
      return { weight, choices, value, gains }
    },
  }
}

/** Root bounds and candidate deals for one objective. @category search */
export interface RootRelaxation {
  readonly bound: LinearBound | undefined
  readonly candidates: readonly Int32Array[]
}

/**
 * Lagrangian bound for the largest total gain. `lowest[p]` is a gain every valid deal gives
 * party p at least (its need when it always takes part, minus the tolerance otherwise).
 * @example
 * runToEnd(sumRelaxation(problem, plan.lowest, 200)).bound?.root // => 5: an upper bound on the best total gain, here tight
 * @category search
 */
export function* sumRelaxation(
  problem: SearchProblem,
  lowest: Float64Array,
  iterations: number,
  until = Infinity,
  stopped: Stopped = neverStopped,
): Generator<void, RootRelaxation> {
  const P = problem.c.partyCount
  const relax = relaxationOf(problem)
  const lambda = new Float64Array(P)
  const candidates: Int32Array[] = []
  let best: LinearBound | undefined
  let target = 0
  let theta = 1
  let stale = 0
  const stall = stallDetector()
  for (let it = 0; it < iterations; it++) {
    // Every iterate's bound is valid, so a deadline or a stop may end the iterations at any point.
    if (it > 0 && (yield, globalThis.performance.now() >= until || stopped())) break
    const partyWeight = lambda.map((l) => 1 + l)
    const { weight, choices, value, gains } = relax.solve(partyWeight)
    let constant = 0
    for (let p = 0; p < P; p++) constant -= lambda[p]! * lowest[p]!
    const bound = value + constant
    if (best === undefined || bound < best.root) {
      best = { weight, constant, partyWeight, root: bound }
      stale = 0
    } else if (++stale >= 8) {
      theta /= 2
      stale = 0
    }
    let feasible = true
    let total = 0
    let norm = 0
    const step = new Float64Array(P)
    for (let p = 0; p < P; p++) {
      const slack = gains[p]! - lowest[p]!
      total += gains[p]!
      if (slack < 0) feasible = false
      // Only components that can move count towards the step length (λ stays ≥ 0).
      if (slack < 0 || lambda[p]! > 0) {
        step[p] = slack
        norm += slack * slack
      }
    }
    if (feasible) {
      candidates.push(choices)
      target = Math.max(target, total)
    }
    // Stop when the relaxed optimum is feasible and closes the gap, or the bound stalls.
    if (norm === 0 || theta < 1e-6 || best.root - target <= problem.tolerance * (P + 1) || stall(best.root)) break
    const length = (theta * Math.max(bound - target, 1e-9 * Math.abs(bound))) / norm
    for (let p = 0; p < P; p++) lambda[p] = Math.max(0, lambda[p]! - length * step[p]!)
  }
  return { bound: best, candidates: dedupe(candidates) }
}

/**
 * Bound for the largest smallest gain over the parties in `always` (those that take part in
 * every deal), by multiplicative weights on μ.
 * @example
 * runToEnd(maxminRelaxation(problem, always, 200)).bound?.root
 * @category search
 */
export function* maxminRelaxation(
  problem: SearchProblem,
  always: Uint8Array,
  iterations: number,
  until = Infinity,
  stopped: Stopped = neverStopped,
): Generator<void, RootRelaxation> {
  const P = problem.c.partyCount
  const members = [...always.keys()].filter((p) => always[p])
  if (members.length === 0) return { bound: undefined, candidates: [] }
  const relax = relaxationOf(problem)
  let mu = new Float64Array(P)
  for (const p of members) mu[p] = 1 / members.length
  const candidates: Int32Array[] = []
  let best: LinearBound | undefined
  const stall = stallDetector()
  for (let it = 0; it < iterations; it++) {
    // Every iterate's bound is valid, so a deadline or a stop may end the iterations at any point.
    if (it > 0 && (yield, globalThis.performance.now() >= until || stopped())) break
    const { weight, choices, value, gains } = relax.solve(mu)
    if (best === undefined || value < best.root) best = { weight, constant: 0, partyWeight: mu, root: value }
    candidates.push(choices)
    if (stall(best.root)) break
    let spread = 0
    for (const p of members) spread = Math.max(spread, Math.abs(gains[p]!))
    if (spread === 0) break
    // Shift weight to the parties the relaxed deal serves worst; the step shrinks over time.
    const eta = 2 / Math.sqrt(it + 1)
    const next = new Float64Array(P)
    let total = 0
    for (const p of members) {
      next[p] = mu[p]! * Math.exp(-eta * (gains[p]! / spread))
      total += next[p]!
    }
    for (const p of members) next[p] = Math.max(next[p]! / total, 1e-12)
    mu = next
  }
  return { bound: best, candidates: dedupe(candidates) }
}

/**
 * Tangent bound for the log Nash product over the parties in `always`, iterating the
 * tangent points towards the gains of the relaxed deal.
 * @example
 * runToEnd(nashRelaxation(problem, always, start, 100)).bound?.root
 * @category search
 */
export function* nashRelaxation(
  problem: SearchProblem,
  always: Uint8Array,
  start: Float64Array,
  iterations: number,
  until = Infinity,
  stopped: Stopped = neverStopped,
): Generator<void, RootRelaxation> {
  const P = problem.c.partyCount
  const members = [...always.keys()].filter((p) => always[p])
  if (members.length === 0) return { bound: undefined, candidates: [] }
  const relax = relaxationOf(problem)
  const scale = problem.nashScale
  const a = new Float64Array(P)
  for (const p of members) a[p] = Math.max(start[p]!, 1e-6 * scale[p]!)
  const candidates: Int32Array[] = []
  let best: LinearBound | undefined
  const stall = stallDetector()
  for (let it = 0; it < iterations; it++) {
    // Every iterate's bound is valid, so a deadline or a stop may end the iterations at any point.
    if (it > 0 && (yield, globalThis.performance.now() >= until || stopped())) break
    const partyWeight = new Float64Array(P)
    let constant = 0
    for (const p of members) {
      partyWeight[p] = 1 / a[p]!
      constant += Math.log(a[p]! / scale[p]!) - 1
    }
    const { weight, choices, value, gains } = relax.solve(partyWeight)
    if (best === undefined || value + constant < best.root)
      best = { weight, constant, partyWeight, root: value + constant }
    candidates.push(choices)
    if (stall(best.root)) break
    const mix = 1 / (it + 2)
    for (const p of members) a[p] = Math.max((1 - mix) * a[p]! + mix * gains[p]!, 1e-6 * scale[p]!)
  }
  return { bound: best, candidates: dedupe(candidates) }
}

/** True once the bound has not improved by 0.01% (relative) over the last 40 iterations. */
const stallDetector = () => {
  let anchor = Infinity
  let since = 0
  return (bound: number): boolean => {
    if (bound < anchor - 1e-4 * Math.max(Math.abs(anchor), 1e-9) || anchor === Infinity) {
      anchor = bound
      since = 0
      return false
    }
    return ++since >= 40
  }
}

const dedupe = (list: readonly Int32Array[]): Int32Array[] => {
  const seen = new Set<string>()
  return list.filter((x) => {
    const key = x.join(',')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
