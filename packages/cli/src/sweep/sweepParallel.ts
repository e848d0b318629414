/**
 * A sweep on worker threads (piscina). Law: the rows are identical to `sweep` from the core
 * on one thread with the same scenario, grid, seeds and options, whatever the number of
 * workers or the chunk size: each case is a pure function of plain data, and the rows are put
 * back in case order.
 */
import { setMaxListeners } from 'node:events'
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { type Scenario, type SweepGrid, type SweepOptions, type SweepSummary } from 'mandjes'
import { sweepAvailableGain, type AvailableGain, summarizeSweep } from 'mandjes/engine'
import { sweepCases, type SweepRow, type SweepCase } from 'mandjes/engine'
import type { SweepShared, SweepTask } from './sweepWorker.js'
import { sweepWorkerLocation, type WorkerLocation } from './workerLocation.js'
import { raiseStop, type StopFlag } from '../liveSignal.js'

/**
 * How long after a stop the workers may take to hand back their finished rows before they are
 * ended. A run inside a worker stops 30-130 ms after the flag on s14 at a load of 12 on 2
 * cores; a worker still loading its modules cannot answer at all, and this wait is then pure
 * delay (with 250 ms, Ctrl-C on a sweep took 470-640 ms at that load), so it is short.
 */
const STOP_GRACE_MS = 150

/** Progress of a parallel sweep, reported after every finished chunk. @category simulate */
export interface SweepProgress {
  readonly done: number
  readonly total: number
}

/** Options for `sweepParallel`. @category simulate */
export interface ParallelSweepOptions extends SweepOptions {
  /** Worker threads (default: the machine's available parallelism). */
  readonly workers?: number
  /**
   * Cases per task. By default the chunks shrink as the sweep goes (guided scheduling): each
   * is about a quarter of the cases still left per worker, at most 25, down to single cases at
   * the end, so no worker idles long while another finishes a large last chunk.
   */
  readonly chunkSize?: number
  readonly onProgress?: (progress: SweepProgress) => void
  /** Cancels the sweep: running chunks hand back their finished runs, queued ones run none. */
  readonly signal?: AbortSignal
  /** Where the worker is (default: found by `sweepWorkerLocation`). */
  readonly worker?: WorkerLocation
}

/**
 * How a parallel sweep ended: `Completed` with every row and the summaries, `Cancelled` with
 * the rows finished before the signal, or `Failed` with the rows finished before a case threw
 * and the error (rows in case order). A failed case never takes the finished ones with it.
 * @category simulate
 */
export type ParallelSweepResult =
  | {
      readonly _tag: 'Completed'
      readonly rows: readonly SweepRow[]
      readonly summaries: readonly SweepSummary[]
      readonly available: AvailableGain
    }
  | {
      readonly _tag: 'Cancelled'
      readonly rows: readonly SweepRow[]
      readonly total: number
      readonly available: AvailableGain
    }
  | {
      readonly _tag: 'Failed'
      readonly rows: readonly SweepRow[]
      readonly total: number
      readonly available: AvailableGain
      readonly error: unknown
    }

/**
 * Runs a sweep on worker threads, with progress and cancellation.
 *
 * @example
 * const controller = new AbortController()
 * const result = await sweepParallel(scenario, { mandateWidth: [0.5, 1] }, [1, 2, 3], { workers: 2, onProgress: console.log, signal: controller.signal })
 * result._tag // => 'Completed'
 *
 * @category simulate
 */
