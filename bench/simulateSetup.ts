/**
 * The simulation benchmarks' shared setup: the seeded benchmark negotiation and the JavaScript
 * bundle of `sweep` and `sweepParallel` (bench/simulate.ts and bench/simulateTarget.ts).
 */
import { sweep, type SweepBase } from '../packages/core/src/index.js'
import { staggeredAgenda } from '../packages/core/src/engine.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { build } from 'esbuild'
import type { sweepParallel as sweepParallelFromSources } from '../packages/cli/src/sweep/sweepParallel.js'

/** The two ways to run a sweep, from one build of the code. */
export interface Sweeps {
  readonly sweep: typeof sweep
  readonly sweepParallel: typeof sweepParallelFromSources
}

/**
 * The code as the built package runs it: `sweep` and `sweepParallel` with its worker bundled to
 * JavaScript (the worker as an entry of its own, like tsup builds the CLI), so the workers start
 * without tsx. Written under node_modules/.cache, where piscina still resolves.
 */
export const bundledSweeps = async (): Promise<Sweeps> => {
  const dir = new URL('../node_modules/.cache/mandjes-bench-pool/', import.meta.url)
  await build({
    entryPoints: {
      index: new URL('./simulateBundleEntry.ts', import.meta.url).pathname,
      sweepWorker: new URL('../packages/cli/src/sweep/sweepWorker.ts', import.meta.url).pathname,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    outdir: dir.pathname,
    external: ['piscina'],
    conditions: ['source'],
    logLevel: 'silent',
  })
  return (await import(new URL('index.js', dir).href)) as Sweeps
}

/** The benchmark scenario and settings: seeded, so every machine measures the same runs. */
export const benchNegotiation = () => {
  const scenario = negotiationScenario({ parties: 10, issues: 30, options: 4, seed: 2025 })
  const base: SweepBase = {
    rounds: 40,
    agenda: staggeredAgenda(scenario, { rounds: 40, seed: 2025 }),
    councils: { involvement: 'during', trust: 0.5, perParty: {} },
  }
  return { scenario, base }
}
