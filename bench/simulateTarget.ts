/**
 * Issue 14's speed target: 10,000 best-package runs of the 10-party, 30-issue, 40-meeting
 * negotiation (bench/simulate.ts's `benchNegotiation`) in under 60 s on 2 cores.
 *
 *   npx tsx --conditions=source bench/simulateTarget.ts [--runs 1000] [--old-runs 100] [--reps 3] [--pool-runs 2000] [--workers 2] [--noisy 0.2]
 *
 * `--noisy sd` gives the mediator a noisy picture (one error draw per run), so no two runs share
 * a picture and only the within-run savings remain: the honest figure for sweeps over noise.
 *
 * In one process, alternating, `reps` times each:
 * - the old path: every run from empty caches (`clearSimulationCaches` before each run) and
 *   every package search its own (`reuseSearches: false`), as runs were before searches,
 *   pictures and deadlock verdicts were shared across runs;
 * - the fast path: the same seeds in a row, sharing what earlier runs found.
 * Both on one thread; it checks that each seed's final state is the same JSON on both paths.
 * Then the fast path on the worker pool (the JavaScript bundle, as the built package runs it).
 * It prints medians of wall time and of this process's CPU time per run (the CPU time is what
 * a run costs when the machine is busy with other work: on a loaded machine the wall time
 * mostly measures the queue), the load average, and the 10,000-run extrapolations.
 * The old path's runs are part of the first `old-runs` seeds; the fast path's hit rate grows
 * with the number of runs, so a 1,000-run figure understates a 10,000-run sweep's speed.
 */
import { cpus, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { simulate } from '../packages/core/src/index.js'
import { sweepAvailableGain } from '../packages/core/src/engine.js'
import { clearSimulationCaches } from '../packages/core/src/simulate/simulationCaches.js'
import { searchMemoStats } from '../packages/core/src/simulate/searchMemo.js'
import { benchNegotiation, bundledSweeps } from './simulateSetup.js'

/** One path's measurement: medians over the repetitions. */
export interface PathTiming {
  readonly runs: number
  readonly wallMsPerRun: number
  readonly cpuMsPerRun: number
}

/** What the target benchmark found. */
export interface SimulateTargetResult {
  readonly old: PathTiming
  readonly fast: PathTiming
  /** Old over fast, per run, by wall time and by CPU time (medians of the repetitions). */
  readonly ratioWall: number
  readonly ratioCpu: number
  readonly sameStates: boolean
  readonly searches: { readonly hits: number; readonly misses: number }
  readonly pool: { readonly runs: number; readonly workers: number; readonly seconds: number } | null
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] }
  /** Seconds for 10,000 runs on 2 cores: from the pool's wall time, and from one thread's CPU time halved. */
  readonly tenThousand: { readonly poolWall: number | null; readonly cpuOnTwoCores: number }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Runs the target benchmark. */
