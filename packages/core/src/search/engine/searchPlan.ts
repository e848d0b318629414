/**
 * The static part of a branch and bound: in which order issues are decided, in which order
 * their options are tried, and the precomputed "most that is still to come" sums that make
 * every bound a constant-time lookup. Decided once at the root.
 *
 * Issue order: the relaxation's most decided issues first (largest gap between the best and
 * second-best option weight), the contested ones last. Decided issues then form a single
 * chain with one surviving child each, and the branching happens deep in the tree where
 * almost everything is fixed and the per-party bounds are tight. Measured on the benchmark
 * ladder this beats the reverse order by orders of magnitude (see docs/search.md).
 */
import {
  maxminRelaxation,
  nashRelaxation,
  sumRelaxation,
  type LinearBound,
  type RootRelaxation,
} from './linearBounds.js'
import { neverStopped, type Stopped } from './budget.js'
import { runToEnd } from './steps.js'
import type { SearchProblem } from './SearchProblem.js'

/** Largest issue count for which \`topGain\` is built. @category search */
export const TOP_GAIN_MAX_ISSUES = 120

/** A linear bound with its suffix sums over the issue order. @category search */
export interface PlannedBound extends LinearBound {
  /** `rest[d]`: Σ over issues at depth ≥ d of the largest weight among their options. */
  readonly rest: Float64Array
}

/** The static plan of a branch and bound. @category search */
export interface SearchPlan {
  /** Issue index at each depth. */
  readonly order: Int32Array
  /** Options to try at each depth, best first (the status quo among them unless the issue must change). */
  readonly children: readonly Int32Array[]
  /** `restGain[d * P + p]`: the most party p can still gain from issues at depth ≥ d. */
  readonly restGain: Float64Array
  /**
   * \`topGain[(d * P + p) * (N + 1) + j]\`: the most party p can gain from at most j changes
   * among the issues at depth ≥ d (its j largest positive option gains). Tighter than
   * \`restGain\` when few changes are left (\`maxChanges\`, or \`fewest\` with an incumbent).
   * Undefined for more than \`TOP_GAIN_MAX_ISSUES\` issues (memory grows with N²).
   */
  readonly topGain: Float64Array | undefined
  /** \`canJoin[d * P + p]\`: some issue at depth ≥ d can change to an option p takes part in. */
  readonly canJoin: Uint8Array
  /** Distinct policy domains among the changeable issues at depth ≥ d. */
  readonly domainsAhead: Int32Array
  /** Issues that must change at depth ≥ d. */
  readonly mustChangeAhead: Int32Array
  /** `restDomain[(d * P + p) * D + k]`: the most p can still gain in domain k (only with domain floors). */
  readonly restDomain: Float64Array | undefined
  /** One linear bound per objective (undefined where none applies). */
  readonly bounds: readonly (PlannedBound | undefined)[]
  /** Choice vectors the relaxations suggested, to try before searching. */
  readonly candidates: readonly Int32Array[]
  /**
   * Covering bound for the number of changes (with \`fewest\`): weights μ on the parties in
   * every deal; a valid deal has \`Σ μ_p gain_p ≥ required\`, and each changed issue adds at
   * most its largest weighted option gain, so at least as many changes are needed as it
   * takes the largest of those to reach \`required\`. \`prefix[d][j]\`: the sum of the j
   * largest such gains among issues at depth ≥ d.
   */
  readonly cover:
    | {
        readonly weight: Float64Array
        readonly partyWeight: Float64Array
        readonly required: number
        readonly prefix: readonly Float64Array[]
      }
    | undefined
  /** The least gain every valid deal gives each party (used by the relaxations). */
  readonly lowest: Float64Array
  /** Per depth: the stakeholders of the issue there (empty when it cannot change). */
  readonly changeStakeholders: readonly Int32Array[]
  /** Per depth: 1 when the issue there can change. */
  readonly changeableAt: Uint8Array
  /**
   * With payments under Nash: the money-weighted gain total `Σ_q gain_q / moneyValue_q` over
   * the money-valuing parties, the budget that balanced payments conserve (see paymentNash.ts):
   * `weight` per option, `rest[d]` the sum over depths ≥ d of each issue's largest weight.
   */
  readonly moneyBudget: { readonly weight: Float64Array; readonly rest: Float64Array } | undefined
}

/**
 * Plans a branch and bound for a problem. `relaxationIterations` = 0 skips the Lagrangian
 * bounds (the per-party bounds remain).
 * @example
 * // road first: its best option beats the next by 3 (A -1, B +4), housing's by 2
 * planSearch(problemOf(scenario), 200).order // => Int32Array [0, 1]
 * @category search
 */
export const planSearch = (problem: SearchProblem, relaxationIterations: number): SearchPlan =>
  runToEnd(planSearchSteps(problem, relaxationIterations))

/**
 * Passes over parties × options the plan makes after its relaxations (orders, suffix sums,
 * stakeholder lists), in units of its first pass (the optimistic gains): measured on the
 * 200 × 500 region at 2-4, with a margin. @category search
 */
export const PLAN_PASSES_AFTER_RELAXATIONS = 6

