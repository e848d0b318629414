import type { IssueId, OptionId } from './Issue.js'
import type { PartyId } from './Party.js'

/**
 * Compensation money (verevening) paid by one party to another as part of a deal, in the
 * scenario's compensation unit. Payments balance by construction: what one pays, another receives.
 * @category model
 */
export interface Payment {
  readonly from: PartyId
  readonly to: PartyId
  readonly amount: number
}

/**
 * A package deal (mandje): one option for every issue, plus any compensation payments.
 * The issues whose option differs from the status quo are the deal's changes. The status
 * quo itself is a `Deal` with no changes and no payments.
 * @category model
 */
export interface Deal {
  readonly choices: Readonly<Record<IssueId, OptionId>>
  readonly payments: readonly Payment[]
}
