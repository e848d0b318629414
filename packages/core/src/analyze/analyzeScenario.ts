/**
 * The analysis of a scenario's whole outcome space, as one JSON-ready object: exactly what
 * `mandjes analyze --json` prints (docs/cli.md describes every field). It answers "how much
 * room for agreement is there, and where would the classic bargaining solutions land?" before
 * any negotiation is simulated.
 *
 * Laws: `frontier` holds every outcome that no other outcome improves for one party without
 * hurting another and (by default) that every party strictly prefers to its reservation point;
 * the four classic solutions are frontier outcomes that maximise their criterion over all such
 * outcomes, and `kalaiSmorodinskySpread` (NegMAS's rule) is the frontier outcomes with the
 * smallest spread of shares, among the frontier only, as NegMAS searches it; the object survives `JSON.stringify`/`JSON.parse` unchanged.
 *
 * Issues without a status quo: every outcome settles them, and the reference point of a party
 * whose utility depends on one is its reservation utility (its disagreement point, see
 * `noAgreementUtility`). The frontier and the bargaining points are then those of the classic
 * game whose disagreement point is the reservation values, as in GENIUS and NegMAS.
 */
import { dealOfChoices } from '../evaluate/compile.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import {
  egalitarianPoints,
  kalaiSmorodinskyPoints,
  kalaiSmorodinskySpreadPoints,
  maxWelfarePoints,
  nashPoints,
} from './bargainingPoints.js'
import { countAcceptable, outcomeCount, type CountOptions } from './countAcceptable.js'
import { outcomeSpace, type OutcomeSpace, type ReferencePoint } from './OutcomeSpace.js'
import { frontierOfSpace, type FrontierOptions } from './paretoFrontier.js'
import { indexIn } from '../evaluate/idIndex.js'

/** One outcome in the analysis output, with every party's utility for it. @category analyze */
export interface AnalysisPoint {
  readonly choices: Readonly<Record<IssueId, OptionId>>
  readonly utilities: Readonly<Record<PartyId, number>>
}

/** Options of `analyzeScenario`. @category analyze */
export interface AnalyzeOptions extends FrontierOptions {
  /** Limits of the count of acceptable outcomes. */
  readonly count?: CountOptions
}

/**
 * The analysis, as printed by `mandjes analyze --json`.
 * @category analyze
 */
export interface ScenarioAnalysis {
  /** Number of outcomes (one option per issue), as an exact decimal string. */
  readonly outcomes: string
  /** What gains are measured from (see `ReferencePoint`). */
  readonly reference: ReferencePoint
  /**
   * The status quo (issue id → option id), without the issues that have none (`{}` when no
   * issue has one); null with `reference: 'none'`.
   */
  readonly statusQuo: Readonly<Record<IssueId, OptionId>> | null
  /**
   * Per party, the utility gains are measured from: outcomes must exceed it (with
   * `reservation`). Its status-quo utility or reservation utility, whichever is higher; the
   * reservation utility alone when it depends on an issue without a status quo.
   */
  readonly reservation: Readonly<Record<PartyId, number>>
  /** `complete`, or why the frontier (and so the solutions) could not be computed. */
  readonly status: 'complete' | 'budgetExceeded' | 'groupTooLarge'
  readonly message?: string
  readonly frontier: readonly AnalysisPoint[]
  readonly nash: readonly AnalysisPoint[]
  readonly kalaiSmorodinsky: readonly AnalysisPoint[]
  /**
   * Kalai-Smorodinsky by NegMAS's rule, for parity with NegMAS: the frontier outcomes whose
   * shares of the ideal (each party's best over the whole outcome space) are closest to equal
   * (see `kalaiSmorodinskySpreadPoints` and docs/bargaining.md).
   */
  readonly kalaiSmorodinskySpread: readonly AnalysisPoint[]
  readonly egalitarian: readonly AnalysisPoint[]
  readonly maxWelfare: readonly AnalysisPoint[]
  readonly conflict: {
    /** Distinct utility vectors on the frontier (null when not computed). */
    readonly frontierPoints: number | null
    /** Outcomes on the frontier, ties included, as a decimal string (null when not computed). */
    readonly frontierOutcomes: string | null
    /** Frontier points whose tied outcomes were not all listed. */
    readonly truncatedTies: number
    /**
     * Outcomes every party strictly prefers to its reservation point (all outcomes with
     * `none`), as a decimal string; null when interactions made the space unreadable or the
     * analysis was stopped by its signal.
     */
    readonly acceptableOutcomes: string | null
    /** `acceptableOutcomes / outcomes`. */
    readonly acceptableShare: number | null
    /** Whether the count is exact or estimated from a seeded sample. */
    readonly acceptableMethod: 'exact' | 'estimated' | null
    /** Standard error of the share, when estimated. */
    readonly acceptableStandardError?: number
  }
  /** Milliseconds per item; `frontier` includes building the integer outcome space. */
  readonly timingsMs: {
    readonly frontier: number
    readonly nash: number
    readonly kalaiSmorodinsky: number
    readonly kalaiSmorodinskySpread: number
    readonly egalitarian: number
    readonly maxWelfare: number
    readonly conflict: number
    readonly total: number
  }
}

