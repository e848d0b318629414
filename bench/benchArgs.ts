/**
 * The command line of `npm run bench`: budgets and switches, with the defaults of a full run.
 *
 *   npm run bench                         full run: 10 s per problem, results + docs table
 *   npm run bench -- --quick              smoke run: 1 s per problem, s01-s06 and r01-r08 only
 *   npm run bench -- --time-ms 30000 --reps 5 --only s13,s14 --no-folds
 *   npm run bench -- --regional --quick --objective maxmin     one ladder, one objective (development)
 *   npm run bench -- --regional --only 'r02_p13_i21$,r02_p13_i21_m'   `$`: this name exactly, not a prefix
 *
 * Any run that leaves out part of the full bench (--quick, --regional, --geniusweb, --only,
 * --objective) writes bench/results/<date>-partial.json and leaves latest.json and the docs alone.
 */

import { allObjectiveRuns } from './objectiveRuns.js'

/** Settings of one benchmark run. */
export interface BenchArgs {
  readonly quick: boolean
  /** Budget per search problem (one objective, one solver, one repetition). */
  readonly timeMs: number
  /** Most repetitions of a fast case (the median is reported). */
  readonly reps: number
  /** Budget per frontier computation. */
  readonly frontierMs: number
  /** Frontier only up to this many issues. */
  readonly frontierMaxIssues: number
  /** Scenario name prefixes to run (all when empty). */
  readonly only: readonly string[]
  /** Run bench/frontier.ts and bench/simulate.ts when they exist. */
  readonly folds: boolean
  /** Timeout per folded script. */
  readonly foldMs: number
  /** Which ladders to run: GeniusWeb (bench/scenarios) and the regional one (bench/regional). */
  readonly ladders: { readonly geniusweb: boolean; readonly regional: boolean }
  /** Objective labels to run (see bench/objectiveRuns.ts; all when empty). */
  readonly objectives: readonly string[]
  /** Run topDeals, allDeals and dealFrontier on the small scenarios. */
  readonly extras: boolean
  /** Part of the full bench only: results go to a -partial file, docs stay as they are. */
  readonly partial: boolean
}

const valueAfter = (argv: readonly string[], flag: string): string | undefined => {
  const i = argv.indexOf(flag)
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1)
}

const numberAfter = (argv: readonly string[], flag: string, fallback: number): number => {
  const raw = valueAfter(argv, flag)
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number, got ${raw}`)
  return n
}

/** Parses the bench's flags; unknown flags are an error, so a typo does not silently run the full bench. */
export const benchArgs = (argv: readonly string[]): BenchArgs => {
  const known = [
    '--quick',
    '--time-ms',
    '--reps',
    '--frontier-ms',
    '--frontier-max-issues',
    '--only',
    '--no-folds',
    '--fold-ms',
    '--regional',
    '--geniusweb',
    '--objective',
    '--no-extras',
  ]
  for (const a of argv) {
    if (a.startsWith('--') && !known.includes(a.split('=')[0]!))
      throw new Error(`unknown flag ${a}; known: ${known.join(' ')}`)
  }
  const quick = argv.includes('--quick')
  const regionalOnly = argv.includes('--regional') && !argv.includes('--geniusweb')
  const geniuswebOnly = argv.includes('--geniusweb') && !argv.includes('--regional')
  const objectives = (valueAfter(argv, '--objective') ?? '').split(/[ ;]/).filter((s) => s !== '')
  const labels = allObjectiveRuns.map((r) => r.label)
  for (const o of objectives)
    if (!labels.includes(o))
      throw new Error(
        `--objective ${o}: not an objective run; known: ${labels.join(' ')} (several: --objective "sum maxmin")`,
      )
  const partial =
    quick || regionalOnly || geniuswebOnly || objectives.length > 0 || valueAfter(argv, '--only') !== undefined
  return {
    quick,
    timeMs: numberAfter(argv, '--time-ms', quick ? 1000 : 10_000),
    reps: Math.round(numberAfter(argv, '--reps', quick ? 1 : 5)),
    frontierMs: numberAfter(argv, '--frontier-ms', quick ? 5000 : 60_000),
    frontierMaxIssues: numberAfter(argv, '--frontier-max-issues', quick ? 10 : 14),
    only: (valueAfter(argv, '--only') ?? (quick ? 's01,s02,s03,s04,s05,s06,r01,r02,r03,r04,r05,r06,r07,r08' : ''))
      .split(',')
      .filter((s) => s !== ''),
    folds: !argv.includes('--no-folds') && !partial,
    ladders: { geniusweb: !regionalOnly, regional: !geniuswebOnly },
    objectives,
    extras: !argv.includes('--no-extras') && objectives.length === 0,
    partial,
    foldMs: numberAfter(argv, '--fold-ms', 300_000),
  }
}
