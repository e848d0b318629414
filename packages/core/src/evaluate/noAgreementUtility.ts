/**
 * What each party gets when nobody agrees: the one baseline every gain is measured against.
 *
 * With a status quo on every issue it is the party's utility of the status quo (its
 * `reservationUtility`, when it has one, is a further floor a participant must beat). An issue
 * without a status quo (a required choice: `statusQuo.choices` has no entry for it, as in
 * GENIUS and GeniusWeb games where a deal settles every issue) has no "unchanged" value, so a
 * party whose utility depends on such an issue (a valuation of it, or an interaction naming
 * it) falls back to its reservation utility: that is its disagreement point, and its gain is
 * `utility(deal) − reservationUtility`. The decoder makes such a party state one.
 */
import type { IssueId } from '../model/Issue.js'
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { utilityOfParty } from './utilityOf.js'

/**
 * The issues without a status quo, in scenario order: every deal must choose one of their
 * options, and each of them counts as changed by every deal.
 * @example
 * requiredIssues(scenario) // => []: road and housing both have a status quo
 * @category evaluate
 */
export const requiredIssues = (scenario: Scenario): readonly IssueId[] =>
  scenario.issues.filter((issue) => scenario.statusQuo.choices[issue.id] === undefined).map((issue) => issue.id)

/**
 * Whether a party's utility depends on an issue without a status quo (it values one, or one
 * of its interactions names one), so that its disagreement point is its reservation utility.
 * @example
 * dependsOnRequiredIssue(scenario, scenario.parties[0]!) // => false
 * @category evaluate
 */
export const dependsOnRequiredIssue = (scenario: Scenario, party: Party): boolean => {
  const { choices } = scenario.statusQuo
  for (const issue of scenario.issues)
    if (choices[issue.id] === undefined && party.valuations[issue.id] !== undefined) return true
  return party.interactions.some((t) => t.between.some((ref) => choices[ref.issue] === undefined))
}

const cache = new WeakMap<Scenario, Float64Array>()

/**
 * Every party's no-agreement utility, in scenario order (cached per scenario object: the
 * validity check reads it for every deal it judges).
 * @example
 * Array.from(noAgreementUtilities(scenario)) // => [0, 0]
 * @category evaluate
 */
export const noAgreementUtilities = (scenario: Scenario): Float64Array => {
  let found = cache.get(scenario)
  if (found === undefined) {
    found = Float64Array.from(scenario.parties, (party) => noAgreementUtility(scenario, party))
    cache.set(scenario, found)
  }
  return found
}

/**
 * A party's utility when nobody agrees: its status-quo utility, or its reservation utility
 * when its utility depends on an issue without a status quo. Gains are measured from here.
 * @example
 * noAgreementUtility(scenario, scenario.parties[0]!) // => 0: A's status-quo utility
 * @category evaluate
 */
export const noAgreementUtility = (scenario: Scenario, party: Party): number => {
  if (!dependsOnRequiredIssue(scenario, party)) return utilityOfParty(scenario, party, scenario.statusQuo)
  // A decoded scenario always has it; a scenario built by hand may not.
  if (party.reservationUtility === undefined)
    throw new RangeError(
      `scenario: party "${party.id}" values an issue without a status quo but has no reservationUtility; give the utility it gets when nobody agrees.`,
    )
  return party.reservationUtility
}
