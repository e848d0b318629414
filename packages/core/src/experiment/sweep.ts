import type { Scenario } from '../model/Scenario.js'
import { availableGain, type AvailableGain } from '../simulate/availableGain.js'
import type { SweepRow } from './runSweepCase.js'
import { runSweepCases } from './runSweepCases.js'
import { simulationConfig } from '../simulate/SimulationConfig.js'
import { summarizeSweep, type SweepSummary } from './summarizeSweep.js'
import { sweepCases, type SweepBase, type SweepGrid } from './sweepGrid.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

/** Options for `sweep`. @category simulate */
export interface SweepOptions {
  /** Settings shared by every run (plain data). */
  readonly base?: SweepBase
  /** The denominator of every run's share; computed once when not given. */
  readonly available?: AvailableGain
  /**
   * Stops the sweep within milliseconds, even inside a run: the result then holds the rows of
   * the runs finished before it (in case order, each as an unstopped sweep gives it) and
   * `stopped`.
   */
  readonly signal?: AbortSignal
}

/**
 * What a sweep returns: one tidy row per run (in case order) and one summary per parameter
 * combination.
 * @category simulate
 */
export interface SweepResult {
  readonly rows: readonly SweepRow[]
  readonly summaries: readonly SweepSummary[]
  readonly available: AvailableGain
  /** Present when the signal stopped the sweep: the runs finished of all it would have run. */
  readonly stopped?: { readonly runs: number; readonly total: number }
}

/**
 * Runs an experiment: every combination of the grid's parameter values, once per seed, on
 * one thread. Pure: the same scenario, grid, seeds and options give the same rows anywhere
 * (the CLI's `sweepParallel` gives identical rows on worker threads).
 *
 * @example
 * const { summaries } = sweep(scenario, { mandateWidth: [0.25, 1], trust: [0.2, 0.8] }, [1, 2, 3])
 * summaries.map((s) => [s.parameters.mandateWidth, s.parameters.trust, s.share?.mean])
 * // => [[0.25, 0.2, 0], [0.25, 0.8, 0], [1, 0.2, 1], [1, 0.8, 1]]: on this small fixture the mandate width decides, trust does not
 *
 * @category simulate
 */
export const sweep = (
  scenario: Scenario,
  grid: SweepGrid,
  seeds: readonly number[],
  options: SweepOptions = {},
): SweepResult => {
  requireStatusQuo('sweep', scenario)
  const base = options.base ?? {}
  const signal = options.signal
  const available = options.available ?? sweepAvailableGain(scenario, base, signal)
  const cases = sweepCases(grid, seeds)
  const rows = runSweepCases(scenario, base, cases, available, signal)
  const result = { rows, summaries: summarizeSweep(rows), available }
  return signal?.aborted === true ? { ...result, stopped: { runs: rows.length, total: cases.length } } : result
}

/**
 * The available gain a sweep measures shares against: the scenario's best deal under the
 * base's deal rules (the same for every case, so shares compare across the grid). A `signal`
 * stops its search (see `availableGain`).
 * @example
 * sweepAvailableGain(scenario, { rounds: 10 }) // => { value: 5, exact: true, bound: 5 }: the one deal's total gain, 2 + 3
 * @category simulate
 */
export const sweepAvailableGain = (scenario: Scenario, base: SweepBase, signal?: AbortSignal): AvailableGain =>
  availableGain(scenario, { rules: simulationConfig(base).dealRules, ...(signal === undefined ? {} : { signal }) })