const now = (): number => (globalThis as unknown as { performance: { now(): number } }).performance.now()
const round3 = (ms: number): number => Math.round(ms * 1000) / 1000
const timed = <A>(f: () => A): readonly [A, number] => {
  const t = now()
  const a = f()
  return [a, round3(now() - t)]
}

/**
 * An analysis that ended before the frontier: no points, no bargaining outcomes, no conflict
 * figures, only the reason. One shape for a group too large to enumerate and for a stop asked
 * for by the caller.
 */
const unfinished = (
  head: Pick<ScenarioAnalysis, 'outcomes' | 'reference' | 'statusQuo' | 'reservation'>,
  status: ScenarioAnalysis['status'],
  message: string,
  frontierMs: number,
  totalMs: number,
): ScenarioAnalysis => ({
  ...head,
  status,
  message,
  frontier: [],
  nash: [],
  kalaiSmorodinsky: [],
  kalaiSmorodinskySpread: [],
  egalitarian: [],
  maxWelfare: [],
  conflict: {
    frontierPoints: null,
    frontierOutcomes: null,
    truncatedTies: 0,
    acceptableOutcomes: null,
    acceptableShare: null,
    acceptableMethod: null,
  },
  timingsMs: {
    frontier: frontierMs,
    nash: 0,
    kalaiSmorodinsky: 0,
    kalaiSmorodinskySpread: 0,
    egalitarian: 0,
    maxWelfare: 0,
    conflict: 0,
    total: totalMs,
  },
})

/**
 * Analyses the whole outcome space of a scenario: outcome count, frontier, Nash,
 * Kalai-Smorodinsky (both variants), egalitarian and maximum-welfare outcomes, conflict
 * statistics, timings.
 *
 * @example
 * const analysis = analyzeScenario(scenario)
 * analysis.status // => 'complete'
 * analysis.nash[0]?.choices // => { road: 'via-b', housing: 'west' }
 *
 * @category analyze
 */
