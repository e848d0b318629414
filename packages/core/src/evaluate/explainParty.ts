/**
 * The one explanation of a deal for one party: what it gives (changes it loses on), what it
 * gets (changes it gains on), the money, the net gain, and every rule of its mandate (kaders)
 * with the room left and whether that room is tight. `explainDeal`, the council note and
 * `checkMandate` all read it, so they agree on every number and every verdict.
 *
 * Laws: `gain` is the sum of the gains of `changes` plus `interactionGain` plus `moneyGain`
 * plus `fallbackGain` (0 unless the party's disagreement point is its reservation utility);
 * `gives`, `gets` and `indifferent` split `changes` by the party's own tolerance; a rule
 * holds exactly when `checkDeal` reports no flaw of it for the party; a rule is tight only
 * when it holds. Each party is judged by its own tolerance (`partyTolerances`), so rescaling
 * one party changes no other party's explanation, and its own only by the factor.
 */
import type { Deal } from '../model/Deal.js'
import type { Issue, IssueId, OptionId } from '../model/Issue.js'
import type { Party } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { lookup } from '../internal/lookup.js'
import type { DealCheck } from './checkDeal.js'
import type { DealRules } from './DealRules.js'
import { domainGainOf } from './gainOf.js'
import { isTight, TIGHT_SHARE } from './isTight.js'
import { partyTolerances, toleranceFor } from './toleranceFor.js'
import { netReceived, utilityOfChoices, utilityOfParty } from './utilityOf.js'
import { dependsOnRequiredIssue, noAgreementUtilities } from './noAgreementUtility.js'
import type { IssueChange, MandateItem, PartyExplanation } from './PartyExplanation.js'

/** How a party's explanation is judged. @category evaluate */
export interface ExplainOptions {
  /** The rules the deal was checked by (their `tolerance` replaces every party's own). */
  readonly rules?: DealRules
  /**
   * A numeric rule is tight when its room is at most this share of the larger of its limit
   * and the party's net gain (default `TIGHT_SHARE`, 0.3: less than a third of the way left).
   */
  readonly tightShare?: number
}

/** Whether an option of a quantity issue sits right next to a forbidden one. */
const nextToForbidden = (issue: Issue, chosen: OptionId, forbidden: (id: OptionId) => boolean): boolean => {
  if (issue.kind !== 'quantity') return false
  const at = issue.options.findIndex((o) => o.id === chosen)
  return [at - 1, at + 1].some((k) => k >= 0 && k < issue.options.length && forbidden(issue.options[k]!.id))
}

/** Each changed issue as the party sees it, in scenario order. */
const changesFor = (scenario: Scenario, party: Party, deal: Deal, changed: readonly IssueId[]): IssueChange[] => {
  const found = lookup(scenario)
  return changed.map((id) => {
    // Without a status quo nothing holds before the deal: the change brings the whole value.
    const from = scenario.statusQuo.choices[id]
    const to = deal.choices[id]!
    const v = party.valuations[id]
    const before = v === undefined || from === undefined ? 0 : (v.values[from] ?? 0)
    const gain = v === undefined ? 0 : v.stake * ((v.values[to] ?? 0) - before)
    return { issue: id, domain: found.issue.get(id)!.domain, ...(from === undefined ? {} : { from }), to, gain }
  })
}

/**
 * What stays as it is minus the reservation utility, for a party whose disagreement point is
 * its reservation (see `fallbackGain`); 0 for every other party.
 */
const fallbackGainOf = (scenario: Scenario, party: Party): number => {
  if (!dependsOnRequiredIssue(scenario, party)) return 0
  return utilityOfChoices(scenario, party, scenario.statusQuo.choices) - party.reservationUtility!
}

/** Utility of the interaction terms under the deal minus under the status quo, term by term (exact 0 when none changes). */
const interactionGainOf = (scenario: Scenario, party: Party, deal: Deal): number => {
  const on = (d: Deal, i: number) => {
    const [a, b] = party.interactions[i]!.between
    return d.choices[a.issue] === a.option && d.choices[b.issue] === b.option
  }
  return party.interactions.reduce(
    (sum, t, i) => sum + (on(deal, i) ? t.value : 0) - (on(scenario.statusQuo, i) ? t.value : 0),
    0,
  )
}

/**
 * Explains a deal for one party, from the check of that deal (`checkDeal`, or the numbers a
 * search already returned with its `RankedDeal`).
 *
 * @example
 * const deal = dealFrom(scenario, { road: 'via-b', housing: 'west' })
 * explainParty(scenario, deal, 0, checkDeal(scenario, deal)).gives.map((c) => c.issue) // => ['road']
 *
 * @category evaluate
 */
