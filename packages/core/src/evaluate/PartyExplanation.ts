/**
 * What one party gives, gets and keeps under a deal, rule by rule: the data `explainParty`
 * computes and `explainDeal`, the council note and `checkMandate` present. Ids only; the note
 * adds names and labels.
 */
import type { ModuleExplanation } from './explainModules.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { DealFlaw } from './checkDeal.js'

/** One changed issue as one party sees it. @category evaluate */
export interface IssueChange {
  readonly issue: IssueId
  readonly domain: DomainId
  /** The status-quo option; absent on an issue without a status quo (every deal settles it). */
  readonly from?: OptionId
  readonly to: OptionId
  /**
   * `stake × (value(to) − value(from))` for this party; `stake × value(to)` on an issue
   * without a status quo, where nothing holds before the deal.
   */
  readonly gain: number
}

/** What every checked rule says: whether it holds and whether it is tight (holds with little room). @category evaluate */
export interface RuleVerdict {
  readonly holds: boolean
  readonly tight: boolean
}

/** A rule with an amount: `slack` is `value − limit` for floors, `limit − value` for the payment cap. @category evaluate */
export interface RuleAmount extends RuleVerdict {
  readonly value: number
  readonly limit: number
  readonly slack: number
}

/**
 * One rule of a party's mandate (kaders) checked on a deal, under the library's one set of
 * rule names. Red lines and allowed options are tight when a quantity issue lands right next
 * to a forbidden option; the floors (`minGain`, `minDomainGain` on a domain the deal touches,
 * `reservation`) by `isTight`; the payment cap when the party pays and less than the tight
 * share of the cap is left. Minimums and the cap bind participants only.
 * @category evaluate
 */
export type MandateItem =
  | (RuleVerdict & {
      readonly rule: 'redLine'
      readonly issue: IssueId
      readonly option: OptionId
      readonly changed: boolean
    })
  | (RuleVerdict & {
      readonly rule: 'allowedOptions'
      readonly issue: IssueId
      readonly chosen: OptionId
      readonly allowed: readonly OptionId[]
      readonly changed: boolean
    })
  | (RuleAmount & { readonly rule: 'minGain' })
  | (RuleAmount & { readonly rule: 'minDomainGain'; readonly domain: DomainId; readonly touched: boolean })
  | (RuleAmount & { readonly rule: 'maxPayment' })
  | (RuleAmount & { readonly rule: 'reservation' })

/**
 * The gain rule of a valid deal for one party (not a kader): a participant must gain
 * (`gain`), an outsider must not lose (`noLoss`). Limit 0, slack = the gain.
 * @category evaluate
 */
export type GainItem = RuleAmount & { readonly rule: 'gain' | 'noLoss' }

/** What one party gives, gets and keeps under a deal. @category evaluate */
export interface PartyExplanation {
  readonly party: PartyId
  readonly participant: boolean
  /** Every changed issue as this party sees it, in scenario order. */
  readonly changes: readonly IssueChange[]
  /** Changes it loses on (what it gives away), largest loss first. */
  readonly gives: readonly IssueChange[]
  /** Changes it gains on (what it brings in), largest gain first. */
  readonly gets: readonly IssueChange[]
  /** Changes it is indifferent to (a gain within its own tolerance). */
  readonly indifferent: readonly IssueId[]
  /** Utility from interaction terms, relative to the status quo. */
  readonly interactionGain: number
  /** Net money received (negative: paid), and what it is worth to the party. */
  readonly moneyReceived: number
  readonly moneyGain: number
  /**
   * When the party's disagreement point is its reservation utility (it depends on an issue
   * without a status quo): the utility of what stays as it is (issues with a status quo, and
   * interactions among them) minus the reservation utility, the part of the gain no change
   * carries; what the deal must beat, shown apart. 0 for every other party.
   */
  readonly fallbackGain: number
  readonly gain: number
  /** The gain rule (participants gain, outsiders do not lose). */
  readonly gainRule: GainItem
  /** Whether every rule of its mandate holds (the gain rule aside). */
  readonly mandateHolds: boolean
  readonly mandate: readonly MandateItem[]
}

/** A deal explained. @category evaluate */
export interface DealExplanation {
  readonly valid: boolean
  readonly flaws: readonly DealFlaw[]
  readonly changes: readonly IssueId[]
  readonly parties: readonly PartyExplanation[]
  /** Every module issue: who joins and why the others stay out (empty without modules). */
  readonly modules: readonly ModuleExplanation[]
}
