/**
 * The worker-thread side of `sweepParallel`: runs a chunk of sweep cases with the pure core
 * `runSweepCase` and returns their rows. Everything a task carries is plain data (structured
 * clone), so a row computed here is identical to one computed on the main thread.
 */
import { runSweepCase, type AvailableGain, type Scenario, type SweepBase, type SweepCase, type SweepRow } from 'mandjes'

/** One task for a worker: a chunk of cases of one sweep. @category simulate */
export interface SweepTask {
  readonly scenario: Scenario
  readonly base: SweepBase
  readonly available: AvailableGain
  readonly cases: readonly SweepCase[]
}

/**
 * @example
 * runSweepChunk({ scenario, base: {}, available, cases: sweepCases({ trust: [0.5] }, [1]) })[0].trust // => 0.5
 * Runs a chunk of cases (the worker's default export, as piscina expects). @category simulate
 */
export default function runSweepChunk(task: SweepTask): readonly SweepRow[] {
  return task.cases.map((c) => runSweepCase(task.scenario, task.base, c, task.available))
}
