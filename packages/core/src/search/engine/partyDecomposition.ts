/**
 * A bound for the largest total gain by Lagrangian decomposition per party, stronger than
 * the MILP's LP relaxation. Measured on the regional ladder: the LP relaxation of
 * @mandjes/highs's model is 15.95 on r05 (optimum 14.39) and 33.76 on r08 (28.93), barely
 * below the per-issue linear bound; HiGHS proves these at its root node with cuts, not with
 * the LP. The cuts that matter say what one party can accept over its own few issues, which
 * is what this bound enumerates exactly.
 *
 * Measured with HiGHS solving this decomposition's LP exactly (its copies' convex hulls added
 * to the MILP's LP relaxation, `bench/regional/sumHullLp.ts --floors`): r05 14.44, r07 13.55,
 * r08 30.37 (optima 14.39, 11.87, 28.93; LP relaxation 15.95, 17.98, 33.76).
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
 * proves the node empty. At the root, coordinate sweeps (copySweeps.ts) and then subgradient
 * steps move π; every π is valid, so the steps may stop anywhere. The root's best π (with the
 * shared parties' multipliers) is kept: every node evaluates the bound once with it, and the
 * root's probe (optionProbing.ts) rules out the options whose forced bound is below the
 * incumbent. Each evaluation costs the parties' combinations plus the open options.
 *
 * Floating point: the result is raised by 1e-9 times the sum of the magnitudes of its terms,
 * far above the rounding error of the additions it takes.
 */
import { copySweeps } from './copySweeps.js'
import { optionProbing } from './optionProbing.js'
import { joinersByDepth } from './joiners.js'
import { partyCopies } from './partyCopies.js'
import { sharedPartyTerms } from './sharedPartyTerms.js'
import type { NodeRefiner } from './nodeRelaxation.js'
import type { pairAgreement } from './pairAgreement.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Most option combinations a party's own copy may have; larger scopes go to the shared part. @category search */
export const CONFIG_LIMIT = 4096
/**
 * Steps at a node and at the first call (the root). A node evaluates the bound once, with
 * the root's best multipliers: measured (10 s budgets, load 5-11) r05_m proved in 6.5 s this
 * way and not within 10 s with 8 subgradient steps per node warm-started from the last node
 * (or from the root's), which drift far from the root's multipliers (bounds of 10^3-10^6 on
 * r07's nodes); r06_c proved either way (1.9-3.9 s and 3.7 s). @category search
 */
export const DECOMPOSITION_STEPS = { node: 1, root: 3000 } as const
/**
 * Most coordinate sweeps (copySweeps.ts) the root starts with, before its subgradient steps;
 * they end sooner after `SWEEP_STALL` sweeps without a 0.01% improvement, and after
 * `ROOT_WORK` visits (a sweep visits each copy once per issue of its scope: 27 sweeps on r13).
 * Under a budget the clock ends them as it ends the steps, after the first `SWEEP_STALL`.
 * Measured on r05 without a target: 14.92 with the subgradient steps alone, 14.46 after 12
 * sweeps (0.3 s).
 */
const ROOT_SWEEPS = 100
/** Sweeps without a 0.01% improvement after which the root goes on with subgradient steps. */
const SWEEP_STALL = 3
/**
 * Step scale of the subgradient steps after the sweeps (1 before them): Polyak's full length
 * threw r07's bound from 15.35 to 31.37 in one step, and the steps a 10 s budget leaves did not
 * bring it back (root 15.35 with 1, 14.57 with 0.01).
 */
const RHO_AFTER_SWEEPS = 0.01
/**
 * Fewest open issues at which a node is refined. Measured on r01-r03 (8-13 parties): refining
 * every node made the proofs 3-6 times slower than the static bounds alone.
 */
export const MIN_OPEN = 6
/**
 * Fewest issues for which the search uses this bound. Measured (same load, 10 s budgets):
 * r03 (13 × 21) proved in 4.5 s with it and 1.7 s without, r04 (20 × 38) 4.1 s and 3.0 s;
 * from r05 (25 × 47) up only this bound proves. @category search
 */
