/**
 * The contract every package-deal search keeps. Implementations (the exhaustive oracle,
 * branch and bound, heuristics, an optional MILP solver) each live in their own file and
 * return the same `SearchResult`.
 *
 * Laws: every deal in a result passes `checkDeal` under the options' rules and satisfies the
 * options' constraints; `Optimal` means no valid deal is better by more than the objective's
 * tolerance; `NoDeal` means no valid deal exists under the constraints (with payments by the
 * compensation rule, see `docs/search.md`); `BudgetExhausted` holds the best valid deal found
 * so far and a proven bound on what any deal could reach.
 */
import type { Option } from 'fp-ts/lib/Option.js'
import type { Deal } from '../model/Deal.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import type { DealRules } from '../evaluate/DealRules.js'

/**
 * What makes one deal better than another. Every objective runs over the deal's
 * participants (stakeholders of the changed issues, payers and payees), never over outsiders.
 * - `sum`: largest total gain of the participants (enlarge the pie, de taart vergroten);
 * - `nash`: largest Nash product of the participants' gains, each gain divided by the
 *   party's own scale (see `nashScaleOf`), reported as its natural logarithm;
 * - `maxmin`: largest smallest participant gain (egalitarian);
 * - `fewest`: fewest changed issues (the deal easiest to explain to a council), reported as
 *   minus the number of changes so that larger is better for every objective.
 * @example
 * findDeal(scenario, { objective: 'maxmin' })
 * @category search
 */
export type Objective = 'sum' | 'nash' | 'maxmin' | 'fewest'

/**
 * One objective, or several compared lexicographically (e.g. `['maxmin', 'fewest']`: the
 * most egalitarian deal, and among equally egalitarian ones the smallest).
 * @example
 * findDeal(scenario, { objective: ['maxmin', 'fewest'] })
 * @category search
 */
export type ObjectiveSpec = Objective | readonly Objective[]

/**
 * Constraints a search respects on top of validity.
 * @example
 * findDeal(scenario, { constraints: { mustChange: [road], maxChanges: 3 } })
 * @category search
 */
export interface SearchConstraints {
  /** At most this many issues changed. */
  readonly maxChanges?: number
  /** Issues the deal must change ("break the deadlock on the road"). */
  readonly mustChange?: readonly IssueId[]
  /** Issues that stay at the status quo. */
  readonly offTable?: readonly IssueId[]
  /**
   * Options that may not be chosen. Excluding an issue's status-quo option does not force a
   * change (keeping the status quo is never agreeing to anything); use `mustChange` for that.
   */
  readonly excludedOptions?: readonly OptionRef[]
  /** Parties that must take part. */
  readonly mustInclude?: readonly PartyId[]
  /** Parties that must stay outside (none of the issues they have a say on changed, no payments). */
  readonly mustExclude?: readonly PartyId[]
  /** The changed issues must span at least this many policy domains. */
  readonly minDomains?: number
}

/** The name of one search constraint, as used in deadlock certificates. @category search */
export type ConstraintName = keyof SearchConstraints

/**
 * What a deadlock certificate can name as binding: a search constraint, or a regional target
 * of the scenario as `target:<id>` (see `Target`).
 * @example
 * const binding: BindingName[] = ['maxChanges', 'target:homes-2040']
 * @category search
 */
export type BindingName = ConstraintName | `target:${string}`

/**
 * Limits on a search. Whichever runs out first ends it with `BudgetExhausted`.
 * @example
 * findDeal(scenario, { budget: { timeMs: 500, nodes: 1e6, signal: controller.signal } })
 * @category search
 */
export interface SearchBudget {
  readonly timeMs?: number
  /**
   * Work in search-tree nodes, counted over every engine a search runs (the neighbourhood and
   * window rounds' too) and with a node bound's costly refinement counted as the plain nodes
   * its work would buy: the same budget gives the same result on any machine, and a bounded
   * time (a refined node may carry the count past the budget by its own work).
   */
  readonly nodes?: number
  readonly signal?: AbortSignal
}

/**
 * How to search: the objective (default `'sum'`), constraints, budget, validity rules and
 * whether deals may carry compensation payments.
 * @example
 * findDeal(scenario, { objective: ['maxmin', 'fewest'], budget: { timeMs: 1000 } })
 * @category search
 */
