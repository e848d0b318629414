/**
 * The guard of every entry point that needs a status quo on every issue. Issues without one
 * (`statusQuo: { issue: null }`) are understood by `checkDeal`, `gainOf`, `utilityOf`, the
 * exact search (`findDeal`, `findDealAsync`, `exhaustive`, `topDeals`, `allDeals`,
 * `dealFrontier`), the analysis (`analyzeScenario`, `paretoFrontier`: the disagreement point
 * is each party's reservation value), the explanations (`explainDeal`, `checkMandate`,
 * `councilNoteFor`, `margins`, `firmnessProbability`: measured against no agreement). The rest
 * refuse such a scenario rather than answer wrongly, each for a reason of its own (see
 * docs/scenario-files.md, "Issues without a status quo"):
 * - `findDeadlocks`: a deadlock is one issue changed alone from the status quo, and no issue
 *   of such a game can change alone (every deal settles every open issue);
 * - `diagnose`, `applyRemedy`: their remedies change one issue, or seat fewer parties, with
 *   the rest left as it is;
 * - `simulate`, `sweep`: a meeting's agreements build on what holds, issue by issue, and a
 *   run that ends without agreement has to leave every issue somewhere;
 * - `toGeniusWeb`: a GeniusWeb profile states a reservation bid, an outcome, not a value.
 */
import type { Scenario } from '../model/Scenario.js'
import { requiredIssues } from './noAgreementUtility.js'

const reasons: Readonly<Record<string, string>> = {
  findDeadlocks:
    'a deadlock is one issue changed alone from the status quo, and every deal of this game settles every issue without one, so no issue changes alone',
  diagnose: 'its remedies change one issue, or seat fewer parties, and leave the rest as it is',
  applyRemedy: 'its remedies change one issue, or seat fewer parties, and leave the rest as it is',
  simulate: 'each meeting builds on what holds, issue by issue, and a run may end without agreement',
  sweep: 'each meeting builds on what holds, issue by issue, and a run may end without agreement',
  toGeniusWeb: 'a GeniusWeb profile states a reservation bid, an outcome, which such an issue does not have',
}

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
    `${fn}: the issue "${open[0]}"${more} has no status quo (statusQuo.${open[0]} is null), and ${fn} needs one on every issue${reasons[fn] === undefined ? '' : `: ${reasons[fn]}`}. Give it the option that holds when nobody agrees, or use findDeal, topDeals, allDeals, dealFrontier, checkDeal, analyzeScenario, explainDeal or councilNoteFor, which handle issues without a status quo.`,
  )
}
