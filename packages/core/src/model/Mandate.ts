import type { DomainId, IssueId, OptionId } from './ids.js'
import type { OptionRef } from './Valuation.js'

/**
 * What a party's council lets its executive agree to (the kaders). A mandate restricts the
 * deals the party may sign; it never forbids the status quo, which holds without anyone
 * signing anything.
 *
 * - `redLines`: options the party may never agree to.
 * - `allowedOptions`: per issue, the only options the party may agree to.
 * - `minGain`: the least total gain over the status quo it must bring home when it takes part.
 * - `minDomainGain`: per policy domain, the least gain within that domain ("we do not lose on
 *   housing" is `{ housing: 0 }`).
 * - `maxPayment`: the most compensation money it may pay in one deal.
 *
 * @category model
 */
export interface Mandate {
  readonly redLines: readonly OptionRef[]
  readonly allowedOptions: Readonly<Partial<Record<IssueId, readonly OptionId[]>>>
  readonly minGain?: number
  readonly minDomainGain: Readonly<Partial<Record<DomainId, number>>>
  readonly maxPayment?: number
}

/** A mandate that allows everything. @category model */
export const openMandate: Mandate = { redLines: [], allowedOptions: {}, minDomainGain: {} }
