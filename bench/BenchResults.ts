/**
 * The shape of bench/results/<date>.json: everything one `npm run bench` measured, as plain
 * data, so later runs can be compared and the docs tables regenerated from it.
 */
import type { BenchArgs } from './benchArgs.js'
import type { BundleSize } from './bundleSize.js'
import type { ExtraRun } from './extraSearches.js'
import type { FoldRun } from './foldScripts.js'
import type { LadderRuns } from './runLadder.js'

/** The strict Pareto frontier of one scenario (analysis engineer's `paretoFrontier`). */
export interface FrontierRun {
  readonly scenario: string
  readonly tag: string
  readonly points: number | null
  readonly ms: number
  readonly detail?: string
}

/** The whole run. */
export interface BenchResults {
  readonly date: string
  readonly args: BenchArgs
  readonly machine: {
    readonly node: string
    readonly platform: string
    readonly cpus: number
    readonly cpuModel: string
    readonly loadAverageStart: readonly number[]
    readonly loadAverageEnd: readonly number[]
  }
  /** Median ms of the fixed calibration work (bench/calibrate.ts), before and after the run. */
  readonly calibrationMs: { readonly start: number; readonly end: number }
  readonly highsVersion: string
  /** Time to load and instantiate the HiGHS WebAssembly module, once. */
  readonly highsLoadMs: number
  /** The GeniusWeb ladder (bench/scenarios) and the regional one (bench/regional), as run. */
  readonly ladders: readonly LadderRuns[]
  /** topDeals, allDeals and dealFrontier on the small scenarios. */
  readonly extras: readonly ExtraRun[]
  readonly frontiers: readonly FrontierRun[]
  readonly bundle: readonly BundleSize[]
  /** Scripts run in their own process: the 200 x 500 probe, the frontier and simulation benches. */
  readonly folds: readonly FoldRun[]
  /** Cross-check failures of the whole run (also inside each pair), so none goes unseen. */
  readonly flags: readonly string[]
  readonly totalMs: number
}
