/**
 * A party's mandate (kaders) rule by rule against one deal, with the room each rule leaves.
 * The verdicts agree with `checkDeal`: a rule that does not hold here is a `checkDeal` flaw
 * for this party (minimum gains and the payment cap bind participants only).
 */
import type { Deal } from '../model/Deal.js'
import type { Issue, IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { lookup } from '../internal/lookup.js'
import { changesOf, participantsOf } from '../evaluate/changesOf.js'
import { domainGainOf, gainOf } from '../evaluate/gainOf.js'
import { isTight, TIGHT_SHARE } from '../evaluate/isTight.js'
import { reaches } from '../evaluate/tolerance.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import type { MandateCheck, NoteOption } from './CouncilNote.js'

/** When a rule counts as tight. @category report */
export interface TightnessOptions {
  /**
   * A numeric rule is tight when its room is at most this share of the larger of its limit
   * and the party's net gain (default `TIGHT_SHARE`, 0.3: less than a third of the way left).
   */
  readonly tightShare?: number
}

const noteOption = (issue: Issue, id: string): NoteOption => {
  const option = issue.options.find((o) => o.id === id)
  invariant(option !== undefined, `option ${id} not in ${issue.id}`)
  return { id: option.id, label: option.label, ...(option.quantity === undefined ? {} : { quantity: option.quantity }) }
}

/** Whether an option of a quantity issue sits right next to a forbidden one. */
const nextToForbidden = (issue: Issue, chosen: string, forbidden: (id: string) => boolean): boolean => {
  if (issue.kind !== 'quantity') return false
  const at = issue.options.findIndex((o) => o.id === chosen)
  return [at - 1, at + 1].some((k) => k >= 0 && k < issue.options.length && forbidden(issue.options[k]!.id))
}

/**
 * Checks each rule of a party's mandate against a deal: red lines, allowed options, minimum
 * total and per-domain gains, the payment cap and the reservation utility. Each check says
 * whether it holds and whether it is tight.
 *
 * @example
 * checkMandate(scenario, 'B' as PartyId, deal).map((c) => [c.rule, c.holds, c.tight])
 * // => [['minGain', true, true]]
 *
 * @category report
 */
export const checkMandate = (
  scenario: Scenario,
  party: PartyId,
  deal: Deal,
  options: TightnessOptions = {},
): readonly MandateCheck[] => {
  const tightShare = options.tightShare ?? TIGHT_SHARE
  const found = lookup(scenario)
  const p = found.party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  const tolerance = toleranceFor(scenario)
  const changed = new Set(changesOf(scenario, deal))
  const participates = participantsOf(scenario, deal).includes(party)
  const netGain = gainOf(scenario, party, deal)
  const tightRoom = (slack: number, limit: number): boolean => isTight(slack, limit, netGain, tolerance, tightShare)
  const checks: MandateCheck[] = []
  const { mandate } = p

  for (const ref of mandate.redLines) {
    const issue = found.issue.get(ref.issue)!
    const chosen = deal.choices[ref.issue]!
    const isChanged = changed.has(ref.issue)
    const holds = !(isChanged && chosen === ref.option)
    const tight = holds && isChanged && nextToForbidden(issue, chosen, (id) => id === ref.option)
    checks.push({
      rule: 'redLine',
      issue: ref.issue,
      issueName: issue.name,
      option: noteOption(issue, ref.option),
      holds,
      tight,
      changed: isChanged,
    })
  }
  for (const [issueId, allowed] of Object.entries(mandate.allowedOptions) as [
    IssueId,
    readonly string[] | undefined,
  ][]) {
    if (allowed === undefined) continue
    const issue = found.issue.get(issueId)!
    const chosen = deal.choices[issueId]!
    const isChanged = changed.has(issueId)
    const holds = !isChanged || allowed.includes(chosen)
    const tight = holds && isChanged && nextToForbidden(issue, chosen, (id) => !allowed.includes(id))
    checks.push({
      rule: 'allowedOptions',
      issue: issueId,
      issueName: issue.name,
      chosen: noteOption(issue, chosen),
      allowed: allowed.map((id) => noteOption(issue, id)),
      holds,
      tight,
      changed: isChanged,
    })
  }
  if (mandate.minGain !== undefined) {
    const slack = netGain - mandate.minGain
    const holds = !participates || reaches(netGain, mandate.minGain, tolerance)
    checks.push({
      rule: 'minGain',
      value: netGain,
      limit: mandate.minGain,
      slack,
      holds,
      tight: participates && tightRoom(slack, mandate.minGain),
    })
  }
  for (const [domain, minimum] of Object.entries(mandate.minDomainGain) as [DomainId, number | undefined][]) {
    if (minimum === undefined) continue
    const value = domainGainOf(scenario, party, deal, domain)
    const touched = scenario.issues.some(
      (i) => i.domain === domain && changed.has(i.id) && (p.valuations[i.id]?.stake ?? 0) > 0,
    )
    const slack = value - minimum
    const holds = !participates || reaches(value, minimum, tolerance)
    const domainName = scenario.domains.find((d) => d.id === domain)?.name ?? domain
    checks.push({
      rule: 'minDomainGain',
      domain,
      domainName,
      value,
      limit: minimum,
      slack,
      holds,
      tight: participates && touched && tightRoom(slack, minimum),
      touched,
    })
  }
  if (mandate.maxPayment !== undefined) {
    const paid = deal.payments.reduce((sum, x) => (x.from === party ? sum + x.amount : sum), 0)
    const slack = mandate.maxPayment - paid
    const holds = !participates || paid <= mandate.maxPayment + tolerance
    checks.push({
      rule: 'maxPayment',
      value: paid,
      limit: mandate.maxPayment,
      slack,
      holds,
      tight: paid > 0 && slack <= tightShare * mandate.maxPayment + tolerance,
    })
  }
  if (p.reservationUtility !== undefined) {
    const value = utilityOf(scenario, party, deal)
    const slack = value - p.reservationUtility
    const holds = !participates || slack > tolerance
    checks.push({
      rule: 'reservation',
      value,
      limit: p.reservationUtility,
      slack,
      holds,
      tight: participates && tightRoom(slack, p.reservationUtility),
    })
  }
  return checks
}
