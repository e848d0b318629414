/**
 * The outcome space of a scenario in the exact integer form every analysis runs on.
 *
 * Why integers: a frontier is about equalities and strict inequalities between sums of
 * utilities, and floating-point sums depend on the order of summation (a divide-and-conquer
 * merge adds in another order than an enumeration does). Each party's utility terms are
 * therefore rounded once, term by term, to a binary grid `2^exponent` far finer than the
 * scenario's tolerance (at most 2^-46 of the party's utility range), and from then on every sum
 * is an exact integer (kept in doubles, far below 2^53). Two outcomes tie exactly when their
 * integer vectors are equal, whatever order anything was added in.
 *
 * An issue without a status quo (a required choice) offers its real options only: the
 * compiled form's "not settled" slot is no outcome, since every outcome settles every issue.
 * Gains are measured from the no-agreement point (`noAgreementUtility`), as `compile` measures
 * them: a party whose utility depends on such an issue counts from its reservation utility.
 * So the disagreement point of a game without a status quo is every party's reservation value,
 * and the frontier and the bargaining points need nothing else. The laws:
 * - the no-agreement point has gain vector 0 for every party (with a status quo on every
 *   issue, that is the status-quo outcome; without, it is no outcome at all);
 * - an outcome's gain for a party is the sum of its groups' gains (additivity across groups);
 * - every integer sum stays below 2^53 in magnitude, so no sum is ever rounded.
 */
import { compile, type CompiledScenario } from '../evaluate/compile.js'
import type { Scenario } from '../model/Scenario.js'
import { issueGroups } from './issueGroups.js'
import { meetsTarget, targetTolerance } from '../evaluate/targetTotal.js'
import { invariant } from '../internal/invariant.js'

/**
 * What the analysis measures gains from.
 * - `reservation`: each party's reservation point, the better of its status-quo utility and
 *   its reservation utility; only outcomes every party strictly prefers to it count.
 * - `none`: no reservation; every outcome counts and gains are measured from each party's
 *   worst outcome (the plain Pareto frontier).
 * @category analyze
 */
export type ReferencePoint = 'reservation' | 'none'

/**
 * One group of issues decided together, with every combination of its options that meets
 * the regional targets whose issues lie in it (all combinations when there are none).
 * @category analyze
 */
export interface IssueGroup {
  /** Issue indices of the group, ascending. */
  readonly issues: readonly number[]
  /** Number of option combinations kept. */
  readonly size: number
  /** Whether combinations missing a target were dropped (then `k` is no mixed-radix index). */
  readonly filtered: boolean
  /** `choices[k * issues.length + j]`: option index of issue `issues[j]` in combination k. */
  readonly choices: Int32Array
  /** `gains[k * partyCount + p]`: party p's integer gain for combination k. */
  readonly gains: Float64Array
}

/** @category analyze */
export interface OutcomeSpace {
  readonly _tag: 'OutcomeSpace'
  readonly compiled: CompiledScenario
  readonly reference: ReferencePoint
  readonly partyCount: number
  readonly groups: readonly IssueGroup[]
  /**
   * Options per issue that outcomes choose from: every option, without the compiled form's
   * "not settled" slot on an issue without a status quo. The mixed radix of a group's `k`.
   */
  readonly options: Int32Array
  /** Grid exponent per party: one integer unit is `2^exponent[p]` utility. */
  readonly exponent: Int32Array
  /** The reservation point per party, as an integer gain. */
  readonly floor: Float64Array
  /** An outcome counts only when its integer gain exceeds this (−Infinity for `none`). */
  readonly threshold: Float64Array
}

/** Building the space failed because interacting issues make one group too large. @category analyze */
export interface GroupTooLarge {
  readonly _tag: 'GroupTooLarge'
  readonly issues: readonly number[]
  readonly size: number
}

/** Options of `outcomeSpace`. @category analyze */
export interface OutcomeSpaceOptions {
  readonly reference?: ReferencePoint
  /** Most option combinations one group of interacting issues may have (default 2^20). */
  readonly maxGroupOutcomes?: number
}

const gridBits = (partyCount: number): number => 50 - Math.ceil(Math.log2(Math.max(1, partyCount)))

/**
 * Builds the integer outcome space of a scenario (payments aside: the analysis covers the
 * choices on the issues only).
 * @example
 * const space = outcomeSpace(scenario)
 * space.groups.length // => 2: road and housing share no interaction term, so each is its own group
 * @category analyze
 */
