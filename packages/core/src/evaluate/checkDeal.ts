/**
 * The definition of a valid package deal, in one place. Every search, the simulator and the
 * property tests use this check; a search never returns a deal that fails it.
 *
 * A deal is valid when it chooses one of the options of every issue, changes at least one
 * issue (an issue without a status quo always counts as changed, so a scenario with such an
 * issue never sees `NoChange`) and
 * 1. every participant (stakeholder of a changed issue, payer or payee) gains by the gain rule,
 *    over its status quo and over its reservation utility (one test, one flaw, when its
 *    disagreement point is the reservation utility: see `noAgreementUtility`);
 * 2. no outsider loses anything, or more than its `lossBound` (a stated rule for a party
 *    with an interest but no say);
 * 3. every party's mandate holds (red lines and allowed options on changed issues; minimum
 *    total and per-domain gains and the payment cap for participants);
 * 4. payments are positive, between two different parties, and only where the scenario
 *    allows compensation (they balance by construction);
 * 5. every regional target is met (the status quo need not meet them: see `targetTotal`).
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import type { TargetId } from '../model/Target.js'
import { lookup } from '../internal/lookup.js'
import { changesOf, participantsOf } from './changesOf.js'
import { defaultDealRules, type DealRules } from './DealRules.js'
import { domainGainOfParty } from './gainOf.js'
import { meetsTarget, targetTolerance, targetTotal } from './targetTotal.js'
import { isNoLoss, isStrictGain, reaches } from './tolerance.js'
import { partyTolerances, toleranceFor } from './toleranceFor.js'
import { noAgreementUtilities } from './noAgreementUtility.js'
import { utilityOfParty } from './utilityOf.js'

/**
 * One reason a deal is not valid.
 * @category evaluate
 */
export type DealFlaw =
  | { readonly _tag: 'NoChange' }
  | { readonly _tag: 'UnknownChoice'; readonly issue: IssueId; readonly option: string }
  | { readonly _tag: 'ParticipantDoesNotGain'; readonly party: PartyId; readonly gain: number }
  | {
      readonly _tag: 'BelowReservation'
      readonly party: PartyId
      readonly utility: number
      readonly reservation: number
    }
  | { readonly _tag: 'OutsiderLoses'; readonly party: PartyId; readonly gain: number }
  | { readonly _tag: 'RedLine'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }
  | { readonly _tag: 'OptionNotAllowed'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }
  | { readonly _tag: 'BelowMinGain'; readonly party: PartyId; readonly gain: number; readonly minimum: number }
  | {
      readonly _tag: 'BelowDomainGain'
      readonly party: PartyId
      readonly domain: DomainId
      readonly gain: number
      readonly minimum: number
    }
  | { readonly _tag: 'PaymentCapExceeded'; readonly party: PartyId; readonly paid: number; readonly cap: number }
  | { readonly _tag: 'PaymentsNotAllowed' }
  | { readonly _tag: 'InvalidPayment'; readonly index: number; readonly reason: string }
  | {
      readonly _tag: 'TargetMissed'
      readonly target: TargetId
      readonly total: number
      readonly atLeast?: number
      readonly atMost?: number
    }

/**
 * Everything the validity check found about a deal.
 * @category evaluate
 */
export interface DealCheck {
  readonly valid: boolean
  readonly changes: readonly IssueId[]
  readonly participants: readonly PartyId[]
  /** Gain per party, every party of the scenario. */
  readonly gains: Readonly<Record<PartyId, number>>
  readonly flaws: readonly DealFlaw[]
}

/**
 * Checks a deal against the definition of a valid package deal and says why it fails.
 *
 * @example
 * checkDeal(scenario, scenario.statusQuo).flaws // => [{ _tag: 'NoChange' }]
 * checkDeal(scenario, dealFrom(scenario, { road: 'via-b', housing: 'west' })).valid // => true
 *
 * @category evaluate
 */
