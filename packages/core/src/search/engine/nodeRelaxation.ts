/**
 * Re-optimised Lagrangian bounds at a node, for the max-min and Nash objectives (the Nash
 * refiner is at the end of the file). The root's weights μ
 * are tuned for the whole tree; deep in the tree, where most issues are decided, other
 * weights prove much lower bounds. At a node that the static bounds could not prune, a few
 * multiplicative-weights steps on μ (warm-started from the parent's μ) look for weights
 * that push the bound below the incumbent. Any μ in the simplex gives a valid bound, so
 * stopping early is always safe; only the parties sure to take part in every deal of the
 * subtree may carry weight.
 *
 * `min_{p sure} gain_p ≤ Σ_p μ_p gain_p ≤ Σ_p μ_p F_p + Σ_{free issues} max_o Σ_p μ_p gain_p(o)`,
 * where F_p is party p's gain from the decided issues (with optimistic interaction terms).
 */
import { gainsByOption } from './gainsByOption.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Weight-refining steps per node. Measured: 4 or 16 steps were slower overall than 8. @category search */
export const NODE_STEPS = 8
/** Initial step of the multiplicative weights (then / √step); tuned on 10 × 30 ladder-like scenarios. */
const ETA = 1.5

/**
 * A node refiner: the lowest bound on the first objective it found for the subtree (it
 * stops as soon as the bound drops to `stopAt`). `decided` is each party's gain from the
 * decided issues, `upper` each party's upper bound in the subtree. @category search
 */
export type NodeRefiner = ((
  depth: number,
  decided: Float64Array,
  sure: (p: number) => boolean,
  upper: Float64Array,
  stopAt: number,
) => number) & {
  /**
   * Option visits spent so far, where a refiner's calls cost far more than a node (the sum's
   * decomposition: 0.3-40 ms a node on the regional rungs against 1-15 µs for a plain one);
   * the engine charges them to the node budget (`VISITS_PER_NODE`).
   */
  readonly work?: () => number
}

/**
 * Creates the max-min refiner for a problem and plan, with μ warm starts per depth.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const mmPlan = planSearch(mm, 200) // decides housing first, then road
 * const refine = maxminRefiner(mm, mmPlan, mmPlan.bounds[0].partyWeight)
 * // Housing west decided (A +3, B -1): the best deal below (road via-b) has min gain 2
 * refine(1, Float64Array.of(3, -1), () => true, Float64Array.of(3, 3), 2 - 1e-9) >= 2 // => true
 * // Housing east decided (A -1, B +1): no road lifts A to 2, so the node is pruned
 * refine(1, Float64Array.of(-1, 1), () => true, Float64Array.of(-1, 5), 2 - 1e-9) < 2 // => true
 * @category search
 */
export const maxminRefiner = (problem: SearchProblem, plan: SearchPlan, rootMu: Float64Array): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N, offsets } = c
  // Option-major copy of the gains: the inner loops walk the parties of one option.
  const byOption = gainsByOption(c)
  const muAt = new Float64Array((N + 1) * P)
  const mu = new Float64Array(P)
  const grad = new Float64Array(P)
  const { order, children } = plan
  const openOptions = openOptionCounts(children)
  let visits = 0
  const refine: NodeRefiner = (depth, decided, sure, _upper, stopAt) => {
    let total = 0
    for (let p = 0; p < P; p++) {
      const from = depth > 0 ? muAt[(depth - 1) * P + p]! : rootMu[p]!
      mu[p] = sure(p) ? Math.max(from, 1e-9) : 0
      total += mu[p]!
    }
    if (total === 0) return Infinity
    for (let p = 0; p < P; p++) mu[p] = mu[p]! / total
    let lowest = Infinity
    for (let step = 0; step < NODE_STEPS; step++) {
      visits += P * openOptions[depth]!
      let value = 0
      for (let p = 0; p < P; p++) {
        grad[p] = decided[p]!
        value += mu[p]! * decided[p]!
      }
      for (let d = depth; d < N; d++) {
        const base = offsets[order[d]!]!
        let top = -Infinity
        let arg = 0
        for (const o of children[d]!) {
          const row = (base + o) * P
          let w = 0
          for (let p = 0; p < P; p++) w += mu[p]! * byOption[row + p]!
          if (w > top) {
            top = w
            arg = row
          }
        }
        value += top
        for (let p = 0; p < P; p++) grad[p] = grad[p]! + byOption[arg + p]!
      }
      lowest = Math.min(lowest, value)
      if (value <= stopAt) break
      // Move weight towards the parties the relaxed deal serves worst.
      let lo = Infinity
      let hi = -Infinity
      for (let p = 0; p < P; p++) {
        if (mu[p] === 0) continue
        lo = Math.min(lo, grad[p]!)
        hi = Math.max(hi, grad[p]!)
      }
      const spread = hi - lo
      if (!(spread > 0)) break
      const eta = ETA / Math.sqrt(step + 1)
      total = 0
      for (let p = 0; p < P; p++) {
        if (mu[p] === 0) continue
        mu[p] = Math.max(mu[p]! * Math.exp((-eta * (grad[p]! - lo)) / spread), 1e-12)
        total += mu[p]!
      }
      for (let p = 0; p < P; p++) mu[p] = mu[p]! / total
    }
    for (let p = 0; p < P; p++) muAt[depth * P + p] = mu[p]!
    return lowest
  }
  return Object.assign(refine, { work: () => visits })
}

