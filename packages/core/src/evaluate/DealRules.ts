/**
 * How strict the gain test is for the parties that take part in a deal.
 *
 * - `strict` (default): every participant must gain more than the tolerance over both its
 *   status quo and its reservation utility.
 * - `nonNegative`: "at least zero" is enough, for when a party's reservation utility is
 *   itself the acceptable minimum.
 *
 * @category evaluate
 */
export type GainRule = 'strict' | 'nonNegative'

/** The rules a valid deal is checked against. @category evaluate */
export interface DealRules {
  readonly gainRule: GainRule
  /** Absolute tolerance; by default derived from the scenario's scale (see `toleranceFor`). */
  readonly tolerance?: number
}

/** The default rules: strict gains, scale-derived tolerance. @category evaluate */
export const defaultDealRules: DealRules = { gainRule: 'strict' }
