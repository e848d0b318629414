/**
 * How a simulated negotiation ended, as a tagged union: `AllAgreed` (no deadlock left),
 * `PartlyAgreed` (deals were made, deadlocks remain) or `Stuck` (no deal at all, deadlocks
 * remain). A remaining deadlock is an issue on the agenda that no deal decided and that
 * `issueAnalysisOf` (the one meaning of deadlock) calls deadlocked, by the valuations at the end
 * with the agreements in force as status quo: the region would gain from one of its options,
 * yet each is blocked. An issue with nothing to gain is not a deadlock.
 */
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { compile, gainOfChoices, choicesOfDeal } from '../evaluate/compile.js'
import { issueAnalysisOf } from '../analyze/findDeadlocks.js'
import type { AvailableGain } from './availableGain.js'
import type { History } from './History.js'
import type { Agreement, NegotiationState } from './NegotiationState.js'
import { trueScenario, truthNow } from './pictures.js'
import type { SimulationConfig } from './SimulationConfig.js'
import type { SimulationEvent } from './SimulationEvent.js'

/**
 * Counts of what happened in a run.
 * @category simulate
 */
export interface RunCounts {
  readonly proposals: number
  readonly voided: number
  readonly rejectedAtTable: number
  readonly adopted: number
  readonly ratified: number
  readonly failedRatifications: number
  /** Votes overruled by a qualified majority in ratified deals. */
  readonly outvoted: number
}

/**
 * Why a run ended before its last meeting: its `AbortSignal` fired (`aborted`) or its time
 * budget ran out (`timeLimit`). `round` is the meeting the run reached; the state, counts and
 * history describe the run up to there, and `resume` continues it.
 * @example
 * simulate(scenario, { signal: AbortSignal.abort() }).stopped // => { reason: 'aborted', round: 0 }
 * @category simulate
 */
export interface RunStop {
  readonly reason: 'aborted' | 'timeLimit'
  readonly round: number
}

/**
 * What every run reports, whatever its ending.
 * @category simulate
 */
export interface RunReport {
  readonly seed: number
  readonly mediator: string
  /** Meetings held. */
  readonly rounds: number
  /** Realised gain per party: the agreements in force against the status quo, by the scenario's valuations. */
  readonly gains: Readonly<Record<PartyId, number>>
  /** The same by the valuations at the end of the run (after any elections). */
  readonly gainsNow: Readonly<Record<PartyId, number>>
  readonly totalGain: number
  readonly available: AvailableGain
  /** `totalGain / available.value`; `null` when nothing was available. Above 1 only when goodwill or a majority allowed deals unanimity would not. */
  readonly share: number | null
  readonly agreements: readonly Agreement[]
  readonly counts: RunCounts
  readonly events: readonly SimulationEvent[]
  readonly state: NegotiationState
  /** Present when the run recorded its history. */
  readonly history?: History
  /** Present when a signal or time limit ended the run early; the ending tag then describes the state so far. */
  readonly stopped?: RunStop
}

/**
 * The result of `simulate`.
 * @example
 * switch (result._tag) {
 *   case 'AllAgreed': return `agreed in ${result.rounds} meetings`
 *   case 'PartlyAgreed': return `deadlocks left on ${result.deadlocks.join(', ')}`
 *   case 'Stuck': return 'no deal'
 * }
 * @category simulate
 */
export type SimulationResult =
  | ({ readonly _tag: 'AllAgreed' } & RunReport)
  | ({ readonly _tag: 'PartlyAgreed'; readonly deadlocks: readonly IssueId[] } & RunReport)
  | ({ readonly _tag: 'Stuck'; readonly deadlocks: readonly IssueId[] } & RunReport)

/**
 * The result for a finished (or stopped) state.
 * @example
 * // At the first meeting nothing is agreed yet and each issue on its own is deadlocked.
 * resultOf(scenario, config, state, availableGain(scenario), 'bestPackage(sum)', undefined)._tag // => 'Stuck'
 * @category simulate
 */
export const resultOf = (
  scenario: Scenario,
  config: SimulationConfig,
  state: NegotiationState,
  available: AvailableGain,
  mediator: string,
  history: History | undefined,
  stopped?: RunStop,
): SimulationResult => {
  const final = { choices: state.choices, payments: [] }
  const gainsBy = (s: Scenario) => {
    const c = compile(s)
    const choices = choicesOfDeal(c, final)
    const out: Record<PartyId, number> = {}
    c.partyIds.forEach((id, p) => (out[id] = gainOfChoices(c, p, choices)))
    return out
  }
  const gains = gainsBy(scenario)
  const gainsNow = gainsBy(trueScenario(scenario, config, state))
  const totalGain = Object.values(gains).reduce((a, b) => a + b, 0)
  const share = available.value > compile(scenario).tolerance ? totalGain / available.value : null
  // One meaning of deadlock (analyze/findDeadlocks), measured from the agreements in force.
  const now = compile(truthNow(scenario, config, state))
  const deadlocks = scenario.issues
    .filter((issue, i) => {
      const status = state.issues[issue.id]
      return (
        status !== 'waiting' && status !== 'agreed' && issueAnalysisOf(now, i, config.dealRules).status === 'deadlocked'
      )
    })
    .map((issue) => issue.id)

  const count = (tag: SimulationEvent['_tag'], test: (e: SimulationEvent) => boolean = () => true) =>
    state.events.filter((e) => e._tag === tag && test(e)).length
  const counts: RunCounts = {
    proposals: state.proposals,
    voided: count('ProposalVoided'),
    rejectedAtTable: count('Voted', (e) => e._tag === 'Voted' && !e.adopted),
    adopted: count('Voted', (e) => e._tag === 'Voted' && e.adopted),
    ratified: state.agreements.length,
    failedRatifications: count('CouncilsDecided', (e) => e._tag === 'CouncilsDecided' && !e.ratified),
    outvoted: state.agreements.reduce((n, a) => n + a.outvoted.length, 0),
  }
  const report: RunReport = {
    seed: state.seed,
    mediator,
    rounds: state.round,
    gains,
    gainsNow,
    totalGain,
    available,
    share,
    agreements: state.agreements,
    counts,
    events: state.events,
    state,
    ...(history === undefined ? {} : { history }),
    ...(stopped === undefined ? {} : { stopped }),
  }
  if (deadlocks.length === 0) return { _tag: 'AllAgreed', ...report }
  return state.agreements.length === 0
    ? { _tag: 'Stuck', deadlocks, ...report }
    : { _tag: 'PartlyAgreed', deadlocks, ...report }
}
