/**
 * The shape of bench/results/<date>.json: everything one `npm run bench` measured, as plain
 * data, so later runs can be compared and the docs table regenerated from it.
 */
import type { BenchArgs } from './benchArgs.js'
import type { BundleSize } from './bundleSize.js'
import type { FoldRun } from './foldScripts.js'
import type { SearchRun } from './timeSearch.js'

/** findDeal and HiGHS on one objective of one scenario. */
export interface SolverPair {
  readonly ours: SearchRun
  readonly highs: SearchRun
  /** ours / HiGHS median wall time (null when either has no time). */
  readonly timeRatio: number | null
  /** Both proved an optimum and the values agree within 1e-9 × scale; null when either did not prove one. */
  readonly agree: boolean | null
}

/** The strict Pareto frontier of one scenario (analysis engineer's `paretoFrontier`). */
export interface FrontierRun {
  readonly tag: string
  readonly points: number | null
  readonly ms: number
  readonly detail?: string
}

/** One ladder scenario. */
export interface ScenarioResult {
  readonly name: string
  readonly parties: number
  readonly issues: number
  /** Number of deals (outcomes), as a decimal string: the larger ones exceed 2^53. */
  readonly outcomes: string
  readonly sum: SolverPair
  readonly maxmin: SolverPair
  readonly frontier: FrontierRun | null
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
  readonly scenarioLoader: string
  readonly scenarios: readonly ScenarioResult[]
  readonly bundle: readonly BundleSize[]
  readonly folds: readonly FoldRun[]
  readonly totalMs: number
}
