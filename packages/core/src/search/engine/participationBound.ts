/**
 * A Lagrangian test for max-min when parties join deals issue by issue. A deal that beats
 * the incumbent's value v ≥ 0 gives every participant at least v and every outsider at least
 * −tol, so for any weights μ ≥ 0 (Σ μ = 1):
 *
 *   Σ_p μ_p gain_p ≥ v · Σ_{p participant} μ_p − tol.
 *
 * Participation is "some changed issue has p as stakeholder": z_p ≥ max_i y_i over the open
 * issues i it has a say on (y_i = 1 when i changes), so z_p ≥ Σ_i α_pi y_i for any split
 * α_p ≥ 0 with Σ_i α_pi = 1 (a party that joins through several issues pays no more than
 * once). That gives every changed open issue a participation cost
 * `v · Σ_{q its stakeholders, not yet in} μ_q α_qi`. Then the largest
 * `Σ_p μ_p (decided gain_p) − v Σ_{p already in} μ_p + Σ_{open issues} max(0 for the status
 * quo, max_o Σ_p μ_p gain_p(o) − cost)` must be at least −tol, or no deal below beats v.
 * Separable by issue, so cheap; multiplicative-weights steps on μ look for a proof. The
 * split α starts even (α_pi = 1/n_p) and moves, also by multiplicative weights, towards the
 * issues the relaxed optimum changes: their cost rises, which is the subgradient step of
 * the Lagrangian dual over α (every α gives a valid test, so any step is safe). α and μ are
 * warm-started from the parent node.
 */
import { gainsByOption } from './gainsByOption.js'
import type { NodeRefiner } from './nodeRelaxation.js'
import { NODE_STEPS, openOptionCounts } from './nodeRelaxation.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Step of the multiplicative weights on the participation split (then / √step). */
const ALPHA_ETA = 1

/**
 * Creates the participation test; as a refiner it answers −Infinity when it proves that no
 * deal below reaches `stopAt`, and Infinity otherwise.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const mmPlan = planSearch(mm, 200) // decides housing first, then road
 * // Housing east decided (A -1, B +1): no deal below beats the incumbent min gain 2
 * participationRefiner(mm, mmPlan)(1, Float64Array.of(-1, 1), () => true, Float64Array.of(-1, 5), 2 - 1e-9) // => -Infinity: prune
 * // Housing west decided (A +3, B -1): road via-b still gives both at least 2
 * participationRefiner(mm, mmPlan)(1, Float64Array.of(3, -1), () => true, Float64Array.of(3, 3), 2 - 1e-9) // => Infinity
 * @category search
 */
