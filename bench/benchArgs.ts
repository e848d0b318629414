/**
 * The command line of `npm run bench`: budgets and switches, with the defaults of a full run.
 *
 *   npm run bench                         full run: 10 s per problem, results + docs table
 *   npm run bench -- --quick              smoke run: 1 s per problem, small scenarios only
 *   npm run bench -- --time-ms 30000 --reps 5 --only s13,s14 --no-folds
 */

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
  const known = ['--quick', '--time-ms', '--reps', '--frontier-ms', '--frontier-max-issues', '--only', '--no-folds', '--fold-ms']
  for (const a of argv) {
    if (a.startsWith('--') && !known.includes(a.split('=')[0]!)) throw new Error(`unknown flag ${a}; known: ${known.join(' ')}`)
  }
  const quick = argv.includes('--quick')
  return {
    quick,
    timeMs: numberAfter(argv, '--time-ms', quick ? 1000 : 10_000),
    reps: Math.round(numberAfter(argv, '--reps', quick ? 1 : 5)),
    frontierMs: numberAfter(argv, '--frontier-ms', quick ? 5000 : 60_000),
    frontierMaxIssues: numberAfter(argv, '--frontier-max-issues', quick ? 10 : 14),
    only: (valueAfter(argv, '--only') ?? (quick ? 's01,s02,s03,s04,s05,s06' : '')).split(',').filter((s) => s !== ''),
    folds: !argv.includes('--no-folds') && !quick,
    foldMs: numberAfter(argv, '--fold-ms', 300_000),
  }
}
