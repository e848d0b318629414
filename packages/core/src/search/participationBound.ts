/**
 * A Lagrangian test for max-min when parties join deals issue by issue. A deal that beats
 * the incumbent's value v ≥ 0 gives every participant at least v and every outsider at least
 * −tol, so for any weights μ ≥ 0 (Σ μ = 1):
 *
 *   Σ_p μ_p gain_p ≥ v · Σ_{p participant} μ_p − tol.
 *
 * Participation is "some changed issue has p as stakeholder". Spreading each party's v·μ_p
 * over the n_p open issues it has a say on (a party that joins through several of them
 * pays no more than once) gives every changed open issue a participation cost
 * `v · Σ_{q its stakeholders, not yet in} μ_q / n_q`. Then the largest
 * `Σ_p μ_p (decided gain_p) − v Σ_{p already in} μ_p + Σ_{open issues} max(0 for the status
 * quo, max_o Σ_p μ_p gain_p(o) − cost)` must be at least −tol, or no deal below beats v.
 * Separable by issue, so cheap; multiplicative-weights steps on μ look for a proof.
 */
import type { NodeRefiner } from './nodeRelaxation.js'
import { NODE_STEPS } from './nodeRelaxation.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/**
 * Creates the participation test; as a refiner it answers −Infinity when it proves that no
 * deal below reaches `stopAt`, and Infinity otherwise.
 * @example
 * participationRefiner(problem, plan)(4, decided, sure, upper, 1.8) // => -Infinity: prune
 * @category search
 */
export const participationRefiner = (problem: SearchProblem, plan: SearchPlan): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, statusQuo, stakeholder } = c
  const { order, children } = plan
  const byOption = new Float64Array(T * P)
  for (let p = 0; p < P; p++) for (let k = 0; k < T; k++) byOption[k * P + p] = gain[p * T + k]!
  const stakeAt = Array.from(order, (i) => Int32Array.from({ length: P }, (_, p) => p).filter((p) => stakeholder[i * P + p] === 1))
  const changeable = Array.from(order, (i, d) => children[d]!.some((o) => o !== statusQuo[i]))
  const muAt = new Float64Array((N + 1) * P)
  const mu = new Float64Array(P)
  const grad = new Float64Array(P)
  const share = new Float64Array(P)
  const tol = problem.tolerance
  return (depth, decided, sure, _upper, stopAt) => {
    const v = stopAt
    if (!(v >= 0) || !Number.isFinite(v)) return Infinity
    share.fill(0)
    for (let d = depth; d < N; d++) if (changeable[d]) for (const q of stakeAt[d]!) if (!sure(q)) share[q] = share[q]! + 1
    for (let p = 0; p < P; p++) share[p] = share[p]! > 0 ? 1 / share[p]! : 0
    let total = 0
    for (let p = 0; p < P; p++) {
      mu[p] = depth > 0 && muAt[(depth - 1) * P + p]! > 0 ? muAt[(depth - 1) * P + p]! : 1
      total += mu[p]!
    }
    for (let p = 0; p < P; p++) mu[p] = mu[p]! / total
    let proven = false
    for (let step = 0; step < NODE_STEPS && !proven; step++) {
      let value = 0
      for (let p = 0; p < P; p++) {
        grad[p] = decided[p]! - (sure(p) ? v : 0)
        value += mu[p]! * grad[p]!
      }
      for (let d = depth; d < N; d++) {
        const i = order[d]!
        const base = offsets[i]!
        let cost = 0
        for (const q of stakeAt[d]!) if (!sure(q)) cost += mu[q]! * share[q]!
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
        if (arg !== statusQuo[i]) {
          const row = (base + arg) * P
          for (let p = 0; p < P; p++) grad[p] = grad[p]! + byOption[row + p]!
          for (const q of stakeAt[d]!) if (!sure(q)) grad[q] = grad[q]! - v * share[q]!
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
    }
    for (let p = 0; p < P; p++) muAt[depth * P + p] = mu[p]!
    return proven ? -Infinity : Infinity
  }
}
