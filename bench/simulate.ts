/**
 * Simulation speed: runs per second on a generated 10-party, 30-issue, 40-meeting
 * negotiation, for every mediator strategy, single-threaded (the core's `sweep`) and on the
 * worker pool (the CLI's `sweepParallel`). Also checks that both give the same rows.
 *
 *   npx tsx --conditions=source bench/simulate.ts [--runs 200] [--best-runs 1000] [--workers 2] [--only bestPackage] [--json]
 *
 * Targets (issue 5): 1,000 best-package runs in under 60 s on 2 cores; a pool speed-up above
 * 1.7x on 2 cores. Pool times include starting the workers (they load the TypeScript sources
 * through tsx when run like this, which costs about a second per worker).
 */
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { allMediators, mediatorLabel, staggeredAgenda, sweep, sweepAvailableGain, type MediatorSpec, type SweepBase } from '../packages/core/src/index.js'
import { negotiationScenario } from '../packages/core/test/negotiationScenario.js'
import { sweepParallel } from '../packages/cli/src/sweep/sweepParallel.js'

/** One mediator's measurement. */
export interface SimulateBenchRow {
  readonly mediator: string
  readonly runs: number
  readonly singleSeconds: number
  readonly singleRunsPerSecond: number
  readonly poolSeconds: number
  readonly poolRunsPerSecond: number
  readonly speedUp: number
  readonly workers: number
  readonly sameRows: boolean
  readonly meanShare: number
}

export interface SimulateBenchOptions {
  readonly runs?: number
  readonly bestRuns?: number
  readonly workers?: number
  readonly mediators?: readonly MediatorSpec[]
  readonly log?: (line: string) => void
}

/** The benchmark scenario and settings: seeded, so every machine measures the same runs. */
export const benchNegotiation = () => {
  const scenario = negotiationScenario({ parties: 10, issues: 30, options: 4, seed: 2025 })
  const base: SweepBase = { rounds: 40, agenda: staggeredAgenda(scenario, { rounds: 40, seed: 2025 }), councils: { involvement: 'during', trust: 0.5, perParty: {} } }
  return { scenario, base }
}

/** Measures every mediator single-threaded and on the pool. */
export const benchSimulate = async (options: SimulateBenchOptions = {}): Promise<readonly SimulateBenchRow[]> => {
  const { scenario, base } = benchNegotiation()
  const available = sweepAvailableGain(scenario, base)
  const workers = options.workers ?? 2
  const log = options.log ?? (() => {})
  const out: SimulateBenchRow[] = []
  for (const mediator of options.mediators ?? allMediators) {
    const runs = mediator._tag === 'bestPackage' ? (options.bestRuns ?? 1000) : (options.runs ?? 200)
    const seeds = Array.from({ length: runs }, (_, k) => k + 1)
    const grid = { mediator: [mediator] }
    // Warm up the JIT on a few runs so the single-threaded figure is the steady state.
    sweep(scenario, grid, [9001, 9002, 9003], { base, available })
    let t = performance.now()
    const single = sweep(scenario, grid, seeds, { base, available })
    const singleSeconds = (performance.now() - t) / 1000
    t = performance.now()
    const pooled = await sweepParallel(scenario, grid, seeds, { base, available, workers })
    const poolSeconds = (performance.now() - t) / 1000
    const rows = pooled._tag === 'Completed' ? pooled.rows : []
    const shares = single.rows.flatMap((r) => (r.share === null ? [] : [r.share]))
    const row: SimulateBenchRow = {
      mediator: mediatorLabel(mediator), runs, singleSeconds, singleRunsPerSecond: runs / singleSeconds, poolSeconds, poolRunsPerSecond: runs / poolSeconds,
      speedUp: singleSeconds / poolSeconds, workers, sameRows: JSON.stringify(rows) === JSON.stringify(single.rows),
      meanShare: shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length),
    }
    log(`${row.mediator.padEnd(28)} ${String(runs).padStart(5)} runs  single ${row.singleSeconds.toFixed(1).padStart(6)} s (${row.singleRunsPerSecond.toFixed(1).padStart(6)}/s)  pool(${workers}) ${row.poolSeconds.toFixed(1).padStart(6)} s (${row.poolRunsPerSecond.toFixed(1).padStart(6)}/s)  x${row.speedUp.toFixed(2)}  same rows: ${row.sameRows}  mean share ${row.meanShare.toFixed(3)}`)
    out.push(row)
  }
  return out
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, 'best-runs': { type: 'string' }, workers: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' } },
  })
  const rows = await benchSimulate({
    ...(values.runs === undefined ? {} : { runs: Number(values.runs) }),
    ...(values['best-runs'] === undefined ? {} : { bestRuns: Number(values['best-runs']) }),
    ...(values.workers === undefined ? {} : { workers: Number(values.workers) }),
    ...(values.only === undefined ? {} : { mediators: allMediators.filter((m) => mediatorLabel(m).startsWith(values.only!)) }),
    log: (line) => console.log(line),
  })
  if (values.json === true) console.log(JSON.stringify(rows, null, 2))
  const best = rows.find((r) => r.mediator.startsWith('bestPackage'))
  console.log(`\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores, load average at the end ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  if (best !== undefined) {
    console.log(`best package: ${best.runs} runs in ${best.poolSeconds.toFixed(1)} s on ${best.workers} workers (target < 60 s): ${best.poolSeconds < 60 ? 'met' : 'NOT met'}`)
    console.log(`pool speed-up x${best.speedUp.toFixed(2)} (target > 1.7 on 2 cores): ${best.speedUp > 1.7 ? 'met' : 'NOT met'} (meaningful only on an otherwise idle machine)`)
  }
}
