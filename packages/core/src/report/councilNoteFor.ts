/**
 * Builds the data of a council note for one deal and one party. Pure: the same scenario,
 * deal and party give the same note. The note's numbers come from the same functions every
 * search uses (`checkDeal`, `gainOf`, `findDeadlocks`), so a note never disagrees with them.
 */
import type { Deal, Payment } from '../model/Deal.js'
import type { Issue } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { lookup } from '../internal/lookup.js'
import { findDeadlocks, type DeadlockReport } from '../analyze/findDeadlocks.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { changesOf, participantsOf } from '../evaluate/changesOf.js'
import { netReceived, utilityOf } from '../evaluate/utilityOf.js'
import { checkMandate, type TightnessOptions } from './checkMandate.js'
import { margins } from '../diagnose/firmness.js'
import { firmnessProbability, type FirmnessOptions } from '../diagnose/firmnessProbability.js'
import type {
  CouncilNote,
  NoteChange,
  NoteDeadlock,
  NoteOption,
  NoteParty,
  NotePayment,
  OtherParticipant,
  RatificationRisk,
} from './CouncilNote.js'

/** Options for `councilNoteFor`. @category report */
export interface CouncilNoteOptions extends TightnessOptions {
  /** A deadlock analysis already at hand (computed when absent). */
  readonly deadlocks?: DeadlockReport
  /** Also estimate the probability that the deal survives uncertain valuations (seeded Monte Carlo). */
  readonly firmness?: FirmnessOptions
  /** The date to print on the note, ISO `yyyy-mm-dd` (the library reads no clock). */
  readonly date?: string
  /**
   * Show which rules of the other parties' mandates are tight (default false: a council note
   * is public, so it says only whether the deal stays within each other party's mandate).
   */
  readonly othersMandateDetail?: boolean
}

const noteParty = (p: Party): NoteParty => ({ id: p.id, name: p.name, kind: p.kind })

const noteOption = (issue: Issue, id: string): NoteOption => {
  const o = issue.options.find((x) => x.id === id)
  invariant(o !== undefined, `option ${id} not in ${issue.id}`)
  return { id: o.id, label: o.label, ...(o.quantity === undefined ? {} : { quantity: o.quantity }) }
}

/** Each changed issue seen from one party. */
const changesFor = (scenario: Scenario, party: Party, deal: Deal): NoteChange[] =>
  changesOf(scenario, deal).map((id) => {
    const issue = lookup(scenario).issue.get(id)!
    const before = scenario.statusQuo.choices[id]!
    const after = deal.choices[id]!
    const v = party.valuations[id]
    const gain = v === undefined ? 0 : v.stake * (v.values[after]! - v.values[before]!)
    return {
      issue: id,
      issueName: issue.name,
      kind: issue.kind,
      ...(issue.unit === undefined ? {} : { unit: issue.unit }),
      domain: issue.domain,
      domainName: scenario.domains.find((d) => d.id === issue.domain)?.name ?? issue.domain,
      from: noteOption(issue, before),
      to: noteOption(issue, after),
      gain,
    }
  })

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

/** The deal without one party: its issues back at the status quo, its payments dropped. */
const withoutParty = (scenario: Scenario, deal: Deal, party: PartyId): Deal => {
  const choices = { ...deal.choices }
  for (const issue of scenario.issues)
    if (issue.stakeholders.includes(party)) choices[issue.id] = scenario.statusQuo.choices[issue.id]!
  return { choices, payments: deal.payments.filter((x: Payment) => x.from !== party && x.to !== party) }
}

/**
 * The data of a note an alderman takes to the council about one package deal: the deadlocks
 * it solves, what the party gives and gets, its net gain over the status quo, whether the
 * mandate (kaders) holds and where it is tight, who else takes part and what they get, and
 * what happens if a council says no.
 *
 * @example
 * const note = councilNoteFor(scenario, deal, 'A' as PartyId)
 * note.netGain // => 1.8
 * note.gives.map((c) => c.issue) // => ['road']
 *
 * @category report
 */
