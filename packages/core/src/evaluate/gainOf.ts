import type { Deal } from '../model/Deal.js'
import type { Party, PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { lookup } from '../internal/lookup.js'
import { checkPartyDeal } from './checkArguments.js'
import { noAgreementUtility } from './noAgreementUtility.js'
import { utilityOf } from './utilityOf.js'

/**
 * How much better off a party is with the deal than with the status quo (than with its
 * reservation utility, when its utility depends on an issue without a status quo: see
 * `noAgreementUtility`). Negative means the party loses by agreeing.
 *
 * @example
 * gainOf(scenario, 'A' as PartyId, deal) // => 2
 * gainOf(scenario, 'A' as PartyId, scenario.statusQuo) // => 0
 *
 * @category evaluate
 */
export const gainOf = (scenario: Scenario, party: PartyId, deal: Deal): number => {
  checkPartyDeal('gainOf', scenario, party, deal)
  const p = lookup(scenario).party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  return utilityOf(scenario, party, deal) - noAgreementUtility(scenario, p)
}

/**
 * A party's gain within one policy domain: the change in `stake × value` summed over that
 * domain's issues. Interaction terms and money are not attributed to any domain. An issue
 * without a status quo has no "before", so it adds nothing here (the decoder rejects a
 * domain floor on a domain that holds one).
 *
 * @example
 * domainGainOf(scenario, 'A' as PartyId, deal, 'housing' as DomainId) // => 3
 * domainGainOf(scenario, 'A' as PartyId, deal, 'mobility' as DomainId) // => -1
 *
 * @category evaluate
 */
export const domainGainOf = (scenario: Scenario, party: PartyId, deal: Deal, domain: DomainId): number => {
  checkPartyDeal('domainGainOf', scenario, party, deal)
  const p = lookup(scenario).party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  return domainGainOfParty(scenario, p, deal, domain)
}

/**
 * `domainGainOf` for a party of the scenario and a deal that callers have already checked
 * (`checkDeal` does, for every party): no argument checks, so the checks' messages stay out
 * of the bundles that only search (the search's door, `rankDeal`, calls `checkDeal`).
 * @example
 * domainGainOfParty(scenario, scenario.parties[0]!, deal, 'housing' as DomainId) // => 3
 * @category evaluate
 */
export const domainGainOfParty = (scenario: Scenario, party: Party, deal: Deal, domain: DomainId): number => {
  let gain = 0
  for (const issue of scenario.issues) {
    if (issue.domain !== domain) continue
    const valuation = party.valuations[issue.id]
    if (valuation === undefined || scenario.statusQuo.choices[issue.id] === undefined) continue
    const now = valuation.values[deal.choices[issue.id] ?? scenario.statusQuo.choices[issue.id]!]
    const before = valuation.values[scenario.statusQuo.choices[issue.id]!]
    invariant(now !== undefined && before !== undefined, `missing value on ${issue.id}`)
    gain += valuation.stake * (now - before)
  }
  return gain
}
