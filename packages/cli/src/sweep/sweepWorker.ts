/**
 * The worker-thread side of `sweepParallel`: runs a chunk of sweep cases with the pure core
 * `runSweepCases` and returns their rows (once the sweep's stop flag is raised, the rows of
 * the runs it finished). Everything a worker receives is plain data
 * (structured clone), so a row computed here is identical to one computed on the main thread.
 *
 * What every case of a sweep shares (the scenario, the base settings and the available gain)
 * reaches each worker once, as the pool's `workerData` (one pool per sweep), and a task
 * carries only its cases. So every chunk a worker runs sees the same scenario object and the
 * core's per-scenario caches (`compile`, the pictures, the best package's searches) carry over
 * from chunk to chunk, as they do across the runs of the single-threaded `sweep`; a scenario
 * cloned into every task would start them cold each time.
 */
import { workerData } from 'node:worker_threads'
import { type Scenario, type SweepBase } from 'mandjes'
import { type AvailableGain } from 'mandjes/engine'
import { runSweepCases, type SweepCase, type SweepRow } from 'mandjes/engine'
import { liveSignal, type StopFlag } from '../liveSignal.js'

/** What every case of one sweep shares: sent to each worker once. @category simulate */
export interface SweepShared {
  readonly scenario: Scenario
  readonly base: SweepBase
  readonly available: AvailableGain
  /**
   * Raised when the sweep stops: each chunk then ends with the runs it finished. When the
   * buffer has a second cell, it counts the chunks running now.
   */
  readonly stop?: StopFlag
}

/** One task for a worker: a chunk of cases of the sweep in its `SweepShared`. @category simulate */
export interface SweepTask {
  readonly cases: readonly SweepCase[]
}

/**
 * Runs a chunk of cases of a sweep.
 * @example
 * runSweepChunk({ cases: sweepCases({ trust: [0.5] }, [1]) }, { scenario, base: {}, available })[0].trust // => 0.5
 * @category simulate
 */
export const runSweepChunk = (task: SweepTask, shared: SweepShared): readonly SweepRow[] =>
  runSweepCases(
    shared.scenario,
    shared.base,
    task.cases,
    shared.available,
    shared.stop === undefined ? undefined : stopSignalOf(shared.stop),
  )

/** One live signal per flag: the flag is this worker's for the whole sweep. */
const signals = new WeakMap<StopFlag, AbortSignal>()
const stopSignalOf = (flag: StopFlag): AbortSignal => {
  let signal = signals.get(flag)
  if (signal === undefined) signals.set(flag, (signal = liveSignal(flag).signal))
  return signal
}

/**
 * The worker's default export, as piscina expects: a chunk of the sweep this worker was
 * started for (piscina hands its `workerData` option to the worker thread unchanged).
 */
export default function runSweepTask(task: SweepTask): readonly SweepRow[] {
  const shared = workerData as SweepShared | undefined
  if (shared?.scenario === undefined)
    throw new Error('[mandjes] the sweep worker was started without its sweep (workerData)')
  // Counted while running, so a stop knows whether any chunk has rows to hand back.
  const cells =
    shared.stop === undefined || shared.stop.buffer.byteLength < 8 ? undefined : new Int32Array(shared.stop.buffer)
  if (cells !== undefined) Atomics.add(cells, 1, 1)
  try {
    return runSweepChunk(task, shared)
  } finally {
    if (cells !== undefined) Atomics.sub(cells, 1, 1)
  }
}