export const sweepParallel = async (
  scenario: Scenario,
  grid: SweepGrid,
  seeds: readonly number[],
  options: ParallelSweepOptions = {},
): Promise<ParallelSweepResult> => {
  const base = options.base ?? {}
  const available = options.available ?? sweepAvailableGain(scenario, base, options.signal)
  const cases = sweepCases(grid, seeds)
  const workers = Math.max(1, options.workers ?? availableParallelism())
  const chunks = chunksOf(cases, workers, options.chunkSize)
  const rows: SweepRow[] = []
  const cancelled = () => ({
    _tag: 'Cancelled' as const,
    rows: [...rows].sort((a, b) => a.index - b.index),
    total: cases.length,
    available,
  })
  const aborted = () => options.signal?.aborted === true
  if (aborted()) return cancelled()
  // One listener on the caller's signal. It raises the workers' stop flag, which their runs
  // read inside every meeting (see runSweepCases): a running chunk returns the rows of its
  // finished runs within milliseconds and a queued one returns none. Only a worker that has
  // not answered `STOP_GRACE_MS` later is ended, through our own signal, which the pool's
  // tasks listen to (one listener per chunk).
  // Cell 0 is the stop flag; cell 1 counts the chunks running now (see sweepWorker).
  const stop: StopFlag = { buffer: new SharedArrayBuffer(8) }
  const controller = new AbortController()
  setMaxListeners(chunks.length + 16, controller.signal)
  const forward = () => {
    raiseStop(stop)
    const end = () => controller.abort(options.signal?.reason)
    // No chunk running (the workers are still starting): nothing to hand back, end them now.
    if (Atomics.load(new Int32Array(stop.buffer), 1) === 0) end()
    else setTimeout(end, STOP_GRACE_MS).unref()
  }
  options.signal?.addEventListener('abort', forward, { once: true })

  const location = options.worker ?? sweepWorkerLocation()
  const pool = new Piscina<SweepTask, readonly SweepRow[]>({
    filename: location.filename,
    execArgv: [...location.execArgv],
    minThreads: workers,
    maxThreads: workers,
    // Every chunk is queued at once; the pool's queue holds what the workers have not taken.
    maxQueue: chunks.length + workers,
    // What every case shares goes to each worker once, not with every chunk (see sweepWorker).
    workerData: { scenario, base, available, stop } satisfies SweepShared,
  })
  // A worker that cannot even start (its file missing, a loader failing) is reported by the
  // pool as an 'error' event, not as a failed task: turn it into a failure of the sweep.
  let poolError: unknown
  pool.on('error', (error: unknown) => {
    poolError ??= error
    controller.abort(error)
  })
  try {
    const runs = chunks.map(async (chunk) => {
      const chunkRows = await pool.run({ cases: chunk }, { signal: controller.signal })
      rows.push(...chunkRows)
      options.onProgress?.({ done: rows.length, total: cases.length })
    })
    const settled = await Promise.allSettled(runs)
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (aborted()) return cancelled()
    const error = poolError ?? failure?.reason
    if (error !== undefined)
      return {
        _tag: 'Failed',
        rows: [...rows].sort((a, b) => a.index - b.index),
        total: cases.length,
        available,
        error,
      }
  } finally {
    options.signal?.removeEventListener('abort', forward)
    // After a stop, the rows so far are the answer: do not wait for threads still starting.
    if (aborted()) void pool.destroy()
    else await pool.destroy()
  }
  rows.sort((a, b) => a.index - b.index)
  return { _tag: 'Completed', rows, summaries: summarizeSweep(rows), available }
}

/**
 * The cases cut into tasks, in case order: all of `chunkSize` when given, otherwise shrinking
 * chunks (a quarter of what is left per worker, between 1 and 25). The pool hands chunks out
 * in order, so the small ones come last and fill the tail.
 */
const chunksOf = (
  cases: readonly SweepCase[],
  workers: number,
  chunkSize: number | undefined,
): readonly (readonly SweepCase[])[] => {
  const chunks: SweepCase[][] = []
  for (let k = 0; k < cases.length;) {
    const size =
      chunkSize !== undefined
        ? Math.max(1, chunkSize)
        : Math.max(1, Math.min(25, Math.ceil((cases.length - k) / (workers * 4))))
    chunks.push(cases.slice(k, k + size))
    k += size
  }
  return chunks
}
