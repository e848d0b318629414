/**
 * The mediator contract. A mediator is the regional secretary of the basiscoalitie: at each
 * meeting it looks at the open issues, sees the deadlocks, and proposes. Every strategy is one
 * function of this type, so strategies are pluggable and comparable.
 *
 * Laws a mediator keeps: it proposes changes only on open issues, only to prepared options,
 * and only with its own picture (it never reads the truth, except `knownBy` for a party's
 * own valuations when parties make offers themselves); given the same view and the same
 * random stream it proposes the same. Proposals that break the first two laws are voided.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { ObjectiveSpec } from '../search/Search.js'
import type { RandomStream } from '../internal/random.js'
import type { Json, NegotiationState } from './NegotiationState.js'
import type { SimulationConfig } from './SimulationConfig.js'
import type { TableDecision } from './voteOnChanges.js'

/**
 * A proposal as a mediator drafts it: the changes to the agreements in force, who makes it
 * and why.
 * @category simulate
 */
export interface ProposalDraft {
  readonly changes: Readonly<Record<IssueId, OptionId>>
  readonly by?: string
  readonly note?: string
}

/**
 * What a mediator sees at a meeting.
 * @category simulate
 */
export interface MediatorView {
  readonly round: number
  readonly rounds: number
  /** The mediator's picture: believed valuations, public kaders, agreements in force as status quo. */
  readonly picture: Scenario
  /** The issues that can be tabled: open, and not cooling off after a blocked deal. */
  readonly open: readonly IssueId[]
  /** Open issues where some stakeholder wants a change but no single change passes (by the picture). */
  readonly deadlocks: readonly IssueId[]
  /** The options the civil servants prepared per issue (the option in force included). */
  readonly prepared: Readonly<Record<IssueId, readonly OptionId[]>>
  /** The meeting from which the status quo holds, per issue. */
  readonly deadlines: Readonly<Record<IssueId, number>>
  readonly config: SimulationConfig
  readonly state: NegotiationState
  /** The mediator's notes from the previous meeting (`null` at first). */
  readonly memory: Json
  /** The run's random stream; draw from it only, so runs replay. */
  readonly random: RandomStream
  /**
   * The run's stop signal, when it has one: pass it to every long search
   * (`budget: { signal }`). Once it fires, whatever the mediator returns is dropped with the
   * rest of the meeting (`simulate` rolls it back), so a cut-short search may return anything
   * valid; it must not be remembered as the search's answer.
   */
  readonly signal?: AbortSignal
  /** The vote the mediator expects on a proposal, by its picture. */
  readonly predict: (changes: Readonly<Record<IssueId, OptionId>>) => TableDecision
  /** What a party knows: the picture with that party's own true valuations. */
  readonly knownBy: (party: PartyId) => Scenario
  /**
   * Asks every party (in scenario order) whether the changes `to` are better for it than the
   * changes `from`: 1 better, 0 the same, −1 worse, by its true interests. A yes/no answer
   * reveals no numbers, so parties answer it truthfully (a single negotiating text relies on it).
   */
  readonly consult: (
    from: Readonly<Record<IssueId, OptionId>>,
    to: Readonly<Record<IssueId, OptionId>>,
  ) => readonly (-1 | 0 | 1)[]
}

/** What a mediator does at a meeting: its proposals, in order, and its notes for the next. @category simulate */
export interface MediatorMove {
  readonly proposals: readonly ProposalDraft[]
  readonly memory?: Json
}

/**
 * A mediator strategy: one function from what it sees to what it proposes.
 * @example
 * const quiet: Mediator = () => ({ proposals: [] })
 * @category simulate
 */
export type Mediator = (view: MediatorView) => MediatorMove

/**
 * Time-dependent concession tactics (Faratin, Sierra and Jennings 1998): `boulware` holds out
 * and concedes near the deadline, `linear` concedes evenly, `conceder` concedes early.
 * @category simulate
 */
export type ConcessionTactic = 'boulware' | 'linear' | 'conceder'

/**
 * A built-in mediator strategy as data (so it can cross to a worker thread and be swept).
 * @example
 * const spec: MediatorSpec = { _tag: 'alternatingOffers', tactic: 'boulware' }
 * @category simulate
 */
export type MediatorSpec =
  | { readonly _tag: 'noPackageDeals' }
  | { readonly _tag: 'bestPackage'; readonly objective?: ObjectiveSpec; readonly reuseSearches?: boolean }
  | { readonly _tag: 'singleNegotiatingText'; readonly stepsPerRound?: number; readonly asksPerStep?: number }
  | { readonly _tag: 'bilateralExchanges'; readonly perRound?: number }
  | { readonly _tag: 'alternatingOffers'; readonly tactic: ConcessionTactic; readonly beta?: number }

/**
 * A short label for a mediator, for tables and plots.
 * @example
 * mediatorLabel({ _tag: 'bestPackage', objective: 'nash' }) // => 'bestPackage(nash)'
 * mediatorLabel({ _tag: 'alternatingOffers', tactic: 'boulware' }) // => 'alternatingOffers(boulware)'
 * @category simulate
 */
export const mediatorLabel = (mediator: MediatorSpec | Mediator): string => {
  if (typeof mediator === 'function') return mediator.name === '' ? 'custom' : mediator.name
  switch (mediator._tag) {
    case 'bestPackage': {
      const objective = mediator.objective ?? 'sum'
      return `bestPackage(${typeof objective === 'string' ? objective : objective.join('+')})`
    }
    case 'alternatingOffers':
      return `alternatingOffers(${mediator.tactic})`
    default:
      return mediator._tag
  }
}