export const participationRefiner = (problem: SearchProblem, plan: SearchPlan): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N, offsets, statusQuo } = c
  const { order, children } = plan
  const byOption = gainsByOption(c)
  // The plan's stakeholders per depth, empty where the issue cannot change (every use of an
  // entry below is at a depth that can change).
  const { changeStakeholders: stakeAt, changeableAt: changeable } = plan
  // The split is kept per (depth, stakeholder) entry, not per (depth, party): entry
  // start[d] + j is the j-th stakeholder of the issue at depth d. On a 200 × 500 region that
  // is 1,688 entries instead of 100,000, and the saved splits take 7 MB instead of 400.
  const start = new Int32Array(N + 1)
  for (let d = 0; d < N; d++) start[d + 1] = start[d]! + stakeAt[d]!.length
  const S = start[N]!
  const muAt = new Float64Array((N + 1) * P)
  const mu = new Float64Array(P)
  const grad = new Float64Array(P)
  // alphaAt[depth * S + e]: the split of entry e (at an open depth), as left by the node at depth.
  const alphaAt = new Float64Array((N + 1) * S)
  const alpha = new Float64Array(S)
  const mass = new Float64Array(P)
  const changed = new Uint8Array(N)
  const tol = problem.tolerance
  // Option visits so far: each step reads every party's gain on every open option.
  const openOptions = openOptionCounts(children)
  let visits = 0
  const refine: NodeRefiner = (depth, decided, sure, _upper, stopAt) => {
    const v = stopAt
    if (!(v >= 0) || !Number.isFinite(v)) return Infinity
    // The parent's split (even at the root), renormalised over the issues still open.
    mass.fill(0)
    for (let d = depth; d < N; d++) {
      if (!changeable[d]) continue
      const list = stakeAt[d]!
      for (let j = 0, e = start[d]!; j < list.length; j++, e++) {
        const q = list[j]!
        if (sure(q)) continue
        const from = depth > 0 ? alphaAt[(depth - 1) * S + e]! : 0
        alpha[e] = from > 0 ? from : 1
        mass[q] = mass[q]! + alpha[e]!
      }
    }
    const normalise = () => {
      for (let d = depth; d < N; d++) {
        if (!changeable[d]) continue
        const list = stakeAt[d]!
        for (let j = 0, e = start[d]!; j < list.length; j++, e++)
          if (!sure(list[j]!)) alpha[e] = alpha[e]! / mass[list[j]!]!
      }
    }
    normalise()
    let total = 0
    for (let p = 0; p < P; p++) {
      mu[p] = depth > 0 && muAt[(depth - 1) * P + p]! > 0 ? muAt[(depth - 1) * P + p]! : 1
      total += mu[p]!
    }
    for (let p = 0; p < P; p++) mu[p] = mu[p]! / total
    let proven = false
    for (let step = 0; step < NODE_STEPS && !proven; step++) {
      visits += P * openOptions[depth]!
      let value = 0
      for (let p = 0; p < P; p++) {
        // An outsider may lose up to its lossBound: adding it for every party keeps the test valid.
        grad[p] = decided[p]! - (sure(p) ? v : 0) + c.lossBound[p]!
        value += mu[p]! * grad[p]!
      }
      for (let d = depth; d < N; d++) {
        const i = order[d]!
        const base = offsets[i]!
        let cost = 0
        const list = stakeAt[d]!
        if (changeable[d])
          for (let j = 0, e = start[d]!; j < list.length; j++, e++)
            if (!sure(list[j]!)) cost += mu[list[j]!]! * alpha[e]!
        cost *= v
        let top = -Infinity
        let arg = -1
        for (const o of children[d]!) {
          const row = (base + o) * P
          let w = o === statusQuo[i] ? 0 : -cost
          if (o !== statusQuo[i]) for (let p = 0; p < P; p++) w += mu[p]! * byOption[row + p]!
          if (w > top) {
            top = w
            arg = o
          }
        }
        value += top
        changed[d] = arg !== statusQuo[i] ? 1 : 0
        if (arg !== statusQuo[i]) {
          const row = (base + arg) * P
          for (let p = 0; p < P; p++) grad[p] = grad[p]! + byOption[row + p]!
          for (let j = 0, e = start[d]!; j < list.length; j++, e++)
            if (!sure(list[j]!)) grad[list[j]!] = grad[list[j]!]! - v * alpha[e]!
        }
      }
      if (value < -2 * tol) {
        proven = true
        break
      }
      let lo = Infinity
      let hi = -Infinity
      for (let p = 0; p < P; p++) {
        lo = Math.min(lo, grad[p]!)
        hi = Math.max(hi, grad[p]!)
      }
      const spread = hi - lo
      if (!(spread > 0)) break
      const eta = 1.5 / Math.sqrt(step + 1)
      total = 0
      for (let p = 0; p < P; p++) {
        mu[p] = Math.max(mu[p]! * Math.exp((-eta * (grad[p]! - lo)) / spread), 1e-12)
        total += mu[p]!
      }
      for (let p = 0; p < P; p++) mu[p] = mu[p]! / total
      // Shift each party's split towards the issues the relaxed optimum changes.
      mass.fill(0)
      for (let d = depth; d < N; d++) {
        if (!changeable[d]) continue
        const up = changed[d] ? Math.exp(ALPHA_ETA / Math.sqrt(step + 1)) : 1
        const list = stakeAt[d]!
        for (let j = 0, e = start[d]!; j < list.length; j++, e++) {
          const q = list[j]!
          if (sure(q)) continue
          alpha[e] = Math.max(alpha[e]! * up, 1e-12)
          mass[q] = mass[q]! + alpha[e]!
        }
      }
      normalise()
    }
    for (let p = 0; p < P; p++) muAt[depth * P + p] = mu[p]!
    alphaAt.set(alpha.subarray(start[depth]!, S), depth * S + start[depth]!)
    return proven ? -Infinity : Infinity
  }
  return Object.assign(refine, { work: () => visits })
}
