import type { DomainId, IssueId, OptionId, PartyId } from './ids.js'
import type { Module } from './Module.js'

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
  /**
   * Module issues: the members of this coalition (in the module's order). They take part in
   * a deal that chooses this option, or that leaves it when it is the status quo.
   */
  readonly members?: readonly PartyId[]
  /** Module issues with a host choice: the member that hosts. */
  readonly host?: PartyId
}

/**
 * `choice`: a discrete choice (which location, which route, who hosts).
 * `quantity`: an amount discretised into options (how many homes, how many euros).
 * `module`: a shared service each eligible party joins or stays out of; one option per coalition.
 * @category model
 */
export type IssueKind = 'choice' | 'quantity' | 'module'

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
   * by default every party that values the issue or whose mandate names it. On a module issue
   * these are the parties with a say on any change (none by default): the members of a
   * coalition take part through their option's `members`, not through this list.
   */
  readonly stakeholders: readonly PartyId[]
  /** Module issues: who may join, and what joining is worth (the options are built from it). */
  readonly module?: Module
}
