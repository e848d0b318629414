/**
 * Builds the data of a council note for one deal and one party. Pure: the same scenario,
 * deal and party give the same note. The note's numbers come from the same functions every
 * search uses (`checkDeal`, `findDeadlocks`), and each party's gives, gets and mandate from the
 * one explanation of a deal (`explainParty`), so a note never disagrees with them or with
 * `explainDeal`. Given the `RankedDeal` a search returned, it builds on the search's check
 * (gains, changes, participants) instead of checking the deal again.
 *
 * Issues without a status quo: "what we give, what we get" is measured against no agreement
 * (see `explainDeal`); a party whose disagreement point is its reservation utility has it as
 * `utilityBefore`, and `fallbackGain` carries the part of the gain no change carries. Such a
 * note lists no deadlocks solved (no issue of such a game changes alone), and a council that
 * says no to an issue without a status quo brings down the whole deal (back to no agreement).
 */
import type { Deal, Payment } from '../model/Deal.js'
import type { Party, PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { lookup } from '../internal/lookup.js'
import { findDeadlocks, type DeadlockReport } from '../analyze/findDeadlocks.js'
import { checkDeal, type DealCheck } from '../evaluate/checkDeal.js'
import { changesOf } from '../evaluate/changesOf.js'
import { explainParty } from '../evaluate/explainParty.js'
import type { IssueChange } from '../evaluate/PartyExplanation.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import type { RankedDeal } from '../search/Search.js'
import { namedMandate, noteOption, type TightnessOptions } from './checkMandate.js'
import { margins } from '../diagnose/firmness.js'
import { noteModules } from './moduleSection.js'
import { firmnessProbability, type FirmnessOptions } from '../diagnose/firmnessProbability.js'
import type {
  CouncilNote,
  NoteChange,
  NoteDeadlock,
  NoteParty,
  NotePayment,
  OtherParticipant,
  RatificationRisk,
} from './CouncilNote.js'
import { dependsOnRequiredIssue, noAgreementUtility, requiredIssues } from '../evaluate/noAgreementUtility.js'

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

/** A change of one party's explanation with the names and labels a note prints. */
const noteChange = (scenario: Scenario, change: IssueChange): NoteChange => {
  const issue = lookup(scenario).issue.get(change.issue)!
  return {
    issue: change.issue,
    issueName: issue.name,
    kind: issue.kind,
    ...(issue.unit === undefined ? {} : { unit: issue.unit }),
    domain: issue.domain,
    domainName: scenario.domains.find((d) => d.id === issue.domain)?.name ?? issue.domain,
    ...(change.from === undefined ? {} : { from: noteOption(issue, change.from) }),
    to: noteOption(issue, change.to),
    gain: change.gain,
  }
}

/** The changes of one side of an explanation (gives or gets), in scenario order as a note lists them. */
const inScenarioOrder = (
  scenario: Scenario,
  all: readonly IssueChange[],
  side: readonly IssueChange[],
): NoteChange[] => {
  const on = new Set(side.map((c) => c.issue))
  return all.filter((c) => on.has(c.issue)).map((c) => noteChange(scenario, c))
}

/** The check a note builds on: the search's own numbers for a ranked deal (valid by construction). */
const checkOf = (scenario: Scenario, deal: Deal | RankedDeal): DealCheck =>
  'value' in deal
    ? { valid: true, changes: deal.changes, participants: deal.participants, gains: deal.gains, flaws: [] }
    : checkDeal(scenario, deal)

/**
 * The deal without one party: its issues back at the status quo, its payments dropped; none
 * when it has a say on an issue without a status quo, which nobody can settle without it, so
 * the whole deal falls and everyone is back at no agreement.
 */
const withoutParty = (scenario: Scenario, deal: Deal, party: PartyId): Deal | undefined => {
  const choices = { ...deal.choices }
  for (const issue of scenario.issues) {
    if (!issue.stakeholders.includes(party)) continue
    const before = scenario.statusQuo.choices[issue.id]
    if (before === undefined) return undefined
    choices[issue.id] = before
  }
  return { choices, payments: deal.payments.filter((x: Payment) => x.from !== party && x.to !== party) }
}

/**
 * The data of a note an alderman takes to the council about one package deal: the deadlocks
 * it solves, what the party gives and gets, its net gain over the status quo, whether the
 * mandate (kaders) holds and where it is tight, who else takes part and what they get, and
 * what happens if a council says no. Pass the `RankedDeal` a search returned to skip checking
 * the deal again.
 *
 * @example
 * const note = councilNoteFor(scenario, deal, 'A' as PartyId)
 * note.netGain // => 2: A gives the road (−1) and gets its housing location (+3)
 * note.gives.map((c) => c.issue) // => ['road']
 *
 * @category report
 */
export const councilNoteFor = (
  scenario: Scenario,
  dealOrRanked: Deal | RankedDeal,
  party: PartyId,
  options: CouncilNoteOptions = {},
): CouncilNote => {
  const found = lookup(scenario)
  const p = found.party.get(party)
  invariant(p !== undefined, `unknown party ${party}`)
  const deal = 'value' in dealOrRanked ? dealOrRanked.deal : dealOrRanked
  const check = checkOf(scenario, dealOrRanked)
  // A deadlock is one issue changed alone from the status quo; with an issue that has none, no
  // issue can change alone (see findDeadlocks), so such a note lists no deadlocks solved.
  const open = requiredIssues(scenario).length > 0
  const deadlocks = options.deadlocks ?? (open ? { issues: [], deadlocks: [] } : findDeadlocks(scenario))
  const explain = (id: PartyId) =>
    explainParty(
      scenario,
      deal,
      scenario.parties.findIndex((x) => x.id === id),
      check,
      options,
    )
  const own = explain(party)
  const changes = own.changes.map((c) => noteChange(scenario, c))
  const participants = check.participants
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

  const mandate = namedMandate(scenario, own)
  const detail = options.othersMandateDetail === true
  const others: OtherParticipant[] = participants
    .filter((id) => id !== party)
    .map((id) => {
      const theirs = explain(id)
      return {
        party: named(id),
        gain: theirs.gain,
        gets: inScenarioOrder(scenario, theirs.changes, theirs.gets),
        gives: inScenarioOrder(scenario, theirs.changes, theirs.gives),
        withinMandate: theirs.mandateHolds,
        tightRules: detail ? theirs.mandate.filter((c) => c.tight).map((c) => c.rule) : [],
      }
    })
  const risks: RatificationRisk[] = others.map((other) => {
    const smaller = withoutParty(scenario, deal, other.party.id)
    if (smaller === undefined)
      return {
        party: other.party,
        remaining: [],
        remainingValid: false,
        ourGain: 0,
        tight: other.tightRules.length > 0,
      }
    const remaining = changesOf(scenario, smaller)
    return {
      party: other.party,
      remaining,
      remainingValid: remaining.length > 0 && checkDeal(scenario, smaller).valid,
      ourGain: utilityOf(scenario, party, smaller) - noAgreementUtility(scenario, p),
      tight: other.tightRules.length > 0,
    }
  })
  // With no agreement: the status quo's utility, or the reservation utility when the party
  // depends on an issue without a status quo (its disagreement point).
  const utilityBefore = noAgreementUtility(scenario, p)
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
    gives: inScenarioOrder(scenario, own.changes, own.gives),
    gets: inScenarioOrder(scenario, own.changes, own.gets),
    paymentsMade: deal.payments.filter((x) => x.from === party).map(payment),
    paymentsReceived: deal.payments.filter((x) => x.to === party).map(payment),
    ...(scenario.compensation === undefined ? {} : { compensationUnit: scenario.compensation.unit }),
    ...(scenario.units === undefined ? {} : { units: scenario.units }),
    issueUnits: Object.fromEntries(scenario.issues.flatMap((i) => (i.unit === undefined ? [] : [[i.id, i.unit]]))),
    moneyValue: p.moneyValue,
    moneyGain: own.moneyGain,
    interactionGain: own.interactionGain,
    fallbackGain: own.fallbackGain,
    ...(dependsOnRequiredIssue(scenario, p) ? { fallsBackToReservation: true } : {}),
    utilityBefore,
    utilityAfter,
    netGain: own.gain,
    participates: own.participant,
    ...(scenario.issues.some((i) => i.module !== undefined) ? { modules: noteModules(scenario, deal) } : {}),
    deadlocksSolved,
    mandate,
    mandateHolds: own.mandateHolds,
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
