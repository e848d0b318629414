/**
 * Simulates a regional negotiation meeting by meeting. Laws: the same scenario, settings and
 * seed give the same result on any machine or worker thread (every random choice comes from
 * the seeded generator in the state); the inputs are never mutated; with a recorded history,
 * `replay(result.history)` equals `result.state`; resuming a saved state (`from`) gives the
 * same end as the run that saved it.
 */
import type { Scenario } from '../model/Scenario.js'
import { agendaOf } from './agenda.js'
import { availableGain, type AvailableGain } from './availableGain.js'
import { Recorder } from './History.js'
import { initialState } from './initialState.js'
import { mediatorLabel } from './Mediator.js'
import { mediatorFor } from './mediatorFor.js'
import { alternativesFirst } from './mediators/alternativesFirst.js'
import type { NegotiationState } from './NegotiationState.js'
import { playRound } from './playRound.js'
import { simulationConfig, type SimulationSettings } from './SimulationConfig.js'
import { checkAgainstScenario } from './checkSettings.js'
import { resultOf, type RunStop, type SimulationResult } from './SimulationResult.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

/**
 * Options of one run: the simulation settings (see `SimulationConfig`; each given field
 * replaces the default) plus how to run it.
 * @category simulate
 */
export interface SimulateOptions extends SimulationSettings {
  /** Seed of every random choice (default 0); reported in the result. */
  readonly seed?: number
  /** Record every step's patches (default true). Sweeps turn it off for speed. */
  readonly history?: boolean
  /** The denominator of `share`, when already computed (see `availableGain`). */
  readonly available?: AvailableGain
  /** Continue from a saved state instead of starting afresh (its seed is kept). */
  readonly from?: NegotiationState
  /** Stop before this meeting (for saving and resuming); the result then describes the state so far. */
  readonly stopAt?: number
  /**
   * Stops the run: once aborted, it ends with `stopped: { reason: 'aborted', round }` and the
   * state after the last whole meeting. It reaches the searches inside a meeting (the
   * mediator's, via `MediatorView.signal`), so a run stops within milliseconds even in the
   * middle of a long search; a meeting during which it fires is rolled back, so the result is
   * exactly that of a run stopped before that meeting (`stopAt`), and it resumes exactly.
   */
  readonly signal?: AbortSignal
  /**
   * A budget of wall-clock milliseconds, checked between meetings (a meeting is never cut in
   * half): past it, the run ends with `stopped: { reason: 'timeLimit', round }`. Where a run
   * stops then depends on the machine; the seed still fixes every meeting that was held.
   */
  readonly timeMs?: number
}

/**
 * Runs a negotiation to its end: meetings until the last one or until every issue is agreed
 * or lapsed. See docs/simulate.md for the process model.
 *
 * @example
 * const result = simulate(scenario, { seed: 7, mediator: { _tag: 'bestPackage' }, councils: { involvement: 'after', trust: 0.3, perParty: {} } })
 * result._tag // => 'AllAgreed'
 * result.seed // => 7
 * result.share // => 1: the package deal takes all of the available gain
 *
 * @category simulate
 */
export const simulate = (scenario: Scenario, options: SimulateOptions = {}): SimulationResult => {
  requireStatusQuo('simulate', scenario)
  const { seed, history, available: given, from, stopAt: stop, signal, timeMs, ...settings } = options
  const config = simulationConfig(settings)
  checkAgainstScenario(scenario, config)
  const agenda = agendaOf(scenario, config)
  const mediator = config.alternativesFirst
    ? alternativesFirst(mediatorFor(config.mediator))
    : mediatorFor(config.mediator)
  // A saved state is copied: immer freezes what a step reuses, and the caller's object is not ours to freeze.
  const start = from === undefined ? initialState(scenario, config, seed ?? 0) : structuredClone(from)
  const recorder = new Recorder(start, history ?? true)
  const stopAt = stop ?? Infinity
  const deadline = timeMs === undefined ? Infinity : performance.now() + timeMs
  let stopped: RunStop | undefined
  while (!recorder.state.finished && recorder.state.round < stopAt) {
    // A stopped run's state is one a whole meeting left, so it resumes exactly.
    if (signal?.aborted === true) stopped = { reason: 'aborted', round: recorder.state.round }
    else if (performance.now() >= deadline) stopped = { reason: 'timeLimit', round: recorder.state.round }
    if (stopped !== undefined) break
    const before = recorder.mark()
    playRound(scenario, config, agenda, mediator, recorder, signal)
    // The signal fired during the meeting: its searches may have been cut short, so what it
    // decided is not what the seed decides. Drop the whole meeting (a meeting that happened to
    // finish its searches first goes too: the rule stays simple and the result the same).
    if (signal?.aborted === true) {
      recorder.rollBack(before)
      stopped = { reason: 'aborted', round: recorder.state.round }
      break
    }
  }
  // After a stop the available gain's search returns at once, unproven (`exact: false`).
  const available =
    given ?? availableGain(scenario, { rules: config.dealRules, ...(signal === undefined ? {} : { signal }) })
  return resultOf(
    scenario,
    config,
    recorder.finalState(),
    available,
    mediatorLabel(config.mediator),
    recorder.history(),
    stopped,
  )
}

/**
 * Continues a saved run (e.g. parsed from JSON) with the same scenario and settings.
 * @example
 * const saved = JSON.parse(JSON.stringify(simulate(scenario, { ...settings, seed: 3, stopAt: 10 }).state))
 * resume(scenario, saved, settings).state // deep-equals simulate(scenario, { ...settings, seed: 3 }).state
 * @category simulate
 */
export const resume = (
  scenario: Scenario,
  state: NegotiationState,
  options: Omit<SimulateOptions, 'from' | 'seed'> = {},
): SimulationResult => simulate(scenario, { ...options, from: state })
