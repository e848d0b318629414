/**
 * A deal explained per party, the way a civil servant (ambtenaar) prepares it for the
 * executive: what we give away (changes we lose on), what we bring in (changes we gain on),
 * the money, the net gain, and whether the council's mandate (kaders) holds, with the slack
 * on every rule and which rules are tight. Pure data; formatting is for `report/`.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal, type DealFlaw } from '../evaluate/checkDeal.js'
import { defaultDealRules, type DealRules } from '../evaluate/DealRules.js'
import { domainGainOf } from '../evaluate/gainOf.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { netReceived, utilityOfParty } from '../evaluate/utilityOf.js'
import { isTight } from '../evaluate/isTight.js'
import { explainModules, type ModuleExplanation } from './explainModules.js'

/** One changed issue as one party sees it. @category search */
export interface IssueChange {
  readonly issue: IssueId
  readonly domain: DomainId
  readonly from: OptionId
  readonly to: OptionId
  /** `stake × (value(to) − value(from))` for this party. */
  readonly gain: number
}

/**
 * One rule of a party's mandate (or of the gain rule) checked on a deal. `slack` is how far
 * the deal is from breaking it (`value − limit` for floors, `cap − paid` for `maxPayment`;
 * ≥ 0 when it holds); `tight` by the library's one rule (`isTight`: little room left compared
 * with the limit and the party's net gain), the same rule the council notes use. Red lines and
 * allowed options are yes/no (slack 0, never tight).
 * @category search
 */
export interface MandateItem {
  readonly rule:
    'gain' | 'reservation' | 'minGain' | 'minDomainGain' | 'maxPayment' | 'redLines' | 'allowedOptions' | 'noLoss'
  readonly domain?: DomainId
  readonly value: number
  readonly limit: number
  readonly slack: number
  readonly holds: boolean
  readonly tight: boolean
}

/** What one party gives, gets and keeps under a deal. @category search */
export interface PartyExplanation {
  readonly party: PartyId
  readonly participant: boolean
  /** Changes it loses on (what it gives away), largest loss first. */
  readonly gives: readonly IssueChange[]
  /** Changes it gains on (what it brings in), largest gain first. */
  readonly gets: readonly IssueChange[]
  /** Changes it is indifferent to. */
  readonly indifferent: readonly IssueId[]
  /** Utility from interaction terms, relative to the status quo. */
  readonly interactionGain: number
  /** Net money received (negative: paid), and what it is worth to the party. */
  readonly moneyReceived: number
  readonly moneyGain: number
  readonly gain: number
  readonly mandateHolds: boolean
  readonly mandate: readonly MandateItem[]
}

/** A deal explained. @category search */
export interface DealExplanation {
  readonly valid: boolean
  readonly flaws: readonly DealFlaw[]
  readonly changes: readonly IssueId[]
  readonly parties: readonly PartyExplanation[]
  /** Every module issue: who joins and why the others stay out (empty without modules). */
  readonly modules: readonly ModuleExplanation[]
}

/**
 * Explains a deal per party.
 * @example
 * const e = explainDeal(scenario, dealFrom(scenario, { road: 'via-b', housing: 'west' }))
 * e.parties[0].gives.map((c) => c.issue) // => ['road']
 * e.parties[0].gets.map((c) => c.issue) // => ['housing']
 * e.parties[0].gain // => 2
 * @category search
 */
export const explainDeal = (scenario: Scenario, deal: Deal, rules: DealRules = defaultDealRules): DealExplanation => {
  const check = checkDeal(scenario, deal, rules)
  const tol = rules.tolerance ?? toleranceFor(scenario)
  const taking = new Set(check.participants)
  const parties = scenario.parties.map((party): PartyExplanation => {
    const gives: IssueChange[] = []
    const gets: IssueChange[] = []
    const indifferent: IssueId[] = []
    let issueGain = 0
    for (const id of check.changes) {
      const issue = scenario.issues.find((i) => i.id === id)!
      const from = scenario.statusQuo.choices[id]!
      const to = deal.choices[id]!
      const v = party.valuations[id]
      const gain = v === undefined ? 0 : v.stake * ((v.values[to] ?? 0) - (v.values[from] ?? 0))
      issueGain += gain
      const change = { issue: id, domain: issue.domain, from, to, gain }
      if (gain < -tol) gives.push(change)
      else if (gain > tol) gets.push(change)
      else indifferent.push(id)
    }
    gives.sort((a, b) => a.gain - b.gain)
    gets.sort((a, b) => b.gain - a.gain)
    const moneyReceived = netReceived(party.id, deal)
    const moneyGain = party.moneyValue * moneyReceived
    const gain = check.gains[party.id] ?? 0
    const interactionGain = gain - issueGain - moneyGain
    const participant = taking.has(party.id)
    const item = (
      rule: MandateItem['rule'],
      value: number,
      limit: number,
      holds: boolean,
      domain?: DomainId,
    ): MandateItem => ({
      rule,
      value,
      limit,
      slack: value - limit,
      holds,
      tight: holds && isTight(value - limit, limit, gain, tol),
      ...(domain === undefined ? {} : { domain }),
    })
    const mandate: MandateItem[] = []
    const { mandate: m } = party
    const crossed = check.flaws.filter((f) => 'party' in f && f.party === party.id)
    // Red lines and allowed options hold or not; they have no amount to be tight on.
    mandate.push({ ...item('redLines', 0, 0, !crossed.some((f) => f._tag === 'RedLine')), tight: false })
    mandate.push({ ...item('allowedOptions', 0, 0, !crossed.some((f) => f._tag === 'OptionNotAllowed')), tight: false })
    if (!participant) mandate.push(item('noLoss', gain, 0, !crossed.some((f) => f._tag === 'OutsiderLoses')))
    else {
      mandate.push(item('gain', gain, 0, !crossed.some((f) => f._tag === 'ParticipantDoesNotGain')))
      if (party.reservationUtility !== undefined) {
        const utility = utilityOfParty(scenario, party, deal)
        mandate.push(
          item('reservation', utility, party.reservationUtility, !crossed.some((f) => f._tag === 'BelowReservation')),
        )
      }
      if (m.minGain !== undefined)
        mandate.push(item('minGain', gain, m.minGain, !crossed.some((f) => f._tag === 'BelowMinGain')))
      for (const [domain, minimum] of Object.entries(m.minDomainGain) as [DomainId, number | undefined][]) {
        if (minimum === undefined) continue
        const value = domainGainOf(scenario, party.id, deal, domain)
        mandate.push(
          item(
            'minDomainGain',
            value,
            minimum,
            !crossed.some((f) => f._tag === 'BelowDomainGain' && f.domain === domain),
            domain,
          ),
        )
      }
      if (m.maxPayment !== undefined) {
        const paid = deal.payments.reduce((s, p) => (p.from === party.id ? s + p.amount : s), 0)
        // Slack is what the party could still pay: cap − paid.
        mandate.push({
          ...item('maxPayment', m.maxPayment, paid, !crossed.some((f) => f._tag === 'PaymentCapExceeded')),
          value: paid,
          limit: m.maxPayment,
        })
      }
    }
    return {
      party: party.id,
      participant,
      gives,
      gets,
      indifferent,
      interactionGain,
      moneyReceived,
      moneyGain,
      gain,
      mandateHolds: mandate.every((x) => x.holds),
      mandate,
    }
  })
  return {
    valid: check.valid,
    flaws: check.flaws,
    changes: check.changes,
    parties,
    modules: explainModules(scenario, deal, rules),
  }
}
