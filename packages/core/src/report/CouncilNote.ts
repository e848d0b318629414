/**
 * The data of a council note (raadsinformatiebrief): everything an alderman needs to explain
 * one package deal to the council, computed from the scenario, before any wording. Renderers
 * (`noteToMarkdown`, `noteToHtml`) only turn this into text; names and labels are copied in so
 * a note renders without the scenario.
 *
 * Laws: `netGain` equals the sum of the `gain` of every change plus `interactionGain` plus
 * `moneyGain` plus `fallbackGain`; `gives` and `gets` split the changes by the sign of the party's gain.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId, IssueKind, OptionId } from '../model/Issue.js'
import type { PartyId, PartyKind } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { UnitNames } from '../model/Scenario.js'
import type { Blocker } from '../analyze/findDeadlocks.js'
import type { DealFlaw } from '../evaluate/checkDeal.js'
import type { NoteFirmness } from './diagnosisSection.js'
import type { StayOutReason } from '../evaluate/explainModules.js'

/** A party as a note names it. @category report */
export interface NoteParty {
  readonly id: PartyId
  readonly name: string
  readonly kind: PartyKind
}

/** One option as a note names it. @category report */
export interface NoteOption {
  readonly id: OptionId
  readonly label: string
  readonly quantity?: number
}

/**
 * One issue the deal changes, seen from one party: from which option to which, and what that
 * is worth to the party (`stake × (value after − value before)`; 0 when it does not value it).
 * @category report
 */
export interface NoteChange {
  readonly issue: IssueId
  readonly issueName: string
  readonly kind: IssueKind
  readonly unit?: string
  readonly domain: DomainId
  readonly domainName: string
  /** The status-quo option; absent on an issue without a status quo (nothing holds before). */
  readonly from?: NoteOption
  readonly to: NoteOption
  readonly gain: number
}

/** One eligible party outside a module's coalition, with its name. @category report */
export interface NoteStayingOut {
  readonly party: NoteParty
  readonly reason: StayOutReason
  readonly join: number
  readonly share: number
  /** Its gain in the deal with it added. */
  readonly gainIfJoined?: number
  /** For `ownFloor`: the least its mandate asks. */
  readonly minimum?: number
}

/** A module issue in a council note: who joins, and why the others stay out. @category report */
export interface NoteModule {
  readonly issue: IssueId
  readonly issueName: string
  readonly unit?: string
  readonly changed: boolean
  readonly members: readonly NoteParty[]
  readonly host?: NoteParty
  readonly eligible: number
  /** Each member's share of the fixed cost. */
  readonly share: number
  readonly stayingOut: readonly NoteStayingOut[]
}

/** A compensation payment with names. @category report */
export interface NotePayment {
  readonly from: NoteParty
  readonly to: NoteParty
  readonly amount: number
}

/** A party that would block a deadlocked issue on its own, and why. @category report */
export interface NoteBlocker {
  readonly party: NoteParty
  readonly reason: Blocker['reason']
  readonly rule?: NonNullable<Blocker['rule']>
  readonly gain: number
}

/**
 * An issue of the deal that was deadlocked on its own (patstelling): the region gains from
 * moving it, but the option the deal picks was blocked when proposed alone.
 * @category report
 */
export interface NoteDeadlock {
  readonly issue: IssueId
  readonly issueName: string
  readonly option: NoteOption
  readonly regionGain: number
  readonly blockers: readonly NoteBlocker[]
}

/**
 * One rule of a party's mandate (kaders) checked against the deal. `slack` is the room left
 * (value − limit for minimums, limit − value for caps); `tight` flags a rule with little room,
 * or a quantity option right next to one the mandate forbids.
 * @category report
 */
export type MandateCheck =
  | {
      readonly rule: 'redLine'
      readonly issue: IssueId
      readonly issueName: string
      readonly option: NoteOption
      readonly holds: boolean
      readonly tight: boolean
      readonly changed: boolean
    }
  | {
      readonly rule: 'allowedOptions'
      readonly issue: IssueId
      readonly issueName: string
      readonly chosen: NoteOption
      readonly allowed: readonly NoteOption[]
      readonly holds: boolean
      readonly tight: boolean
      readonly changed: boolean
    }
  | {
      readonly rule: 'minGain'
      readonly value: number
      readonly limit: number
      readonly slack: number
      readonly holds: boolean
      readonly tight: boolean
    }
  | {
      readonly rule: 'minDomainGain'
      readonly domain: DomainId
      readonly domainName: string
      readonly value: number
      readonly limit: number
      readonly slack: number
      readonly holds: boolean
      readonly tight: boolean
      readonly touched: boolean
    }
  | {
      readonly rule: 'maxPayment'
      readonly value: number
      readonly limit: number
      readonly slack: number
      readonly holds: boolean
      readonly tight: boolean
    }
  | {
      readonly rule: 'reservation'
      readonly value: number
      readonly limit: number
      readonly slack: number
      readonly holds: boolean
      readonly tight: boolean
    }