export interface SearchOptions {
  readonly objective?: ObjectiveSpec
  readonly constraints?: SearchConstraints
  readonly budget?: SearchBudget
  readonly rules?: DealRules
  /**
   * Allow compensation payments (verevening). Defaults to `true` exactly when the scenario
   * has `compensation`; ignored when it has none. Payments follow the compensation rule of
   * `compensate` (equalise each money-valuing participant's surplus, as caps allow).
   */
  readonly payments?: boolean
}

/**
 * A valid deal with the numbers that ranked it.
 * @example
 * const result = findDeal(scenario, { objective: 'sum' })
 * result._tag === 'Optimal' && result.best.value // => [5]: participants gain 2 + 3 in total
 * @category search
 */
export interface RankedDeal {
  readonly deal: Deal
  /** Objective value(s), one per objective of the spec, in order (larger is better). */
  readonly value: readonly number[]
  /** Gain per party, every party of the scenario (payments included). */
  readonly gains: Readonly<Record<PartyId, number>>
  readonly participants: readonly PartyId[]
  readonly changes: readonly IssueId[]
}

/**
 * Work done by a search.
 * @example
 * const result = findDeal(scenario)
 * result.stats.nodes // => 2: the branch and bound's nodes on this two-issue fixture
 * @category search
 */
export interface SearchStats {
  /** Search-tree nodes, counted as `SearchBudget.nodes` counts them (or enumerated deals, for the oracle). */
  readonly nodes: number
  readonly elapsedMs: number
  /** The first objective's bound at the root, before any branching (branch and bound only). */
  readonly rootBound?: number
}

/**
 * Proof that no valid deal exists, and which constraints bite.
 * - `proof`: how the absence was established: every deal enumerated, or a branch and bound
 *   that pruned only subtrees where some participant provably could not gain enough, an
 *   outsider provably lost, or a mandate or constraint provably failed;
 * - `binding`: the constraints and regional targets (`target:<id>`) without which (each
 *   dropped alone) a valid deal does exist;
 * - `undetermined`: constraints and targets whose re-run ran out of budget;
 * - empty `binding` with every constraint checked: the deadlock holds even without them.
 * @example
 * const result = findDeal(scenario, { constraints: { maxChanges: 1 } })
 * result._tag === 'NoDeal' && result.certificate.binding // => ['maxChanges']: the one valid deal changes two issues
 * @category search
 */
export interface DeadlockCertificate {
  readonly reason: string
  readonly proof: { readonly method: 'enumeration' | 'branchAndBound' | 'milp'; readonly nodes: number }
  readonly binding: readonly BindingName[]
  readonly undetermined: readonly BindingName[]
}

/**
 * How a search ended.
 * - `Optimal`: `best` is optimal; `bound` is the proven upper bound on each objective
 *   component among deals that tie with `best` on the earlier components, so it equals
 *   `best.value` up to the objective's tolerance;
 * - `NoDeal`: no valid deal exists (a deadlock, patstelling), with a certificate;
 * - `BudgetExhausted`: the budget ran out; `best` is the best valid deal so far, `bound` a
 *   proven upper bound on the first objective, `gap = bound[0] − best.value[0]`.
 * @example
 * const result = findDeal(scenario)
 * result._tag === 'Optimal' && result.best.changes // => ['road', 'housing']
 * @category search
 */
export type SearchResult =
  | {
      readonly _tag: 'Optimal'
      readonly best: RankedDeal
      readonly bound: readonly number[]
      readonly stats: SearchStats
    }
  | { readonly _tag: 'NoDeal'; readonly certificate: DeadlockCertificate; readonly stats: SearchStats }
  | {
      readonly _tag: 'BudgetExhausted'
      readonly best: Option<RankedDeal>
      /** Proven upper bound on the first objective (then the best values for the rest). */
      readonly bound: readonly number[]
      /** bound − best value on the first objective (Infinity when nothing was found). */
      readonly gap: number
      readonly stats: SearchStats
    }

/**
 * A package-deal search.
 * @example
 * const search: Search = findDeal
 * @category search
 */
export type Search = (scenario: Scenario, options?: SearchOptions) => SearchResult
