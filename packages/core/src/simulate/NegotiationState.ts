/**
 * The state of a simulated negotiation: plain readonly JSON data, changed only through immer
 * in recorded steps. Everything a run needs to continue is in here (including the random
 * generator's state), so a saved state resumes exactly where it stopped.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Rng } from '../internal/random.js'
import type { Outvoted, SimulationEvent } from './SimulationEvent.js'

/**
 * Where an issue stands: not on the agenda yet (`waiting`), `open` for decision, decided by a
 * ratified deal (`agreed`), or past its deadline without agreement, so the status quo holds
 * (`lapsed`).
 * @category simulate
 */
export type AgendaStatus = 'waiting' | 'open' | 'agreed' | 'lapsed'

/** Plain JSON data, for a mediator's notes between meetings. @category simulate */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }

/**
 * A deal that was adopted at the table and ratified by the councils, and so is in force.
 * `baseline` holds the agreements in force just before it; its gains are measured from there.
 * @category simulate
 */
export interface Agreement {
  readonly proposal: number
  readonly round: number
  readonly changes: Readonly<Record<IssueId, OptionId>>
  readonly baseline: Readonly<Record<IssueId, OptionId>>
  /** Everyone with a vote: participants, and any party that would lose or whose kaders are crossed. */
  readonly voters: readonly PartyId[]
  readonly outvoted: readonly Outvoted[]
  /** True gain of every party from this deal, by the valuations at the time. */
  readonly gains: Readonly<Record<PartyId, number>>
}

/**
 * What the mediator's picture rests on: the seed of its errors (`noiseSeed`), the parties
 * that exaggerate (`strategic`), what it has learnt from rejections (`revealed`: the issues on
 * which it now knows a party's true valuation) and the alternatives prepared per issue.
 * @category simulate
 */
export interface InformationState {
  readonly noiseSeed: number
  readonly strategic: readonly PartyId[]
  readonly revealed: Readonly<Partial<Record<PartyId, readonly IssueId[]>>>
  readonly prepared: Readonly<Record<IssueId, readonly OptionId[]>>
}

/**
 * The whole state of a simulated negotiation.
 * @example
 * initialState(scenario, simulationConfig(), 7).round // => 0
 * @category simulate
 */
export interface NegotiationState {
  readonly seed: number
  /** The next meeting to hold (0-based). */
  readonly round: number
  readonly finished: boolean
  readonly rng: Rng
  readonly issues: Readonly<Record<IssueId, AgendaStatus>>
  /** Issues of a blocked deal, with the meeting from which they can be tabled again. */
  readonly coolingOff: Readonly<Partial<Record<IssueId, number>>>
  /** The agreements in force: the status quo, changed by every ratified deal. */
  readonly choices: Readonly<Record<IssueId, OptionId>>
  /** Each council's trust in its executive and the regional process, in [0, 1]. */
  readonly trust: Readonly<Record<PartyId, number>>
  /** Stake multipliers from new college programmes after elections (1 when absent). */
  readonly programme: Readonly<Partial<Record<PartyId, Readonly<Partial<Record<IssueId, number>>>>>>
  readonly information: InformationState
  readonly agreements: readonly Agreement[]
  readonly proposals: number
  readonly events: readonly SimulationEvent[]
  /** The mediator's notes from the previous meeting (e.g. a single negotiating text). */
  readonly memory: Json
}