export const councilNoteFor = (
  scenario: Scenario,
  deal: Deal,
  party: PartyId,
  options: CouncilNoteOptions = {},
): CouncilNote => {
  const found = lookup(scenario)
  const p = found.party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  const check = checkDeal(scenario, deal)
  const deadlocks = options.deadlocks ?? findDeadlocks(scenario)
  const changes = changesFor(scenario, p, deal)
  const participants = participantsOf(scenario, deal)
  const named = (id: PartyId) => noteParty(found.party.get(id)!)
  const payment = (x: Payment): NotePayment => ({ from: named(x.from), to: named(x.to), amount: x.amount })

  const deadlocksSolved: NoteDeadlock[] = []
  for (const change of changes) {
    const analysis = deadlocks.issues.find((a) => a.issue === change.issue)
    if (analysis?.status !== 'deadlocked') continue
    const option = analysis.options.find((o) => o.option === change.to.id)
    if (option === undefined) continue
    deadlocksSolved.push({
      issue: change.issue,
      issueName: change.issueName,
      option: change.to,
      regionGain: option.regionGain,
      blockers: option.blockers.map((b) => ({
        party: named(b.party),
        reason: b.reason,
        ...(b.rule === undefined ? {} : { rule: b.rule }),
        gain: b.gain,
      })),
    })
  }

  const mandate = checkMandate(scenario, party, deal, options)
  const detail = options.othersMandateDetail === true
  const mandateOf = (id: PartyId) => checkMandate(scenario, id, deal, options)
  const others: OtherParticipant[] = participants
    .filter((id) => id !== party)
    .map((id) => {
      const theirs = changesFor(scenario, found.party.get(id)!, deal)
      const checks = mandateOf(id)
      return {
        party: named(id),
        gain: check.gains[id] ?? 0,
        gets: theirs.filter((c) => c.gain > 0),
        gives: theirs.filter((c) => c.gain < 0),
        withinMandate: checks.every((c) => c.holds),
        tightRules: detail ? checks.filter((c) => c.tight).map((c) => c.rule) : [],
      }
    })
  const risks: RatificationRisk[] = others.map((other) => {
    const smaller = withoutParty(scenario, deal, other.party.id)
    const remaining = changesOf(scenario, smaller)
    return {
      party: other.party,
      remaining,
      remainingValid: remaining.length > 0 && checkDeal(scenario, smaller).valid,
      ourGain: utilityOf(scenario, party, smaller) - utilityOf(scenario, party, scenario.statusQuo),
      tight: other.tightRules.length > 0,
    }
  })
  const utilityBefore = utilityOf(scenario, party, scenario.statusQuo)
  const utilityAfter = utilityOf(scenario, party, deal)
  return {
    scenarioName: scenario.name,
    scenarioNotes: scenario.notes,
    ...(options.date === undefined ? {} : { date: options.date }),
    othersMandateDetail: detail,
    party: noteParty(p),
    deal,
    valid: check.valid,
    flaws: check.flaws,
    changes,
    gives: changes.filter((c) => c.gain < 0),
    gets: changes.filter((c) => c.gain > 0),
    paymentsMade: deal.payments.filter((x) => x.from === party).map(payment),
    paymentsReceived: deal.payments.filter((x) => x.to === party).map(payment),
    ...(scenario.compensation === undefined ? {} : { compensationUnit: scenario.compensation.unit }),
    ...(scenario.units === undefined ? {} : { units: scenario.units }),
    issueUnits: Object.fromEntries(scenario.issues.flatMap((i) => (i.unit === undefined ? [] : [[i.id, i.unit]]))),
    moneyValue: p.moneyValue,
    moneyGain: p.moneyValue * netReceived(party, deal),
    interactionGain: interactionGainOf(scenario, p, deal),
    utilityBefore,
    utilityAfter,
    netGain: utilityAfter - utilityBefore,
    participates: participants.includes(party),
    deadlocksSolved,
    mandate,
    mandateHolds: mandate.every((c) => c.holds),
    others,
    outsiders: scenario.parties
      .filter((x) => !participants.includes(x.id))
      .map((x) => ({ party: noteParty(x), gain: check.gains[x.id] ?? 0 })),
    risks,
    ...(check.valid
      ? {
          firmness: {
            margins: margins(scenario, deal),
            ...(options.firmness === undefined
              ? {}
              : { probability: firmnessProbability(scenario, deal, options.firmness) }),
          },
        }
      : {}),
  }
}
