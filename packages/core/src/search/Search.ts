/**
 * The contract every package-deal search keeps. Implementations (the exhaustive oracle,
 * branch and bound, heuristics, an optional MILP solver) each live in their own file and
 * return the same `SearchResult`.
 *
 * Laws: every deal in a result passes `checkDeal` under the options' rules and constraints;
 * `Optimal` means no valid deal has a better objective value; `NoDeal` means no valid deal
 * exists under the constraints; `Budget` results hold the best valid deal found so far.
 */
import type { Option } from 'fp-ts/lib/Option.js'
import type { Deal } from '../model/Deal.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import type { DealRules } from '../evaluate/DealRules.js'

/**
 * What makes one deal better than another.
 * - `sum`: largest total gain over the participants (enlarge the pie, de taart vergroten);
 * - `nash`: largest product of the participants' gains;
 * - `maxmin`: largest smallest gain (egalitarian);
 * - `fewest`: fewest changed issues (the deal easiest to explain to a council).
 * @category search
 */
export type Objective = 'sum' | 'nash' | 'maxmin' | 'fewest'

/** One objective, or several compared lexicographically (e.g. `['maxmin', 'fewest']`). @category search */
export type ObjectiveSpec = Objective | readonly Objective[]

/**
 * Constraints a search respects on top of validity.
 * @category search
 */
export interface SearchConstraints {
  /** At most this many issues changed. */
  readonly maxChanges?: number
  /** Issues the deal must change ("break the deadlock on the road"). */
  readonly mustChange?: readonly IssueId[]
  /** Issues that stay at the status quo. */
  readonly offTable?: readonly IssueId[]
  /** Options that may not be chosen. */
  readonly excludedOptions?: readonly OptionRef[]
  /** Parties that must take part. */
  readonly mustInclude?: readonly PartyId[]
  /** Parties that must stay outside (none of their issues changed, no payments). */
  readonly mustExclude?: readonly PartyId[]
  /** The changed issues must span at least this many policy domains. */
  readonly minDomains?: number
}

/** Limits on a search. Whichever runs out first ends it. @category search */
export interface SearchBudget {
  readonly timeMs?: number
  readonly nodes?: number
  readonly signal?: AbortSignal
}

/** @category search */
export interface SearchOptions {
  readonly objective?: ObjectiveSpec
  readonly constraints?: SearchConstraints
  readonly budget?: SearchBudget
  readonly rules?: DealRules
  /** Allow compensation payments (only where the scenario has `compensation`). */
  readonly payments?: boolean
}

/** A valid deal with the numbers that ranked it. @category search */
export interface RankedDeal {
  readonly deal: Deal
  /** Objective value(s), one per objective of the spec, in order. */
  readonly value: readonly number[]
  readonly gains: Readonly<Record<PartyId, number>>
  readonly participants: readonly PartyId[]
  readonly changes: readonly IssueId[]
}

/** Work done by a search. @category search */
export interface SearchStats {
  readonly nodes: number
  readonly elapsedMs: number
}

/**
 * Why no valid deal exists. `binding` names the constraints that bite: the search was re-run
 * without each and found a deal (empty when no valid deal exists even without constraints).
 * @category search
 */
export interface DeadlockCertificate {
  readonly reason: string
  readonly binding: readonly string[]
}

/**
 * How a search ended.
 * @category search
 */
export type SearchResult =
  | { readonly _tag: 'Optimal'; readonly best: RankedDeal; readonly bound: readonly number[]; readonly stats: SearchStats }
  | { readonly _tag: 'NoDeal'; readonly certificate: DeadlockCertificate; readonly stats: SearchStats }
  | {
      readonly _tag: 'BudgetExhausted'
      readonly best: Option<RankedDeal>
      /** Proven upper bound on the first objective. */
      readonly bound: readonly number[]
      /** bound − best value on the first objective (Infinity when nothing was found). */
      readonly gap: number
      readonly stats: SearchStats
    }

/**
 * A package-deal search.
 * @category search
 */
export type Search = (scenario: Scenario, options?: SearchOptions) => SearchResult
