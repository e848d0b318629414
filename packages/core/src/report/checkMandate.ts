/**
 * A party's mandate (kaders) rule by rule against one deal, with the room each rule leaves,
 * named for a council note. The verdicts are `explainParty`'s (the library's one explanation
 * of a deal), so they agree with `checkDeal` and `explainDeal`: a rule that does not hold here
 * is a `checkDeal` flaw for this party (minimum gains and the payment cap bind participants only).
 */
import type { Deal } from '../model/Deal.js'
import type { Issue } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { lookup } from '../internal/lookup.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { explainParty } from '../evaluate/explainParty.js'
import type { PartyExplanation } from '../evaluate/PartyExplanation.js'
import type { MandateCheck, NoteOption } from './CouncilNote.js'

/** When a rule counts as tight. @category report */
export interface TightnessOptions {
  /**
   * A numeric rule is tight when its room is at most this share of the larger of its limit
   * and the party's net gain (default `TIGHT_SHARE`, 0.3: less than a third of the way left).
   */
  readonly tightShare?: number
}

/**
 * An option as a note names it.
 * @example
 * noteOption(scenario.issues[0], 'via-b').id // => 'via-b'
 * @category report
 */
export const noteOption = (issue: Issue, id: string): NoteOption => {
  const option = issue.options.find((o) => o.id === id)
  invariant(option !== undefined, `option ${id} not in ${issue.id}`)
  return { id: option.id, label: option.label, ...(option.quantity === undefined ? {} : { quantity: option.quantity }) }
}

/**
 * The mandate rules of a party's explanation with the names and labels a note prints.
 * @example
 * namedMandate(scenario, explainDeal(scenario, deal).parties[0]).every((c) => c.holds) // => true
 * @category report
 */
export const namedMandate = (scenario: Scenario, explanation: PartyExplanation): readonly MandateCheck[] => {
  const found = lookup(scenario)
  return explanation.mandate.map((item): MandateCheck => {
    switch (item.rule) {
      case 'redLine': {
        const issue = found.issue.get(item.issue)!
        const { option, ...rest } = item
        return { ...rest, issueName: issue.name, option: noteOption(issue, option) }
      }
      case 'allowedOptions': {
        const issue = found.issue.get(item.issue)!
        const { chosen, allowed, ...rest } = item
        return {
          ...rest,
          issueName: issue.name,
          chosen: noteOption(issue, chosen),
          allowed: allowed.map((id) => noteOption(issue, id)),
        }
      }
      case 'minDomainGain':
        return { ...item, domainName: scenario.domains.find((d) => d.id === item.domain)?.name ?? item.domain }
      default:
        return item
    }
  })
}

/**
 * Checks each rule of a party's mandate against a deal: red lines, allowed options, minimum
 * total and per-domain gains, the payment cap and the reservation utility. Each check says
 * whether it holds and whether it is tight.
 *
 * @example
 * // B may only agree to a deal that gains it at least 2.5; the package deal gains it 3.
 * const floored = {
 *   ...scenario,
 *   parties: scenario.parties.map((p) => (p.id === 'B' ? { ...p, mandate: { ...p.mandate, minGain: 2.5 } } : p)),
 * }
 * checkMandate(floored, 'B' as PartyId, deal).map((c) => [c.rule, c.holds, c.tight])
 * // => [['minGain', true, true]]
 * checkMandate(scenario, 'B' as PartyId, deal) // => []: an open mandate has no rules to check
 *
 * @category report
 */
export const checkMandate = (
  scenario: Scenario,
  party: PartyId,
  deal: Deal,
  options: TightnessOptions = {},
): readonly MandateCheck[] => {
  const index = scenario.parties.findIndex((p) => p.id === party)
  invariant(index >= 0, `unknown party ${party}`)
  const explanation = explainParty(scenario, deal, index, checkDeal(scenario, deal), options)
  return namedMandate(scenario, explanation)
}