export const checkDeal = (scenario: Scenario, deal: Deal, rules: DealRules = defaultDealRules): DealCheck => {
  // Money (payment caps) is judged on the scenario's scale; each party's gains on its own.
  const tolerance = rules.tolerance ?? toleranceFor(scenario)
  const own = rules.tolerance === undefined ? partyTolerances(scenario) : undefined
  const flaws: DealFlaw[] = []
  const gains: Record<PartyId, number> = {}
  const lookedUp = lookup(scenario)

  for (const [issueId, option] of Object.entries(deal.choices) as [IssueId, OptionId][]) {
    const issue = lookedUp.issue.get(issueId)
    if (issue === undefined || !issue.options.some((o) => o.id === option))
      flaws.push({ _tag: 'UnknownChoice', issue: issueId, option })
  }
  for (const issue of scenario.issues) {
    if (deal.choices[issue.id] === undefined) flaws.push({ _tag: 'UnknownChoice', issue: issue.id, option: '' })
  }
  if (flaws.length > 0) return { valid: false, changes: [], participants: [], gains, flaws }

  const changes = changesOf(scenario, deal)
  const participants = participantsOf(scenario, deal)
  if (changes.length === 0) flaws.push({ _tag: 'NoChange' })

  deal.payments.forEach((payment, index) => {
    if (scenario.compensation === undefined && index === 0) flaws.push({ _tag: 'PaymentsNotAllowed' })
    if (!(Number.isFinite(payment.amount) && payment.amount > 0))
      flaws.push({ _tag: 'InvalidPayment', index, reason: 'amount must be a positive finite number' })
    if (payment.from === payment.to) flaws.push({ _tag: 'InvalidPayment', index, reason: 'a party cannot pay itself' })
    if (!lookedUp.party.has(payment.from) || !lookedUp.party.has(payment.to))
      flaws.push({ _tag: 'InvalidPayment', index, reason: 'unknown party' })
  })

  for (const target of scenario.targets ?? []) {
    const total = targetTotal(scenario, target, deal)
    if (!meetsTarget(target, total, targetTolerance(scenario, target))) {
      flaws.push({
        _tag: 'TargetMissed',
        target: target.id,
        total,
        ...(target.atLeast === undefined ? {} : { atLeast: target.atLeast }),
        ...(target.atMost === undefined ? {} : { atMost: target.atMost }),
      })
    }
  }

  const isParticipant = new Set(participants)
  const baseline = noAgreementUtilities(scenario)
  scenario.parties.forEach((party, p) => {
    const tol = own?.[p] ?? tolerance
    const utility = utilityOfParty(scenario, party, deal)
    const gain = utility - baseline[p]!
    gains[party.id] = gain
    const { mandate } = party
    for (const issueId of changes) {
      const option = deal.choices[issueId]!
      if (mandate.redLines.some((r) => r.issue === issueId && r.option === option))
        flaws.push({ _tag: 'RedLine', party: party.id, issue: issueId, option })
      const allowed = mandate.allowedOptions[issueId]
      if (allowed !== undefined && !allowed.includes(option))
        flaws.push({ _tag: 'OptionNotAllowed', party: party.id, issue: issueId, option })
    }
    if (!isParticipant.has(party.id)) {
      if (!isNoLoss(gain + (party.lossBound ?? 0), tol)) flaws.push({ _tag: 'OutsiderLoses', party: party.id, gain })
      return
    }
    const gainsEnough = rules.gainRule === 'strict' ? isStrictGain(gain, tol) : isNoLoss(gain, tol)
    if (!gainsEnough) flaws.push({ _tag: 'ParticipantDoesNotGain', party: party.id, gain })
    // When the gain is already measured from the reservation (a party whose disagreement
    // point it is: it depends on an issue without a status quo), the two tests are one number;
    // the flaw is reported once, as ParticipantDoesNotGain.
    if (party.reservationUtility !== undefined && baseline[p] !== party.reservationUtility) {
      const over = utility - party.reservationUtility
      const enough = rules.gainRule === 'strict' ? isStrictGain(over, tol) : isNoLoss(over, tol)
      if (!enough)
        flaws.push({ _tag: 'BelowReservation', party: party.id, utility, reservation: party.reservationUtility })
    }
    if (mandate.minGain !== undefined && !reaches(gain, mandate.minGain, tol))
      flaws.push({ _tag: 'BelowMinGain', party: party.id, gain, minimum: mandate.minGain })
    for (const [domain, minimum] of Object.entries(mandate.minDomainGain) as [DomainId, number][]) {
      const domainGain = domainGainOfParty(scenario, party, deal, domain)
      if (!reaches(domainGain, minimum, tol))
        flaws.push({ _tag: 'BelowDomainGain', party: party.id, domain, gain: domainGain, minimum })
    }
    if (mandate.maxPayment !== undefined) {
      const paid = deal.payments.reduce((sum, p) => (p.from === party.id ? sum + p.amount : sum), 0)
      if (paid > mandate.maxPayment + tolerance)
        flaws.push({ _tag: 'PaymentCapExceeded', party: party.id, paid, cap: mandate.maxPayment })
    }
  })
  return { valid: flaws.length === 0, changes, participants, gains, flaws }
}

/**
 * Whether a deal is a valid package deal (see `checkDeal` for the reasons when it is not).
 * @example
 * isValidDeal(scenario, scenario.statusQuo) // => false
 * @category evaluate
 */
export const isValidDeal = (scenario: Scenario, deal: Deal, rules: DealRules = defaultDealRules): boolean =>
  checkDeal(scenario, deal, rules).valid
