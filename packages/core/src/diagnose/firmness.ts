/**
 * How firm a valid deal is, party by party: how far each of its numbers may move before the
 * deal stops being valid for that party (its margin).
 *
 * A party's gain is linear in each of its numbers, so the margins are exact: its slack is the
 * least room over every rule it must meet (a strict gain or no loss, its minimum gain, its
 * reservation, the floors of the domains the deal touches); moving the value of the chosen
 * option (or of the status-quo option) by d moves the gain by `stake × d`, and moving the stake
 * by d moves it by `d × (value chosen − value before)`. Each margin is the slack divided by
 * that rate, against the rules the number enters (a domain floor only for its own domain).
 * On an issue without a status quo the "value before" is 0: the party's gain there is
 * `stake × value chosen` less its reservation, which stays fixed.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { compile } from '../evaluate/compile.js'
import { defaultDealRules, type DealRules } from '../evaluate/DealRules.js'
import { domainGainOf } from '../evaluate/gainOf.js'

/**
 * One changed issue seen from one party: how far its numbers may move.
 * - `valueMargin`: how much the value of the chosen option may fall (or the status quo's
 *   rise) before the deal fails for the party;
 * - `stakeMargin`: how much the stake may move in the harmful direction (`Infinity` when the
 *   change is worth nothing to the party, so its stake does not matter).
 * @category diagnose
 */
export interface IssueMargin {
  readonly issue: IssueId
  readonly valueMargin: number
  readonly stakeMargin: number
}

/**
 * One party's margins. `slack`: the least room over every rule it must meet; `binding`: the
 * rule with that least room.
 * @category diagnose
 */
export interface PartyMargin {
  readonly party: PartyId
  readonly participant: boolean
  readonly slack: number
  readonly binding: 'gain' | 'noLoss' | 'minGain' | 'reservation' | 'minDomainGain'
  readonly issues: readonly IssueMargin[]
}

/**
 * The margins of every party that values a changed issue, for a valid deal.
 * @example
 * margins(scenario, deal)[0] // => { party: 'A', slack: 2, binding: 'gain' }
 * @category diagnose
 */
export const margins = (
  scenario: Scenario,
  deal: Deal,
  rules: DealRules = defaultDealRules,
): readonly PartyMargin[] => {
  const check = checkDeal(scenario, deal, rules)
  const c = compile(scenario)
  const taking = new Set(check.participants)
  const out: PartyMargin[] = []
  scenario.parties.forEach((party, p) => {
    // Each party's room by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
    const tol = rules.tolerance ?? c.partyTolerance[p]!
    const touched = check.changes.filter((i) => party.valuations[i] !== undefined)
    if (touched.length === 0 && !taking.has(party.id)) return
    const gain = check.gains[party.id]!
    const participant = taking.has(party.id)
    const rooms: { rule: PartyMargin['binding']; room: number }[] = []
    if (!participant) rooms.push({ rule: 'noLoss', room: gain + tol })
    else {
      rooms.push(
        rules.gainRule === 'strict' ? { rule: 'gain', room: gain - tol } : { rule: 'noLoss', room: gain + tol },
      )
      if (party.mandate.minGain !== undefined) rooms.push({ rule: 'minGain', room: gain - party.mandate.minGain + tol })
      if (party.reservationUtility !== undefined)
        rooms.push({ rule: 'reservation', room: c.statusQuoUtility[p]! + gain - party.reservationUtility })
    }
    const total = rooms.reduce((a, b) => (b.room < a.room ? b : a))
    const domainRoom = (domain: DomainId) => {
      const floor = participant ? party.mandate.minDomainGain[domain] : undefined
      return floor === undefined ? Infinity : domainGainOf(scenario, party.id, deal, domain) - floor + tol
    }
    let slack = total.room
    let binding = total.rule
    for (const [domain, floor] of Object.entries(party.mandate.minDomainGain) as [DomainId, number | undefined][]) {
      if (!participant || floor === undefined) continue
      const room = domainRoom(domain)
      if (room < slack) {
        slack = room
        binding = 'minDomainGain'
      }
    }
    const issues = touched.map((issue): IssueMargin => {
      const v = party.valuations[issue]!
      const found = scenario.issues.find((i) => i.id === issue)!
      const room = Math.max(0, Math.min(total.room, domainRoom(found.domain)))
      // On an issue without a status quo nothing holds before: the stake weighs the whole value.
      const before = scenario.statusQuo.choices[issue]
      const delta = v.values[deal.choices[issue]!]! - (before === undefined ? 0 : v.values[before]!)
      return {
        issue,
        valueMargin: v.stake > 0 ? room / v.stake : Infinity,
        stakeMargin: delta === 0 ? Infinity : room / Math.abs(delta),
      }
    })
    out.push({ party: party.id, participant, slack, binding, issues })
  })
  return out
}