export const DECOMPOSITION_MIN_ISSUES = 40
/**
 * Work (option visits) the root's steps may take in all: about 0.5 s on a quiet core. The
 * subgradient converges slowly, and the root's π warm-starts every node: measured with
 * bench/regional/compareSum.ts (10 s budgets, load 3-6), 10^7 → 10^8 lowered the root bound
 * of r05 15.51 → 15.20, r07 16.41 → 15.97, r08 32.33 → 31.15, r10 52.71 → 52.23, r11 83.91 →
 * 83.30; 3 × 10^8 changed none of them (the steps stall first). Under a time budget the
 * root's steps past the first `ROOT_WORK_SURE` end at `ROOT_SHARE` of the budget left (`rootUntil`), so
 * that a loaded machine does not spend the budget here (at load ~25, 3 × 10^7 uncut made r11
 * return after 14.2 s on a 10 s budget).
 */
const ROOT_WORK = 1e8
/** Work the root's steps take whatever the budget (what they took before `ROOT_WORK` grew). */
const ROOT_WORK_SURE = 1e7
/** Share of the budget left at the first call that the root's steps beyond `ROOT_WORK_SURE` may take. */
const ROOT_SHARE = 0.25
/** Steps without a 0.01% improvement after which a node's (or the root's) steps end. */
const STALL_STEPS = 40
/** Relative safety margin on the bound (see the file comment). */
const MARGIN = 1e-9

/**
 * Creates the sum refiner: the lowest bound on the total gain it finds for the node's subtree
 * (−Infinity when some party has no valid copy). `configLimit`, `minOpen`: see `CONFIG_LIMIT`, `MIN_OPEN`;
 * `rootUntil`: when (a `performance.now()` time) the search's budget ends, read at the first call;
 * `pairs`: when given (`pairAgreement`), copies also agree on pairs of issues two of them share
 * (pairAgreement.ts). It is passed in rather than imported because no search turns it on: a
 * bundle of `findDeal` then leaves it out;
 * `domainDecided`: the node's decided gain per party and domain (`NodeState.domainFixed`), which
 * holds the copies to their domain floors below the root (partyCopies.ts).
 * @example
 * const refine = partyDecompositionRefiner(problem, plan)
 * refine(0, new Float64Array(2), () => true, Float64Array.of(3, 4), 5) >= 5 // => true: never below the optimum, 5
 * @category search
 */
