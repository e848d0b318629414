import type { IssueId, OptionId } from './ids.js'

/**
 * How much a party values each option of one issue (its belang), and how much the issue
 * matters to it (its stake, or salience). The party's utility from the issue is
 * `stake × values[chosen option]`. Higher is better; values are kept as given (no
 * normalisation), in the unit the scenario states.
 * @category model
 */
export interface Valuation {
  /** Salience: a non-negative weight on this issue. */
  readonly stake: number
  /** Value of every option of the issue. Missing options are a decode error, not zero. */
  readonly values: Readonly<Record<OptionId, number>>
}

/** A reference to one option of one issue. @category model */
export interface OptionRef {
  readonly issue: IssueId
  readonly option: OptionId
}

/**
 * Two options worth more (or less) together than apart, for one party: a road and the
 * housing location it serves. Adds `value` to the party's utility when both are chosen.
 * @category model
 */
export interface Interaction {
  readonly between: readonly [OptionRef, OptionRef]
  readonly value: number
}
