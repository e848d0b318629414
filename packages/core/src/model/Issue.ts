import type { DomainId, IssueId, OptionId, PartyId } from './ids.js'

export type { IssueId, OptionId } from './ids.js'

/**
 * One option of an issue: a location, a route, a host, or a quantity (homes, euros, years).
 * @category model
 */
export interface IssueOption {
  readonly id: OptionId
  readonly label: string
  /** For quantity issues: the amount this option stands for, in the issue's `unit`. */
  readonly quantity?: number
}

/**
 * `choice`: a discrete choice (which location, which route, who hosts).
 * `quantity`: an amount discretised into options (how many homes, how many euros).
 * @category model
 */
export type IssueKind = 'choice' | 'quantity'

/**
 * One decision (opgave) the region must take, in one policy domain, with its options.
 * Its stakeholders are the parties with a say: each of them can block a change to it.
 * @category model
 */
export interface Issue {
  readonly id: IssueId
  readonly name: string
  readonly domain: DomainId
  readonly kind: IssueKind
  /** For quantity issues: what the quantities count (e.g. "homes", "EUR million"). */
  readonly unit?: string
  readonly options: readonly IssueOption[]
  /**
   * The parties that can block a change on this issue. Resolved when a scenario is decoded:
   * by default every party that values the issue or whose mandate names it.
   */
  readonly stakeholders: readonly PartyId[]
}