export const explainParty = (
  scenario: Scenario,
  deal: Deal,
  index: number,
  check: Pick<DealCheck, 'changes' | 'participants' | 'gains' | 'flaws'>,
  options: ExplainOptions = {},
): PartyExplanation => {
  const party = scenario.parties[index]!
  const found = lookup(scenario)
  const share = options.tightShare ?? TIGHT_SHARE
  // The party's gains by its own tolerance, money (the payment cap) on the scenario's, as checkDeal does.
  const tol = options.rules?.tolerance ?? partyTolerances(scenario)[index]!
  const moneyTol = options.rules?.tolerance ?? toleranceFor(scenario)
  const changes = changesFor(scenario, party, deal, check.changes)
  const gives = changes.filter((c) => c.gain < -tol).sort((a, b) => a.gain - b.gain)
  const gets = changes.filter((c) => c.gain > tol).sort((a, b) => b.gain - a.gain)
  const indifferent = changes.filter((c) => Math.abs(c.gain) <= tol).map((c) => c.issue)
  const gain = check.gains[party.id] ?? 0
  const moneyReceived = netReceived(party.id, deal)
  const moneyGain = party.moneyValue * moneyReceived
  const interactionGain = interactionGainOf(scenario, party, deal)
  const participant = check.participants.includes(party.id)
  const flawed = (tag: string, domain?: DomainId): boolean =>
    check.flaws.some(
      (f) =>
        f._tag === tag &&
        'party' in f &&
        f.party === party.id &&
        (domain === undefined || ('domain' in f && f.domain === domain)),
    )
  // Minimums bind participants only; a rule that holds is tight when little of the way is left.
  const floor = <R extends 'minGain' | 'reservation'>(rule: R, value: number, limit: number, flaw: string) => {
    const holds = !participant || !flawed(flaw)
    return {
      rule,
      value,
      limit,
      slack: value - limit,
      holds,
      tight: participant && holds && isTight(value - limit, limit, gain, tol, share),
    }
  }

  const mandate: MandateItem[] = []
  const { mandate: m } = party
  const changed = new Set(check.changes)
  for (const ref of m.redLines) {
    const issue = found.issue.get(ref.issue)!
    const chosen = deal.choices[ref.issue]!
    const isChanged = changed.has(ref.issue)
    const holds = !(isChanged && chosen === ref.option)
    const tight = holds && isChanged && nextToForbidden(issue, chosen, (id) => id === ref.option)
    mandate.push({ rule: 'redLine', issue: ref.issue, option: ref.option, changed: isChanged, holds, tight })
  }
  for (const [id, allowed] of Object.entries(m.allowedOptions) as [IssueId, readonly OptionId[] | undefined][]) {
    if (allowed === undefined) continue
    const issue = found.issue.get(id)!
    const chosen = deal.choices[id]!
    const isChanged = changed.has(id)
    const holds = !isChanged || allowed.includes(chosen)
    const tight = holds && isChanged && nextToForbidden(issue, chosen, (o) => !allowed.includes(o))
    mandate.push({ rule: 'allowedOptions', issue: id, chosen, allowed, changed: isChanged, holds, tight })
  }
  if (m.minGain !== undefined) mandate.push(floor('minGain', gain, m.minGain, 'BelowMinGain'))
  for (const [domain, minimum] of Object.entries(m.minDomainGain) as [DomainId, number | undefined][]) {
    if (minimum === undefined) continue
    const value = domainGainOf(scenario, party.id, deal, domain)
    // A floor on a domain the deal does not touch for this party cannot be tight.
    const touched = scenario.issues.some(
      (i) => i.domain === domain && changed.has(i.id) && (party.valuations[i.id]?.stake ?? 0) > 0,
    )
    const holds = !participant || !flawed('BelowDomainGain', domain)
    const tight = participant && touched && holds && isTight(value - minimum, minimum, gain, tol, share)
    mandate.push({
      rule: 'minDomainGain',
      domain,
      touched,
      value,
      limit: minimum,
      slack: value - minimum,
      holds,
      tight,
    })
  }
  if (m.maxPayment !== undefined) {
    const paid = deal.payments.reduce((sum, x) => (x.from === party.id ? sum + x.amount : sum), 0)
    const slack = m.maxPayment - paid
    const holds = !participant || !flawed('PaymentCapExceeded')
    // A cap the party pays nothing under is not tight, however large its gain.
    const tight = holds && paid > 0 && slack <= share * m.maxPayment + moneyTol
    mandate.push({ rule: 'maxPayment', value: paid, limit: m.maxPayment, slack, holds, tight })
  }
  if (party.reservationUtility !== undefined) {
    const utility = utilityOfParty(scenario, party, deal)
    // With the reservation as disagreement point the gain rule is this test (see checkDeal).
    const same = noAgreementUtilities(scenario)[index] === party.reservationUtility
    mandate.push(
      floor('reservation', utility, party.reservationUtility, same ? 'ParticipantDoesNotGain' : 'BelowReservation'),
    )
  }
  const gainHolds = participant ? !flawed('ParticipantDoesNotGain') : !flawed('OutsiderLoses')
  return {
    party: party.id,
    participant,
    changes,
    gives,
    gets,
    indifferent,
    interactionGain,
    moneyReceived,
    moneyGain,
    fallbackGain: fallbackGainOf(scenario, party),
    gain,
    gainRule: {
      rule: participant ? 'gain' : 'noLoss',
      value: gain,
      limit: 0,
      slack: gain,
      holds: gainHolds,
      tight: gainHolds && isTight(gain, 0, gain, tol, share),
    },
    mandateHolds: mandate.every((x) => x.holds),
    mandate,
  }
}