/**
 * `planSearch` step by step, yielding during the relaxations; their iterations end at the
 * `performance.now()` time `until` (a budget's share for planning), and early enough that
 * the whole plan is done by `deadline`: the plan times its first pass over parties × options
 * and leaves `PLAN_PASSES_AFTER_RELAXATIONS` of them for the work after the relaxations, so
 * the estimate follows the machine's speed and load.
 * @example
 * runToEnd(planSearchSteps(problemOf(scenario), 200)).order // => Int32Array [0, 1]
 * @category search
 */
export function* planSearchSteps(
  problem: SearchProblem,
  relaxationIterations: number,
  until = Infinity,
  deadline = Infinity,
  stopped: Stopped = neverStopped,
): Generator<void, SearchPlan> {
  const { c, choosable } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const slack = problem.tolerance / 2
  const lowest = new Float64Array(P)
  for (let p = 0; p < P; p++)
    lowest[p] = problem.alwaysParticipant[p] ? problem.need[p]! - slack : -c.lossBound[p]! - problem.tolerance - slack
  // Relaxations bound issue gains only: with payments, money moves gains between parties.
  const relax = !problem.payments && relaxationIterations > 0
  const optimistic = new Float64Array(P)
  const passStarted = globalThis.performance.now()
  for (let p = 0; p < P; p++) {
    for (let i = 0; i < N; i++) {
      let top = 0
      for (let o = 0; o < c.optionCount[i]!; o++)
        if (choosable[offsets[i]! + o]) top = Math.max(top, gain[p * T + offsets[i]! + o]!)
      optimistic[p] = optimistic[p]! + top
    }
  }
  const passMs = globalThis.performance.now() - passStarted
  const relaxUntil = Math.min(until, deadline - PLAN_PASSES_AFTER_RELAXATIONS * passMs)
  const relaxations: (RootRelaxation | undefined)[] = []
  for (const objective of problem.objectives) {
    if (!relax || objective === 'fewest') relaxations.push(undefined)
    else if (objective === 'sum')
      relaxations.push(yield* sumRelaxation(problem, lowest, relaxationIterations, relaxUntil, stopped))
    else if (objective === 'maxmin')
      relaxations.push(
        yield* maxminRelaxation(problem, problem.alwaysParticipant, relaxationIterations, relaxUntil, stopped),
      )
    else
      relaxations.push(
        yield* nashRelaxation(
          problem,
          problem.alwaysParticipant,
          optimistic.map((x) => x / 2),
          relaxationIterations,
          relaxUntil,
          stopped,
        ),
      )
  }
  let cover: SearchPlan['cover']
  let coverCandidates: readonly Int32Array[] = []
  if (relax && problem.objectives.includes('fewest')) {
    const k = problem.objectives.indexOf('maxmin')
    const known = k >= 0 ? relaxations[k] : undefined
    const found =
      known ?? (yield* maxminRelaxation(problem, problem.alwaysParticipant, relaxationIterations, relaxUntil, stopped))
    coverCandidates = known === undefined ? found.candidates : []
    if (found.bound !== undefined) {
      let required = 0
      for (let p = 0; p < P; p++) required += found.bound.partyWeight[p]! * lowest[p]!
      cover = { weight: found.bound.weight, partyWeight: found.bound.partyWeight, required, prefix: [] }
    }
  }
  // Order and child order follow the first objective's weights, or plain scaled gains.
  let weight = relaxations[0]?.bound?.weight
  if (weight === undefined) {
    weight = new Float64Array(T)
    for (let p = 0; p < P; p++)
      for (let k = 0; k < T; k++) weight[k] = weight[k]! + gain[p * T + k]! / problem.nashScale[p]!
  }
  const w = weight
  const fewestFirst = problem.objectives[0] === 'fewest'
  const options = (i: number): number[] => {
    const list: number[] = []
    for (let o = 0; o < c.optionCount[i]!; o++)
      if (choosable[offsets[i]! + o] && !(problem.mustChange[i] && o === c.statusQuo[i])) list.push(o)
    const sq = c.statusQuo[i]!
    return list.sort(
      (a, b) =>
        (fewestFirst ? Number(b === sq) - Number(a === sq) : 0) || w[offsets[i]! + b]! - w[offsets[i]! + a]! || a - b,
    )
  }
  const gap = (i: number): number => {
    const values = options(i)
      .map((o) => w[offsets[i]! + o]!)
      .sort((a, b) => b - a)
    return values.length < 2 ? Infinity : values[0]! - values[1]!
  }
  const gaps = Array.from({ length: N }, (_, i) => gap(i))
  const order = Int32Array.from(Array.from({ length: N }, (_, i) => i).sort((a, b) => gaps[b]! - gaps[a]! || a - b))
  const children = Array.from(order, (i) => Int32Array.from(options(i)))

  const restGain = new Float64Array((N + 1) * P)
  const canJoin = new Uint8Array((N + 1) * P)
  const domainsAhead = new Int32Array(N + 1)
  const mustChangeAhead = new Int32Array(N + 1)
  const D = c.domainIds.length
  const restDomain = c.hasDomainFloors ? new Float64Array((N + 1) * P * D) : undefined
  const seenDomains = new Set<number>()
  for (let d = N - 1; d >= 0; d--) {
    const i = order[d]!
    const list = children[d]!
    const changeable = list.some((o) => o !== c.statusQuo[i])
    if (changeable) seenDomains.add(c.domainOf[i]!)
    domainsAhead[d] = seenDomains.size
    mustChangeAhead[d] = mustChangeAhead[d + 1]! + (problem.mustChange[i] ? 1 : 0)
    for (let p = 0; p < P; p++) {
      let top = -Infinity
      for (const o of list) top = Math.max(top, gain[p * T + offsets[i]! + o]!)
      restGain[d * P + p] = restGain[(d + 1) * P + p]! + top
      canJoin[d * P + p] =
        canJoin[(d + 1) * P + p]! ||
        (changeable && list.some((o) => o !== c.statusQuo[i] && c.optionStakeholder[(offsets[i]! + o) * P + p]) ? 1 : 0)
      if (restDomain !== undefined) {
        for (let k = 0; k < D; k++) restDomain[(d * P + p) * D + k] = restDomain[((d + 1) * P + p) * D + k]!
        restDomain[(d * P + p) * D + c.domainOf[i]!] = restDomain[(d * P + p) * D + c.domainOf[i]!]! + top
      }
    }
  }
  const bounds = relaxations.map((r): PlannedBound | undefined => {
    const b = r?.bound
    if (b === undefined) return undefined
    const rest = new Float64Array(N + 1)
    for (let d = N - 1; d >= 0; d--) {
      let top = -Infinity
      for (const o of children[d]!) top = Math.max(top, b.weight[offsets[order[d]!]! + o]!)
      rest[d] = rest[d + 1]! + top
    }
    return { ...b, rest }
  })
  let topGain: Float64Array | undefined
  // Only worth building when few changes may be left: under maxChanges, or with fewest.
  if (N <= TOP_GAIN_MAX_ISSUES && (problem.maxChanges < N || problem.objectives.includes('fewest'))) {
    topGain = new Float64Array((N + 1) * P * (N + 1))
    const row: number[] = []
    for (let d = 0; d <= N; d++) {
      for (let p = 0; p < P; p++) {
        row.length = 0
        for (let e = d; e < N; e++) {
          const i = order[e]!
          let top = 0
          for (const o of children[e]!) top = Math.max(top, gain[p * T + offsets[i]! + o]!)
          row.push(top)
        }
        row.sort((a, b) => b - a)
        const base = (d * P + p) * (N + 1)
        for (let j = 0; j < N; j++) topGain[base + j + 1] = topGain[base + j]! + (row[j] ?? 0)
      }
    }
  }
  const candidates = [...relaxations.flatMap((r) => r?.candidates ?? []), ...coverCandidates]
  if (cover !== undefined) {
    const prefix: Float64Array[] = []
    for (let d = 0; d <= N; d++) {
      const best: number[] = []
      for (let e = d; e < N; e++) {
        const i = order[e]!
        let top = 0
        for (const o of children[e]!) if (o !== c.statusQuo[i]) top = Math.max(top, cover.weight[offsets[i]! + o]!)
        best.push(top)
      }
      best.sort((a, b) => b - a)
      const sums = new Float64Array(best.length + 1)
      best.forEach((x, j) => (sums[j + 1] = sums[j]! + x))
      prefix.push(sums)
    }
    cover = { ...cover, prefix }
  }
  const moneyBudget =
    problem.payments && problem.objectives.includes('nash') ? moneyBudgetOf(problem, order, children) : undefined
  const changeableAt = Uint8Array.from(order, (i, d) => (children[d]!.some((o) => o !== c.statusQuo[i]) ? 1 : 0))
  const changeStakeholders = Array.from(order, (i, d) =>
    changeableAt[d]
      ? Int32Array.from({ length: P }, (_, p) => p).filter((p) => c.stakeholder[i * P + p] === 1)
      : new Int32Array(0),
  )
  return {
    order,
    children,
    restGain,
    canJoin,
    domainsAhead,
    mustChangeAhead,
    restDomain,
    bounds,
    candidates,
    lowest,
    cover,
    topGain,
    changeStakeholders,
    changeableAt,
    moneyBudget,
  }
}

/** The plan's `moneyBudget`: weights on the flat option axis and their suffix maxima. */
const moneyBudgetOf = (
  problem: SearchProblem,
  order: Int32Array,
  children: readonly Int32Array[],
): SearchPlan['moneyBudget'] => {
  const { c, moneyValue } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const weight = new Float64Array(T)
  for (let p = 0; p < P; p++) {
    if (!(moneyValue[p]! > 0)) continue
    for (let k = 0; k < T; k++) weight[k] = weight[k]! + gain[p * T + k]! / moneyValue[p]!
  }
  const rest = new Float64Array(N + 1)
  for (let d = N - 1; d >= 0; d--) {
    let top = -Infinity
    for (const o of children[d]!) top = Math.max(top, weight[offsets[order[d]!]! + o]!)
    rest[d] = rest[d + 1]! + top
  }
  return { weight, rest }
}