/** Another participant: what it gets, what it gives, and how much room its mandate leaves. @category report */
export interface OtherParticipant {
  readonly party: NoteParty
  readonly gain: number
  readonly gets: readonly NoteChange[]
  readonly gives: readonly NoteChange[]
  /** Whether the deal stays within this party's mandate (all a public note says by default). */
  readonly withinMandate: boolean
  /** Rules of its mandate with little room; empty unless the note was asked for that detail. */
  readonly tightRules: readonly MandateCheck['rule'][]
}

/**
 * What happens when one council says no (ratification fails): the deal without that party's
 * issues and payments. `remaining` is empty when nothing is left; `remainingValid` says whether
 * the smaller deal still holds for everyone left; `ourGain` is the note party's gain in it
 * (0 when it falls back to the status quo, or when the party has a say on an issue without a
 * status quo: then the whole deal falls).
 * @category report
 */
export interface RatificationRisk {
  readonly party: NoteParty
  readonly remaining: readonly IssueId[]
  readonly remainingValid: boolean
  readonly ourGain: number
  /** Its own mandate is tight: its council is the likeliest to ask for more (only with `othersMandateDetail`). */
  readonly tight: boolean
}

/**
 * Everything a council note says about one deal for one party.
 * @category report
 */
export interface CouncilNote {
  readonly scenarioName: string
  /** The scenario's notes: where its numbers come from and which are invented. */
  readonly scenarioNotes: readonly string[]
  /** The date the note is about (ISO `yyyy-mm-dd`), when the caller gave one. */
  readonly date?: string
  /** Whether the other parties' tight mandate rules are shown (sensitive in a public note). */
  readonly othersMandateDetail: boolean
  readonly party: NoteParty
  readonly deal: Deal
  /** Whether the deal is a valid package deal (and the reasons when not). */
  readonly valid: boolean
  readonly flaws: readonly DealFlaw[]
  /** Every changed issue, in scenario order. */
  readonly changes: readonly NoteChange[]
  /** Changes that cost this party something (its explanation's `gives`, in scenario order). */
  readonly gives: readonly NoteChange[]
  /** Changes that bring this party something (its explanation's `gets`, in scenario order). */
  readonly gets: readonly NoteChange[]
  readonly paymentsMade: readonly NotePayment[]
  readonly paymentsReceived: readonly NotePayment[]
  readonly compensationUnit?: string
  /** The scenario's names of units per language (`homes` → `woningen`), for the note's language. */
  readonly units?: Readonly<Record<string, UnitNames>>
  /** The unit of each quantity issue, so options named elsewhere (mandate rules) show it too. */
  readonly issueUnits?: Readonly<Record<string, string>>
  /**
   * The party's utility per unit of compensation (`moneyValue`): with a compensation unit and
   * a value above 0, gains are also shown as money (points ÷ moneyValue).
   */
  readonly moneyValue?: number
  /** Utility of the money received minus paid. */
  readonly moneyGain: number
  /** Value of interaction terms gained or lost (options worth more together). */
  readonly interactionGain: number
  /**
   * What stays as it is minus the reservation utility, when the party's disagreement point is
   * its reservation utility (`fallsBackToReservation`); 0 otherwise (see `PartyExplanation`).
   */
  readonly fallbackGain: number
  /** The party depends on an issue without a status quo: with no agreement it gets its reservation utility. */
  readonly fallsBackToReservation?: boolean
  /** The party's utility with no agreement: its status quo, or its reservation utility (`fallsBackToReservation`). */
  readonly utilityBefore: number
  readonly utilityAfter: number
  readonly netGain: number
  readonly participates: boolean
  /** Module issues: who joins and why the others stay out (absent without modules). */
  readonly modules?: readonly NoteModule[]
  readonly deadlocksSolved: readonly NoteDeadlock[]
  readonly mandate: readonly MandateCheck[]
  readonly mandateHolds: boolean
  readonly others: readonly OtherParticipant[]
  /** Parties outside the deal and their gain (never negative in a valid deal). */
  readonly outsiders: readonly { readonly party: NoteParty; readonly gain: number }[]
  readonly risks: readonly RatificationRisk[]
  /** How firm the deal is (margins per party, probability when asked for); absent for an invalid deal. */
  readonly firmness?: NoteFirmness
}
