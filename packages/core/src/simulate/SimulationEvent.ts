/**
 * What happens in a simulated negotiation, as data. Events are appended to the state in the
 * order they happen; together with the patches of each step they form the run's history.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'

/**
 * Why an executive voted as it did: it `gains`; it accepts a loss out of `goodwill`; it
 * `loses`; the deal crosses a red line or an option its council did not allow (`redLine`,
 * which blocks under any decision rule); it misses the mandate's minimum total or per-domain
 * gain (`mandate`); or it leaves the party below its best alternative (`reservation`).
 * @category simulate
 */
export type VoteReason = 'gains' | 'goodwill' | 'loses' | 'redLine' | 'mandate' | 'reservation'

/** One executive's vote at the table, with its true gain from the proposal. @category simulate */
export interface Vote {
  readonly party: PartyId
  readonly accepts: boolean
  readonly gain: number
  readonly reason: VoteReason
}

/**
 * A party bound by a qualified majority against its vote: its (true) gain, negative when it
 * loses, and the majority's margin (share of yes votes minus the quota).
 * @category simulate
 */
export interface Outvoted {
  readonly party: PartyId
  readonly gain: number
  readonly margin: number
}

/**
 * One council's ratification: its own verdict (`councilVerdict`), the probability from the
 * ratification rule (0 when the verdict rejects), the rule's inputs (trust, visibility of its
 * gains) and the outcome of the draw.
 * @category simulate
 */
export interface CouncilVote {
  readonly party: PartyId
  readonly trust: number
  readonly visibility: number
  /** The deal's gain by the council's own valuation (see `councilVerdict`). */
  readonly councilGain: number
  /** The smallest own gain the council accepts, after trust and involvement. */
  readonly threshold: number
  /** Whether the deal picks an option on the council's own red lines. */
  readonly redLine: boolean
  /** The council's own verdict; when false, `probability` is 0. */
  readonly accepts: boolean
  readonly probability: number
  readonly ratifies: boolean
}

/** One council's trust before and after an event. @category simulate */
export interface TrustChange {
  readonly party: PartyId
  readonly before: number
  readonly after: number
}

/**
 * Everything that can happen in a simulated negotiation.
 * @example
 * const e: SimulationEvent = { _tag: 'DeadlinePassed', round: 20, issue: 'road' as IssueId }
 * @category simulate
 */
export type SimulationEvent =
  | { readonly _tag: 'IssueArrived'; readonly round: number; readonly issue: IssueId }
  | { readonly _tag: 'DeadlinePassed'; readonly round: number; readonly issue: IssueId }
  | { readonly _tag: 'ElectionHeld'; readonly round: number }
  /** After an election a voter loses by an agreement in force, so it is reopened (see `reopenAgreements`). */
  | {
      readonly _tag: 'AgreementReopened'
      readonly round: number
      readonly proposal: number
      readonly issues: readonly IssueId[]
      readonly by: readonly PartyId[]
    }
  | {
      readonly _tag: 'MeetingHeld'
      readonly round: number
      readonly open: readonly IssueId[]
      readonly deadlocks: readonly IssueId[]
    }
  | {
      readonly _tag: 'Proposed'
      readonly round: number
      readonly proposal: number
      readonly by: string
      readonly changes: Readonly<Record<IssueId, OptionId>>
      readonly note: string
    }
  | { readonly _tag: 'ProposalVoided'; readonly round: number; readonly proposal: number; readonly reason: string }
  | {
      readonly _tag: 'Voted'
      readonly round: number
      readonly proposal: number
      readonly votes: readonly Vote[]
      readonly adopted: boolean
      readonly yesShare: number
      readonly outvoted: readonly Outvoted[]
    }
  | {
      /** The civil servants prepared more alternatives of an issue (see `CivilServants`). */
      readonly _tag: 'AlternativesPrepared'
      readonly round: number
      readonly issue: IssueId
      readonly options: readonly OptionId[]
    }
  | {
      readonly _tag: 'InformationRevealed'
      readonly round: number
      readonly party: PartyId
      readonly issues: readonly IssueId[]
    }
  | {
      readonly _tag: 'CouncilsDecided'
      readonly round: number
      readonly proposal: number
      readonly councils: readonly CouncilVote[]
      readonly ratified: boolean
    }
  | {
      readonly _tag: 'TrustChanged'
      readonly round: number
      readonly cause: 'kept' | 'failed'
      readonly changes: readonly TrustChange[]
    }