export const outcomeSpace = (scenario: Scenario, options: OutcomeSpaceOptions = {}): OutcomeSpace | GroupTooLarge => {
  const c = compile(scenario)
  const reference = options.reference ?? 'reservation'
  const maxGroup = options.maxGroupOutcomes ?? 2 ** 20
  const P = c.partyCount
  const real = Int32Array.from(c.optionCount, (n, i) => n - c.noStatusQuo[i]!)
  const grouped = issueGroups(c)
  for (const issues of grouped) {
    const size = issues.reduce((n, i) => n * real[i]!, 1)
    if (size > maxGroup) return { _tag: 'GroupTooLarge', issues, size }
  }

  // The grid: the party's largest possible |gain| (plus its floor) fits in gridBits bits.
  const exponent = new Int32Array(P)
  for (let p = 0; p < P; p++) {
    let scale = reference === 'reservation' ? Math.abs(c.requiredGain[p]!) + c.tolerance : 0
    for (let i = 0; i < c.issueCount; i++) {
      let largest = 0
      for (let o = 0; o < real[i]!; o++)
        largest = Math.max(largest, Math.abs(c.gain[p * c.totalOptions + c.offsets[i]! + o]!))
      scale += largest
    }
    for (const t of c.pairs) if (t.party === p) scale += Math.abs(t.value)
    // A range below the gain tolerance is noise by the library's own rule; without this floor,
    // subnormal utilities (fast-check finds 1e-323) would push the grid unit past 2^1023.
    exponent[p] = Math.ceil(Math.log2(Math.max(scale, c.tolerance))) - gridBits(P)
  }
  const unit = Float64Array.from(exponent, (e) => 2 ** -e)
  // Multiplying by a power of two is exact; rounding happens once per term, here.
  const q = (x: number, p: number): number => Math.round(x * unit[p]!)

  const index = new Map(c.issueIds.map((id, i) => [id, i]))
  const targets = (scenario.targets ?? []).map((target) => ({
    target,
    terms: target.terms.map((t) => ({ index: index.get(t.issue)!, weight: t.weight })),
    tolerance: targetTolerance(scenario, target),
  }))
  const groups = grouped.map((issues): IssueGroup => {
    const size = issues.reduce((n, i) => n * real[i]!, 1)
    const choices = new Int32Array(size * issues.length)
    const gains = new Float64Array(size * P)
    const inside = c.pairs.filter((t) => issues.includes(t.issueA))
    const combo = new Int32Array(issues.length)
    for (let k = 0; k < size; k++) {
      choices.set(combo, k * issues.length)
      for (let p = 0; p < P; p++) {
        let g = 0
        issues.forEach((i, j) => (g += q(c.gain[p * c.totalOptions + c.offsets[i]! + combo[j]!]!, p)))
        gains[k * P + p] = g
      }
      for (const t of inside) {
        const chosen = (i: number): number => combo[issues.indexOf(i)]!
        const now = chosen(t.issueA) === t.optionA && chosen(t.issueB) === t.optionB ? 1 : 0
        const before = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB ? 1 : 0
        gains[k * P + t.party] = gains[k * P + t.party]! + q(t.value, t.party) * (now - before)
      }
      // Next combination: the last issue of the group varies fastest.
      for (let j = issues.length - 1; j >= 0; j--) {
        if (++combo[j]! < real[issues[j]!]!) break
        combo[j] = 0
      }
    }
    // Every target lies inside one group (see issueGroups): keep the combinations meeting it.
    const inGroup = targets.filter((t) => t.terms.every((term) => issues.includes(term.index)))
    if (inGroup.length === 0) return { issues, size, choices, gains, filtered: false }
    const kept: number[] = []
    for (let k = 0; k < size; k++) {
      const meets = inGroup.every(({ target, terms, tolerance }) => {
        let total = 0
        for (const term of terms) {
          const o = choices[k * issues.length + issues.indexOf(term.index)]!
          total += term.weight * (c.scenario.issues[term.index]!.options[o]!.quantity ?? 0)
        }
        return meetsTarget(target, total, tolerance)
      })
      if (meets) kept.push(k)
    }
    const keptChoices = new Int32Array(kept.length * issues.length)
    const keptGains = new Float64Array(kept.length * P)
    kept.forEach((k, n) => {
      keptChoices.set(choices.subarray(k * issues.length, (k + 1) * issues.length), n * issues.length)
      keptGains.set(gains.subarray(k * P, (k + 1) * P), n * P)
    })
    return { issues, size: kept.length, choices: keptChoices, gains: keptGains, filtered: true }
  })

  const floor = new Float64Array(P)
  const threshold = new Float64Array(P)
  for (let p = 0; p < P; p++) {
    if (reference === 'reservation') {
      floor[p] = q(c.requiredGain[p]!, p)
      threshold[p] = floor[p]! + c.tolerance * unit[p]!
    } else {
      let worst = 0
      for (const g of groups) {
        let least = Infinity
        for (let k = 0; k < g.size; k++) least = Math.min(least, g.gains[k * P + p]!)
        worst += least
      }
      floor[p] = worst
      threshold[p] = -Infinity
    }
  }
  return {
    _tag: 'OutcomeSpace',
    compiled: c,
    reference,
    partyCount: P,
    groups,
    options: real,
    exponent,
    floor,
    threshold,
  }
}

/**
 * An outcome's integer gain vector, summed over groups: the oracle's way, used by tests and
 * by anything that holds full choice vectors.
 * @example
 * gainVectorOf(space, compile(scenario).statusQuo) // => Float64Array [0, 0]
 * @category analyze
 */
export const gainVectorOf = (space: OutcomeSpace, choices: ArrayLike<number>): Float64Array => {
  const P = space.partyCount
  const out = new Float64Array(P)
  for (const g of space.groups) {
    let k = 0
    for (const i of g.issues) k = k * space.options[i]! + choices[i]!
    if (g.filtered) {
      const n = g.issues.length
      k = -1
      for (let m = 0; m < g.size && k < 0; m++) if (g.issues.every((i, j) => g.choices[m * n + j] === choices[i])) k = m
      invariant(k >= 0, 'the outcome misses a regional target, so it is not in the outcome space')
    }
    for (let p = 0; p < P; p++) out[p] = out[p]! + g.gains[k * P + p]!
  }
  return out
}
