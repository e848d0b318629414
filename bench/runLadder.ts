/**
 * One ladder through both engines: every scenario, every objective run that applies, one
 * line per problem printed as it finishes (findDeal beside HiGHS), so a long run shows its
 * progress and a developer can watch a single rung.
 */
import type { Scenario, Search } from 'mandjes'
import { objectiveRunsFor } from './objectiveRuns.js'
import { solverPair, type SolverPair } from './solverPair.js'
import type { SearchRun } from './timeSearch.js'

/** One scenario of a ladder, with every objective run. */
export interface ScenarioRuns {
  readonly name: string
  readonly parties: number
  readonly issues: number
  /** Number of deals (outcomes), as a decimal string: the larger ones exceed 2^53. */
  readonly outcomes: string
  /** Per objective label (see objectiveRuns.ts). */
  readonly runs: Readonly<Record<string, SolverPair>>
  /** Objective labels not run because the soft deadline had passed. */
  readonly skipped: readonly string[]
}

/** A whole ladder. */
export interface LadderRuns {
  readonly ladder: 'geniusweb' | 'regional'
  readonly scenarios: readonly ScenarioRuns[]
}

const outcomesOf = (scenario: Scenario): string =>
  scenario.issues.reduce((n, issue) => n * BigInt(issue.options.length), 1n).toString()

const short = (tag: SearchRun['tag']): string =>
  tag === 'Optimal' ? 'opt' : tag === 'BudgetExhausted' ? 'budget' : tag === 'NoDeal' ? 'none' : 'ERROR'
const num = (x: number | null): string => (x === null ? '-' : x.toFixed(4))

/** One run, as `opt 14.3900 <= 14.3900 in 62 ms`. */
export const describeRun = (r: SearchRun): string =>
  `${short(r.tag).padEnd(6)} ${num(r.value).padStart(10)} <= ${num(r.bound).padEnd(10)} ${Number.isNaN(r.medianMs) ? '-' : r.medianMs.toFixed(0).padStart(6)} ms`

/** One problem's line: findDeal | HiGHS | ratio | flags. */
export const describePair = (p: SolverPair): string =>
  `findDeal ${describeRun(p.ours)} | HiGHS ${p.highs === null ? 'n/a'.padEnd(38) : describeRun(p.highs)} | ratio ${p.timeRatio === null ? '-' : p.timeRatio.toFixed(2)}` +
  (p.flags.length === 0 ? '' : `\n  !!! CROSS-CHECK FAILED: ${p.flags.join('; ')}`)

/** Runs `scenarios` through both engines; later problems are skipped once `deadline()` is true. */
export const runLadder = (
  ladder: LadderRuns['ladder'],
  scenarios: readonly [string, Scenario][],
  solvers: { readonly ours: Search; readonly highs: Search },
  settings: { readonly timeMs: number; readonly reps: number; readonly objectives: readonly string[] },
  log: (line: string) => void,
  deadline: () => boolean,
): LadderRuns => ({
  ladder,
  scenarios: scenarios.map(([name, scenario]) => {
    const runs: Record<string, SolverPair> = {}
    const skipped: string[] = []
    for (const run of objectiveRunsFor(scenario, settings.objectives)) {
      if (deadline()) {
        skipped.push(run.label)
        continue
      }
      const pair = solverPair(solvers, scenario, run, settings.timeMs, settings.reps)
      runs[run.label] = pair
      log(
        `${name.padEnd(16)} ${`${scenario.parties.length}x${scenario.issues.length}`.padEnd(7)} ${run.label.padEnd(13)} ${describePair(pair)}`,
      )
    }
    if (skipped.length > 0) log(`${name}: skipped ${skipped.join(', ')} (soft deadline passed)`)
    return {
      name,
      parties: scenario.parties.length,
      issues: scenario.issues.length,
      outcomes: outcomesOf(scenario),
      runs,
      skipped,
    }
  }),
})