export const partyDecompositionRefiner = (
  problem: SearchProblem,
  plan: SearchPlan,
  configLimit = CONFIG_LIMIT,
  minOpen = MIN_OPEN,
  rootUntil: () => number = () => Infinity,
  pairs?: typeof pairAgreement,
  domainDecided?: Float64Array,
): NodeRefiner & { readonly ruledOut: Uint8Array } => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const { order, children } = plan
  const joiners = joinersByDepth(problem, plan)
  const copies = partyCopies(problem, plan, joiners, domainDecided)
  const { scope, entryAt, eGain, atDepth, copy, bestCopy } = copies
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
  // Every π is valid, but a far target (a weak incumbent) makes steps overshoot from node to
  // node; r07 and r08 reached π ~ 1e9 and a NaN pruned their optima. π stays within
  // ± twice the largest total |gain| of any party, a scale no useful multiplier exceeds.
  let piCap = 0
  const absRest = new Float64Array((N + 1) * P)
  for (let d = N - 1; d >= 0; d--)
    for (let p = 0; p < P; p++) {
      let top = 0
      for (const o of children[d]!) top = Math.max(top, Math.abs(gain[p * T + offsets[order[d]!]! + o]!))
      absRest[d * P + p] = absRest[(d + 1) * P + p]! + top
    }
  for (let p = 0; p < P; p++) piCap = Math.max(piCap, 2 * absRest[p]!)
  const own = problem.ownTolerance
  const exact = new Uint8Array(P)
  const shared = new Uint8Array(P)
  const sureNow = { current: (_p: number): boolean => false }
  const terms = sharedPartyTerms(problem, plan, shared, sureNow, rootWeight, joiners)
  const sweep = copySweeps(problem, plan, copies, terms, piCap)
  const probe = optionProbing(problem, plan, copies, terms)
  const ruledOut = new Uint8Array(T)
  // The root's best π so far (nodes start from it); the starting π until the root improves on it.
  const bestPi = Float64Array.from(pi)
  const real = new Int32Array(N)
  const picked = new Int32Array(N)
  let first = true
  // The root's steps shrink with the work of one step, so that they take a bounded share of a
  // budget on the largest regions (deterministically: the same problem gets the same steps).
  let work = 0
  let sweepWork = 0
  for (let p = 0; p < P; p++) {
    let combinations = 1
    for (const d of scope[p]!) if ((combinations *= children[d]!.length) > configLimit) break
    if (combinations <= configLimit) {
      work += combinations * scope[p]!.length
      // A sweep enumerates a copy once per issue of its scope.
      sweepWork += combinations * scope[p]!.length * scope[p]!.length
    }
  }
  for (let d = 0; d < N; d++) work += atDepth[d]!.length * children[d]!.length
  // Pairs of issues two exact copies share (pairAgreement.ts): only parties exact at the root.
  const exactAtRoot = Uint8Array.from(scope, (depths) => {
    let combinations = 1
    for (const d of depths) if ((combinations *= children[d]!.length) > configLimit) return 0
    return 1
  })
  const agreement = pairs?.(
    scope,
    entryAt,
    Array.from(children, (l) => l.length),
    copy,
    exactAtRoot,
  )
  const pairTerm = agreement !== undefined && agreement.pairs > 0 ? agreement.term : undefined
  // The sweeps share the root's work with its steps (at least a few sweeps, whatever they cost).
  const rootSweeps = Math.round(Math.min(ROOT_SWEEPS, Math.max(SWEEP_STALL, ROOT_WORK / Math.max(1, sweepWork))))
  const rootSteps = Math.round(Math.min(DECOMPOSITION_STEPS.root, Math.max(30, ROOT_WORK / Math.max(1, work))))
  // The steps the root always takes, deadline or not (the earlier 300 steps or 10^7 visits):
  // a short budget keeps the bound it had.
  const sureSteps = Math.min(rootSteps, Math.round(Math.min(300, Math.max(30, ROOT_WORK_SURE / Math.max(1, work)))))

  // Option visits of every call so far: each step enumerates the exact copies (combinations ×
  // open scope) and the open options of every issue's stakeholders.
  let visits = 0
  const refine: NodeRefiner = (depth, decided, sure, upper, stopAt) => {
    // Below a few open issues the search's own enumeration is cheaper than the steps.
    if (!first && N - depth < minOpen) return Infinity
    sureNow.current = sure
    let magnitude = 1
    let stepVisits = 0
    for (let d = depth; d < N; d++) stepVisits += (atDepth[d]!.length + 1) * children[d]!.length
    for (let p = 0; p < P; p++) {
      let combinations = 1
      let open = 0
      for (const d of scope[p]!) {
        if (d < depth) continue
        open++
        if ((combinations *= children[d]!.length) > configLimit) break
      }
      exact[p] = combinations <= configLimit ? 1 : 0
      if (exact[p]) stepVisits += combinations * open
      shared[p] = 1 - exact[p]!
      magnitude += Math.abs(decided[p]!) + absRest[depth * P + p]! + c.lossBound[p]! + 1.5 * own[p]!
    }
    const steps = first ? rootSweeps + rootSteps : DECOMPOSITION_STEPS.node
    let sweeping = first ? rootSweeps : 0
    if (!first) {
      // Every node starts from the root's best multipliers (DECOMPOSITION_STEPS).
      pi.set(bestPi)
      terms.restore()
    }
    // Every π gives a valid bound, so a deadline may end the root's steps at any point.
    const root = first
    const until = first ? rootUntil() : Infinity
    const now = until !== Infinity ? globalThis.performance.now() : 0
    const stepsUntil = until !== Infinity ? now + ROOT_SHARE * (until - now) : Infinity
    first = false
    let lowest = Infinity
    let rho = 1
    let stalled = 0
    for (let step = 0; step < steps; step++) {
      if (
        stepsUntil !== Infinity &&
        // A sweep costs a step per issue of a copy's scope: the first few are sure, then the
        // clock is read before each.
        (sweeping > 0 ? step >= SWEEP_STALL : step >= sureSteps && (step & 7) === 0) &&
        globalThis.performance.now() >= stepsUntil
      )
        break
      visits += stepVisits
      const constant = terms.begin(depth, decided, upper)
      let bound = constant.value
      let size = magnitude + constant.size
      for (let p = 0; p < P; p++) {
        if (!exact[p]) continue
        const best = bestCopy(p, depth, decided[p]!, sure(p), pi, pairTerm)
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
      else if (sweeping > 0 && ++stalled >= SWEEP_STALL) {
        sweeping = 0
        stalled = 0
        rho = RHO_AFTER_SWEEPS
      } else if (sweeping === 0 && ++stalled >= STALL_STEPS) break
      if (root && bound < lowest) {
        bestPi.set(pi)
        terms.save()
      }
      lowest = Math.min(lowest, bound)
      if (lowest <= stopAt || step === steps - 1) break
      // Subgradient step: a copy that disagrees with the real choice earns less for its own
      // option and more for the real one (Polyak's length towards the target).
      let mismatches = 0
      for (let d = depth; d < N; d++)
        for (const { party, entry } of atDepth[d]!) if (exact[party] && copy[entry]! !== real[d]) mismatches++
      // Each block of multipliers gets its own Polyak length: the copies' steps are ±1 per
      // disagreement, the shared parties' are gains, on another scale (one joint length
      // starved the copies; measured on r05: 31,744 nodes unproved vs 7,418 proved).
      const sharedNorm = terms.norm()
      const pairNorm = pairTerm === undefined ? 0 : agreement!.norm(depth)
      if (mismatches === 0 && !(sharedNorm > 0) && !(pairNorm > 0)) break
      const target = Number.isFinite(stopAt) ? stopAt : lowest - 0.05 * Math.abs(lowest) - problem.tolerance
      const length = mismatches > 0 ? (rho * (bound - target)) / (2 * mismatches) : 0
      const sharedLength = sharedNorm > 0 ? (rho * (bound - target)) / sharedNorm : 0
      // A non-finite length (measured: NaN multipliers on r07) would poison every later node.
      if (!Number.isFinite(length) || !Number.isFinite(sharedLength)) break
      if (sharedNorm > 0 && sweeping === 0) terms.move(sharedLength, step, depth, picked)
      const pairLength = pairNorm > 0 ? (rho * (bound - target)) / (2 * pairNorm) : 0
      if (pairNorm > 0 && Number.isFinite(pairLength)) agreement!.move(pairLength, depth)
      if (sweeping > 0) {
        if (--sweeping === 0) rho = RHO_AFTER_SWEEPS
        if (!sweep(depth, decided, sure, upper, exact, pi, pairTerm)) return -Infinity
        continue
      }
      for (let d = depth; d < N; d++)
        for (const { party, entry } of atDepth[d]!) {
          if (!exact[party] || copy[entry] === real[d]) continue
          pi[entry + copy[entry]!] = Math.max(-piCap, pi[entry + copy[entry]!]! - length)
          pi[entry + real[d]!] = Math.min(piCap, pi[entry + real[d]!]! + length)
        }
      if (bound > lowest) rho = Math.max(rho * 0.7, 0.01)
    }
    if (root && lowest < Infinity && !Number.isNaN(lowest)) {
      // The root's best multipliers: the warm start of every node, and the probe's.
      pi.set(bestPi)
      terms.restore()
      if (depth === 0 && lowest > stopAt) probe(decided, sure, upper, exact, pi, magnitude, stopAt, ruledOut, pairTerm)
    }
    // A NaN (overflow) would prune whatever it touches: then this node gets no refinement.
    return Number.isNaN(lowest) ? Infinity : lowest
  }
  return Object.assign(refine, { work: () => visits, ruledOut })
}
