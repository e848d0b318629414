/**
 * A party's utility for a deal. The law this module keeps: utility is additive over issues,
 * plus one term per interaction whose two options are both chosen, plus the party's value of
 * the money it receives net. Issues the party does not value add nothing.
 */
import type { Deal } from '../model/Deal.js'
import type { OptionId } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { checkPartyDeal } from './checkArguments.js'
import { lookup } from '../internal/lookup.js'

/**
 * How much a party values a deal: `Σ stake × value(chosen option)` over the issues it values,
 * plus its interaction terms, plus `moneyValue × (received − paid)`.
 *
 * @example
 * utilityOf(scenario, 'A' as PartyId, scenario.statusQuo) // => 0
 * utilityOf(scenario, 'A' as PartyId, dealFrom(scenario, { housing: 'west' })) // => 3
 *
 * @category evaluate
 */
export const utilityOf = (scenario: Scenario, party: PartyId, deal: Deal): number => {
  checkPartyDeal('utilityOf', scenario, party, deal)
  const p = lookup(scenario).party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  return utilityOfParty(scenario, p, deal)
}

/** The same as `utilityOf`, for a party object already at hand. @category evaluate */
export const utilityOfParty = (scenario: Scenario, party: Party, deal: Deal): number => {
  let total = 0
  for (const issue of scenario.issues) {
    const valuation = party.valuations[issue.id]
    if (valuation === undefined) continue
    const chosen = deal.choices[issue.id]
    // A deal is the caller's data: a missing or unknown choice is a mistake in the call.
    if (chosen === undefined)
      throw new RangeError(`deal: it has no choice for issue "${issue.id}"; a deal chooses an option on every issue.`)
    const value = Object.prototype.hasOwnProperty.call(valuation.values, chosen) ? valuation.values[chosen] : undefined
    if (value === undefined) throw new RangeError(`deal: "${chosen}" is not an option of issue "${issue.id}".`)
    total += valuation.stake * value
  }
  for (const { between, value } of party.interactions) {
    if (deal.choices[between[0].issue] === between[0].option && deal.choices[between[1].issue] === between[1].option) {
      total += value
    }
  }
  return total + party.moneyValue * netReceived(party.id, deal)
}

/**
 * A party's utility for choices that may leave issues open (a status quo that keeps nothing on
 * some issues): an open issue adds nothing, an interaction term counts when both its options
 * are chosen. No money moves. For a complete deal use `utilityOfParty`, which refuses a gap.
 */
export const utilityOfChoices = (
  scenario: Scenario,
  party: Party,
  choices: Readonly<Record<string, string | undefined>>,
): number => {
  let total = 0
  for (const issue of scenario.issues) {
    const v = party.valuations[issue.id]
    const chosen = choices[issue.id]
    if (v !== undefined && chosen !== undefined) total += v.stake * v.values[chosen as OptionId]!
  }
  for (const { between, value } of party.interactions)
    if (choices[between[0].issue] === between[0].option && choices[between[1].issue] === between[1].option)
      total += value
  return total
}

/** Money a party receives minus money it pays in a deal. @category evaluate */
export const netReceived = (party: PartyId, deal: Deal): number => {
  let net = 0
  for (const payment of deal.payments) {
    if (payment.to === party) net += payment.amount
    if (payment.from === party) net -= payment.amount
  }
  return net
}
