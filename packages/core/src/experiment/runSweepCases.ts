import type { Scenario } from '../model/Scenario.js'
import type { AvailableGain } from '../simulate/availableGain.js'
import { runSweepCase, type SweepRow } from './runSweepCase.js'
import type { SweepBase, SweepCase } from './sweepGrid.js'

/**
 * Runs cases of a sweep in order until they are done or the signal fires, and returns the
 * rows of the runs that finished whole: a run the signal cut short is dropped, so every row
 * is the row an unstopped sweep gives for that case. The loop of `sweep` and of each of
 * `sweepParallel`'s worker threads.
 * @example
 * const available = sweepAvailableGain(scenario, {})
 * runSweepCases(scenario, {}, sweepCases({ trust: [0.2, 0.8] }, [1]), available).length // => 2
 * runSweepCases(scenario, {}, sweepCases({ trust: [0.2, 0.8] }, [1]), available, AbortSignal.abort()).length // => 0
 * @category simulate
 */
export const runSweepCases = (
  scenario: Scenario,
  base: SweepBase,
  cases: readonly SweepCase[],
  available: AvailableGain,
  signal?: AbortSignal,
): readonly SweepRow[] => {
  const rows: SweepRow[] = []
  // Read afresh each time: the signal fires while a run computes.
  const stopped = (): boolean => signal?.aborted === true
  for (const sweepCase of cases) {
    if (stopped()) break
    const row = runSweepCase(scenario, base, sweepCase, available, signal)
    if (stopped()) break
    rows.push(row)
  }
  return rows
}