export const simulateTarget = async (
  options: {
    readonly runs?: number
    readonly oldRuns?: number
    readonly reps?: number
    readonly poolRuns?: number
    readonly workers?: number
    /** A noisy picture with this sd instead of full information. */
    readonly noisy?: number
    readonly log?: (line: string) => void
  } = {},
): Promise<SimulateTargetResult> => {
  const { runs = 1000, oldRuns = 100, reps = 3, poolRuns = 2000, workers = 2 } = options
  const log = options.log ?? (() => {})
  const start = loadavg()
  const bench = benchNegotiation()
  const scenario = bench.scenario
  const base =
    options.noisy === undefined
      ? bench.base
      : {
          ...bench.base,
          information: {
            transparency: { _tag: 'noisy' as const, sd: options.noisy },
            alternativesPrepared: 1,
            learnFromRejections: true,
          },
        }
  const available = sweepAvailableGain(scenario, base)
  const mediator = { _tag: 'bestPackage', objective: 'sum' } as const
  const states = new Map<number, string>()
  let sameStates = true
  const oldRun = (seed: number) => {
    clearSimulationCaches()
    const r = simulate(scenario, {
      ...base,
      mediator: { ...mediator, reuseSearches: false },
      seed,
      history: false,
      available,
    })
    const json = JSON.stringify(r.state)
    if (states.has(seed) && states.get(seed) !== json) sameStates = false
    states.set(seed, json)
  }
  const fastRun = (seed: number) => {
    const r = simulate(scenario, { ...base, mediator, seed, history: false, available })
    if (seed <= oldRuns) {
      const json = JSON.stringify(r.state)
      if (states.has(seed) && states.get(seed) !== json) sameStates = false
      states.set(seed, json)
    }
  }
  const time = (n: number, one: (seed: number) => void): { wall: number; cpu: number } => {
    const c = process.cpuUsage()
    const t = performance.now()
    for (let seed = 1; seed <= n; seed++) one(seed)
    const cpu = process.cpuUsage(c)
    return { wall: (performance.now() - t) / n, cpu: (cpu.user + cpu.system) / 1000 / n }
  }
  // Warm up the JIT on both paths.
  for (let s = 9001; s < 9004; s++) oldRun(s)
  const olds: { wall: number; cpu: number }[] = []
  const fasts: { wall: number; cpu: number }[] = []
  let searches = { hits: 0, misses: 0 }
  for (let rep = 0; rep < reps; rep++) {
    olds.push(time(oldRuns, oldRun))
    clearSimulationCaches()
    fasts.push(time(runs, fastRun))
    const stats = searchMemoStats()
    searches = { hits: stats.hits, misses: stats.misses }
    log(
      `rep ${rep + 1}: old ${olds.at(-1)!.wall.toFixed(1)} ms/run wall, ${olds.at(-1)!.cpu.toFixed(1)} ms CPU (${oldRuns} runs); ` +
        `fast ${fasts.at(-1)!.wall.toFixed(2)} ms/run wall, ${fasts.at(-1)!.cpu.toFixed(2)} ms CPU (${runs} runs, ${stats.misses} searches run, ${stats.hits} reused); load ${loadavg()[0]!.toFixed(1)}`,
    )
  }
  const old = {
    runs: oldRuns,
    wallMsPerRun: median(olds.map((o) => o.wall)),
    cpuMsPerRun: median(olds.map((o) => o.cpu)),
  }
  const fast = { runs, wallMsPerRun: median(fasts.map((o) => o.wall)), cpuMsPerRun: median(fasts.map((o) => o.cpu)) }
  let pool: SimulateTargetResult['pool'] = null
  if (poolRuns > 0) {
    const js = await bundledSweeps()
    const seeds = Array.from({ length: poolRuns }, (_, k) => k + 1)
    const t = performance.now()
    const result = await js.sweepParallel(scenario, { mediator: [mediator] }, seeds, { base, available, workers })
    const seconds = (performance.now() - t) / 1000
    if (result._tag !== 'Completed') throw new Error(`the pool ended ${result._tag}`)
    pool = { runs: poolRuns, workers, seconds }
    log(
      `pool of ${workers} (JS bundle, cold workers): ${poolRuns} runs in ${seconds.toFixed(1)} s (${(poolRuns / seconds).toFixed(0)} runs/s); load ${loadavg()[0]!.toFixed(1)}`,
    )
  }
  return {
    old,
    fast,
    ratioWall: old.wallMsPerRun / fast.wallMsPerRun,
    ratioCpu: old.cpuMsPerRun / fast.cpuMsPerRun,
    sameStates,
    searches,
    pool,
    loadAverage: { start, end: loadavg() },
    tenThousand: {
      poolWall: pool === null ? null : (pool.seconds * 10_000) / pool.runs,
      cpuOnTwoCores: (fast.cpuMsPerRun * 10_000) / 1000 / 2,
    },
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      'old-runs': { type: 'string' },
      reps: { type: 'string' },
      'pool-runs': { type: 'string' },
      workers: { type: 'string' },
      noisy: { type: 'string' },
      json: { type: 'boolean' },
    },
  })
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v))
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  )
  const r = await simulateTarget({
    ...(num(values.runs) === undefined ? {} : { runs: num(values.runs)! }),
    ...(num(values['old-runs']) === undefined ? {} : { oldRuns: num(values['old-runs'])! }),
    ...(num(values.reps) === undefined ? {} : { reps: num(values.reps)! }),
    ...(num(values['pool-runs']) === undefined ? {} : { poolRuns: num(values['pool-runs'])! }),
    ...(num(values.workers) === undefined ? {} : { workers: num(values.workers)! }),
    ...(num(values.noisy) === undefined ? {} : { noisy: num(values.noisy)! }),
    log: (line) => console.log(line),
  })
  if (values.json === true) console.log(JSON.stringify(r, null, 2))
  console.log(
    `\nold path ${r.old.wallMsPerRun.toFixed(1)} ms/run wall, ${r.old.cpuMsPerRun.toFixed(1)} ms CPU; fast path ${r.fast.wallMsPerRun.toFixed(2)} ms/run wall, ${r.fast.cpuMsPerRun.toFixed(2)} ms CPU` +
      ` (medians of reps); ratio x${r.ratioWall.toFixed(1)} wall, x${r.ratioCpu.toFixed(1)} CPU; same states: ${r.sameStates}`,
  )
  console.log(
    `10,000 runs on 2 cores: ${r.tenThousand.poolWall === null ? 'pool not run' : `${r.tenThousand.poolWall.toFixed(0)} s from the pool's wall time`}, ` +
      `${r.tenThousand.cpuOnTwoCores.toFixed(0)} s from one thread's CPU time halved (target < 60 s); load average ${r.loadAverage.start.map((x) => x.toFixed(1)).join(' ')} at the start, ${r.loadAverage.end.map((x) => x.toFixed(1)).join(' ')} at the end`,
  )
}
