/**
 * Times the outcome-space analysis on the benchmark ladder (GeniusWeb folders in
 * bench/scenarios): the exact strict Pareto frontier, the four bargaining solutions and the
 * count of acceptable outcomes, per scenario, the median of a few runs.
 *
 *   npx tsx --conditions=source bench/frontier.ts                 ladder scenarios up to 14 issues
 *   npx tsx --conditions=source bench/frontier.ts --all           every scenario, 60 s budget each
 *   npx tsx --conditions=source bench/frontier.ts --only s08 --reps 5 --time-limit 10 --json
 *
 * Reads each folder with the GeniusWeb importer (status quo = the shared reservation bid).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeScenario, fromGeniusWeb, type ScenarioAnalysis } from 'mandjes'

const argv = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const i = argv.indexOf(flag)
  return i >= 0 ? argv[i + 1] : undefined
}
const all = argv.includes('--all')
const json = argv.includes('--json')
const reps = Number(valueOf('--reps') ?? 3)
const timeMs = Number(valueOf('--time-limit') ?? 60) * 1000
const maxIssues = all ? Infinity : Number(valueOf('--max-issues') ?? 14)
const only = (valueOf('--only') ?? '').split(',').filter((s) => s !== '')
const root = join(import.meta.dirname, 'scenarios')

interface Row {
  readonly scenario: string
  readonly parties: number
  readonly issues: number
  readonly outcomes: string
  readonly status: ScenarioAnalysis['status']
  readonly frontierPoints: number | null
  readonly acceptable: string | null
  readonly acceptableMethod: string | null
  /** Medians over the repetitions, in milliseconds. */
  readonly ms: ScenarioAnalysis['timingsMs']
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const rows: Row[] = []
for (const name of readdirSync(root)
  .filter((n) => /^s\d+_/.test(n))
  .sort()) {
  if (only.length > 0 && !only.some((prefix) => name.startsWith(prefix))) continue
  const folder = join(root, name)
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  )
  const read = fromGeniusWeb(files)
  if (read._tag === 'Left') throw new Error(`${name}: ${JSON.stringify(read.left)}`)
  const scenario = read.right
  if (scenario.issues.length > maxIssues) continue
  // A run that does not complete is not repeated: its time is the budget.
  const runs: ScenarioAnalysis[] = []
  for (let r = 0; r < reps; r++) {
    const analysis = analyzeScenario(scenario, { timeMs })
    runs.push(analysis)
    if (analysis.status !== 'complete') break
  }
  const last = runs[runs.length - 1]!
  const keys = Object.keys(last.timingsMs) as (keyof ScenarioAnalysis['timingsMs'])[]
  const ms = Object.fromEntries(
    keys.map((k) => [k, median(runs.map((a) => a.timingsMs[k]))]),
  ) as ScenarioAnalysis['timingsMs']
  const row: Row = {
    scenario: name,
    parties: scenario.parties.length,
    issues: scenario.issues.length,
    outcomes: last.outcomes,
    status: last.status,
    frontierPoints: last.conflict.frontierPoints,
    acceptable: last.conflict.acceptableOutcomes,
    acceptableMethod: last.conflict.acceptableMethod,
    ms,
  }
  rows.push(row)
  if (!json) {
    const t = (x: number) => x.toFixed(x < 10 ? 1 : 0).padStart(7)
    console.log(
      `${name.padEnd(16)} ${String(row.outcomes).padStart(14)} outcomes  ${row.status === 'complete' ? `frontier ${String(row.frontierPoints).padStart(6)}` : row.status.padEnd(15)}` +
        `  ms: frontier ${t(ms.frontier)}  nash ${t(ms.nash)}  ks ${t(ms.kalaiSmorodinsky)}  egal ${t(ms.egalitarian)}  welfare ${t(ms.maxWelfare)}` +
        `  count ${t(ms.conflict)} (${row.acceptableMethod})  total ${t(ms.total)}`,
    )
  }
}
if (json) console.log(JSON.stringify(rows, null, 2))