export const analyzeScenario = (scenario: Scenario, options: AnalyzeOptions = {}): ScenarioAnalysis => {
  const started = now()
  const reference = options.reference ?? 'reservation'
  const statusQuo = reference === 'none' ? null : scenario.statusQuo.choices
  const outcomes = scenario.issues.reduce((n, i) => n * BigInt(i.options.length), 1n).toString()
  const [space, spaceMs] = timed(() => outcomeSpace(scenario, options))
  if (space._tag === 'GroupTooLarge') {
    return unfinished(
      { outcomes, reference, statusQuo, reservation: {} },
      'groupTooLarge',
      `interactions join ${space.issues.length} issues with ${space.size} option combinations into one group; raise maxGroupOutcomes or analyse without the interactions`,
      spaceMs,
      round3(now() - started),
    )
  }
  const reservation = Object.fromEntries(space.compiled.partyIds.map((id, p) => [id, reservationUtility(space, p)]))
  const [result, frontierMs] = timed(() => frontierOfSpace(space, options))
  if (result._tag === 'BudgetExceeded' && result.reason === 'stopped') {
    // Stopped by the caller: the count would take as long again, so the analysis ends here.
    return unfinished(
      { outcomes, reference, statusQuo, reservation },
      'budgetExceeded',
      `the frontier was not completed: ${result.detail}`,
      round3(spaceMs + frontierMs),
      round3(now() - started),
    )
  }
  const [acceptable, countMs] = timed(() => countAcceptable(space, options.count))
  const total = outcomeCount(space)
  const acceptableStats = {
    acceptableOutcomes: acceptable.count.toString(),
    acceptableShare:
      acceptable.method === 'estimated'
        ? acceptable.share
        : total === 0n
          ? 0
          : Number(acceptable.count) / Number(total),
    acceptableMethod: acceptable.method,
    ...(acceptable.method === 'estimated' ? { acceptableStandardError: acceptable.standardError } : {}),
  }
  if (result._tag !== 'Frontier') {
    return {
      outcomes,
      reference,
      statusQuo,
      reservation,
      status: 'budgetExceeded',
      message: `the frontier was not completed: ${result._tag === 'BudgetExceeded' ? result.detail : 'group too large'}`,
      frontier: [],
      nash: [],
      kalaiSmorodinsky: [],
      kalaiSmorodinskySpread: [],
      egalitarian: [],
      maxWelfare: [],
      conflict: { frontierPoints: null, frontierOutcomes: null, truncatedTies: 0, ...acceptableStats },
      timingsMs: {
        frontier: round3(spaceMs + frontierMs),
        nash: 0,
        kalaiSmorodinsky: 0,
        kalaiSmorodinskySpread: 0,
        egalitarian: 0,
        maxWelfare: 0,
        conflict: countMs,
        total: round3(now() - started),
      },
    }
  }
  const { points } = result
  const gains = points.map((p) => p.gains)
  const toPoint = pointMaker(scenario, space)
  const expand = (indices: readonly number[]): AnalysisPoint[] =>
    indices.flatMap((i) => points[i]!.outcomes.map(toPoint))
  const [nash, nashMs] = timed(() => expand(nashPoints(space, gains)))
  const [kalaiSmorodinsky, ksMs] = timed(() => expand(kalaiSmorodinskyPoints(space, gains)))
  const [kalaiSmorodinskySpread, spreadMs] = timed(() => expand(kalaiSmorodinskySpreadPoints(space, gains)))
  const [egalitarian, egalitarianMs] = timed(() => expand(egalitarianPoints(space, gains)))
  const [maxWelfare, welfareMs] = timed(() => expand(maxWelfarePoints(space, gains)))
  const [frontier, listMs] = timed(() => points.flatMap((p) => p.outcomes.map(toPoint)))
  return {
    outcomes,
    reference,
    statusQuo,
    reservation,
    status: 'complete',
    frontier,
    nash,
    kalaiSmorodinsky,
    kalaiSmorodinskySpread,
    egalitarian,
    maxWelfare,
    conflict: {
      frontierPoints: points.length,
      frontierOutcomes: points.reduce((n, p) => n + p.outcomeCount, 0n).toString(),
      truncatedTies: points.filter((p) => BigInt(p.outcomes.length) < p.outcomeCount).length,
      ...acceptableStats,
    },
    timingsMs: {
      frontier: round3(spaceMs + frontierMs + listMs),
      nash: nashMs,
      kalaiSmorodinsky: ksMs,
      kalaiSmorodinskySpread: spreadMs,
      egalitarian: egalitarianMs,
      maxWelfare: welfareMs,
      conflict: countMs,
      total: round3(now() - started),
    },
  }
}

/** The utility a party's gains are measured from, in the scenario's own units. */
const reservationUtility = (space: OutcomeSpace, p: number): number => {
  const c = space.compiled
  if (space.reference === 'reservation') return c.statusQuoUtility[p]! + c.requiredGain[p]!
  return c.statusQuoUtility[p]! + space.floor[p]! * 2 ** space.exponent[p]!
}

/**
 * Turns outcomes into output points. Utilities are summed exactly as `utilityOfParty` sums them
 * (issue terms in issue order, then interactions in the party's order), from tables built once,
 * so each number equals `utilityOf` to the last bit at a fraction of the cost.
 */
const pointMaker = (scenario: Scenario, space: OutcomeSpace) => {
  const c = space.compiled
  const tables = scenario.parties.map((party) => ({
    terms: scenario.issues.map((issue) => {
      const v = party.valuations[issue.id]
      return v === undefined ? undefined : issue.options.map((o) => v.stake * v.values[o.id]!)
    }),
    pairs: party.interactions.map(({ between: [a, b], value }) => {
      const i = indexIn(c.issueIds, a.issue)
      const j = indexIn(c.issueIds, b.issue)
      return { i, oi: indexIn(c.optionIds[i]!, a.option), j, oj: indexIn(c.optionIds[j]!, b.option), value }
    }),
    money: party.moneyValue * 0,
  }))
  return (choices: Int32Array): AnalysisPoint => {
    const utilities: Record<PartyId, number> = {}
    scenario.parties.forEach((party, p) => {
      const table = tables[p]!
      let total = 0
      table.terms.forEach((row, i) => {
        if (row !== undefined) total += row[choices[i]!]!
      })
      for (const t of table.pairs) if (choices[t.i] === t.oi && choices[t.j] === t.oj) total += t.value
      utilities[party.id] = total + table.money
    })
    return { choices: dealOfChoices(c, choices).choices, utilities }
  }
}