/**
 * The Nash refiner: tangent bounds `ln(g/s) ≤ ln(a/s) + g/a − 1` for the parties sure to take
 * part, with the tangent points a moved towards the relaxed deal's gains (warm-started from
 * the parent's); parties that may join add at most `max(0, ln(upper/s))` each.
 * @example
 * nashRefiner(problem, plan)(12, decided, sure, upper, incumbent - 1e-9)
 * @category search
 */
export const nashRefiner = (problem: SearchProblem, plan: SearchPlan): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N, offsets } = c
  const scale = problem.nashScale
  const byOption = gainsByOption(c)
  const aAt = new Float64Array((N + 1) * P)
  const a = new Float64Array(P)
  const w = new Float64Array(P)
  const relaxed = new Float64Array(P)
  const { order, children } = plan
  const openOptions = openOptionCounts(children)
  let visits = 0
  const refine: NodeRefiner = (depth, decided, sure, upper, stopAt) => {
    let outside = 0
    let any = false
    for (let p = 0; p < P; p++) {
      if (sure(p)) {
        any = true
        const from = depth > 0 ? aAt[(depth - 1) * P + p]! : 0
        a[p] = from > 0 ? from : Math.max(upper[p]! / 2, 1e-6 * scale[p]!)
      } else {
        a[p] = 0
        if (upper[p]! > 0) outside += Math.max(0, Math.log(upper[p]! / scale[p]!))
      }
    }
    if (!any) return Infinity
    let lowest = Infinity
    for (let step = 0; step < NODE_STEPS; step++) {
      visits += P * openOptions[depth]!
      let value = outside
      for (let p = 0; p < P; p++) {
        if (a[p] === 0) continue
        w[p] = 1 / a[p]!
        value += Math.log(a[p]! / scale[p]!) - 1 + decided[p]! * w[p]!
        relaxed[p] = decided[p]!
      }
      for (let d = depth; d < N; d++) {
        const base = offsets[order[d]!]!
        let top = -Infinity
        let arg = 0
        for (const o of children[d]!) {
          const row = (base + o) * P
          let x = 0
          for (let p = 0; p < P; p++) if (a[p] !== 0) x += w[p]! * byOption[row + p]!
          if (x > top) {
            top = x
            arg = row
          }
        }
        value += top
        for (let p = 0; p < P; p++) if (a[p] !== 0) relaxed[p] = relaxed[p]! + byOption[arg + p]!
      }
      lowest = Math.min(lowest, value)
      if (value <= stopAt) break
      for (let p = 0; p < P; p++) if (a[p] !== 0) a[p] = Math.max(0.5 * a[p]! + 0.5 * relaxed[p]!, 1e-6 * scale[p]!)
    }
    for (let p = 0; p < P; p++) aAt[depth * P + p] = a[p]!
    return lowest
  }
  return Object.assign(refine, { work: () => visits })
}

/** `counts[d]`: the child options at depths ≥ d (what one relaxation step reads per party). @category search */
export const openOptionCounts = (children: SearchPlan['children']): Float64Array => {
  const counts = new Float64Array(children.length + 1)
  for (let d = children.length - 1; d >= 0; d--) counts[d] = counts[d + 1]! + children[d]!.length
  return counts
}
