/**
 * The guard of every entry point that needs a status quo on every issue. Issues without one
 * (`statusQuo: { issue: null }`) are understood by `checkDeal`, `gainOf`, `utilityOf` and the
 * exact search (`findDeal`, `findDealAsync`, `exhaustive`, `topDeals`, `allDeals`,
 * `dealFrontier`); the simulator, the analyses, the diagnosis, the council notes and the
 * GeniusWeb export still measure "what changes" from a status quo outcome, so they refuse
 * such a scenario with a message that says so, rather than answer wrongly.
 */
import type { Scenario } from '../model/Scenario.js'
import { requiredIssues } from './noAgreementUtility.js'

/**
 * Throws a `RangeError` naming the function and the first issue without a status quo, when
 * the scenario has one; does nothing otherwise.
 * @example
 * requireStatusQuo('simulate', scenario) // => undefined: every issue has a status quo
 * @category evaluate
 */
export const requireStatusQuo = (fn: string, scenario: Scenario): void => {
  const open = requiredIssues(scenario)
  if (open.length === 0) return
  const more = open.length > 1 ? ` (and ${open.length - 1} more)` : ''
  throw new RangeError(
    `${fn}: the issue "${open[0]}"${more} has no status quo (statusQuo.${open[0]} is null), and ${fn} needs one on every issue. Give it the option that holds when nobody agrees, or use findDeal, topDeals, allDeals, dealFrontier or checkDeal, which handle issues without a status quo.`,
  )
}
