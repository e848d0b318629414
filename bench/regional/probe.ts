/**
 * The 200 x 500 target in a process of its own, so its memory is findDeal's alone: on the
 * largest rung, `findDeal` with a 1 s budget (is there a valid deal within 1 s?) and with a
 * 10 s budget (is the proven gap finite?), for `sum` and `maxmin`, and the process's peak
 * resident memory; then every other objective (`nash`, `fewest`, `maxmin,fewest`) with the
 * 1 s budget, since every objective must keep its budget. `npm run bench` runs it; alone:
 *
 *   npx tsx --conditions=source bench/regional/probe.ts --json [rung prefix, default r13]
 *     [--objectives sum,maxmin,nash,fewest,maxmin+fewest] [--budgets 1000,10000]
 */
import { join } from 'node:path'
import { checkDeal, findDeal, type Objective, type SearchResult } from 'mandjes'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

/** One probe run. */
export interface ProbeRun {
  /** The objective, a lexicographic list joined by '+' (e.g. 'maxmin+fewest'). */
  readonly objective: string
  readonly budgetMs: number
  readonly tag: SearchResult['_tag']
  readonly value: number | null
  readonly valid: boolean | null
  readonly bound: number | null
  readonly gap: number | null
  readonly ms: number
}

/** What the probe prints (with --json, as its last JSON object). */
export interface ProbeResult {
  readonly rung: string
  readonly runs: readonly ProbeRun[]
  /** Peak resident set size of the process, in MB (process.resourceUsage().maxRSS). */
  readonly peakRssMb: number
}

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1] : undefined
}
const flagValues = new Set(['--objectives', '--budgets'].map(valueOf))
const prefix = args.find((a) => !a.startsWith('--') && !flagValues.has(a)) ?? 'r13'
const file = regionalFiles().find((f) => f.startsWith(prefix))
if (file === undefined) throw new Error(`no regional rung starts with ${prefix}`)
const scenario = loadRegional(join(regionalRoot, file))
const listed = valueOf('--objectives')?.split(',')
const budgets = valueOf('--budgets')?.split(',').map(Number)
/** Objectives and budgets: sum and maxmin at 1 s and 10 s, the others at 1 s. */
const plan: [string, number][] =
  listed === undefined && budgets === undefined
    ? [
        ['sum', 1000],
        ['sum', 10_000],
        ['maxmin', 1000],
        ['maxmin', 10_000],
        ['nash', 1000],
        ['fewest', 1000],
        ['maxmin+fewest', 1000],
      ]
    : (listed ?? ['sum', 'maxmin']).flatMap((o) => (budgets ?? [1000, 10_000]).map((b): [string, number] => [o, b]))
const runs: ProbeRun[] = []
for (const [objective, budgetMs] of plan) {
  const started = performance.now()
  const r = findDeal(scenario, { objective: objective.split('+') as Objective[], budget: { timeMs: budgetMs } })
  const ms = performance.now() - started
  const best =
    r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined
  const bound = r._tag === 'NoDeal' ? null : (r.bound[0] ?? null)
  const value = best?.value[0] ?? null
  runs.push({
    objective,
    budgetMs,
    tag: r._tag,
    value,
    bound,
    ms,
    valid: best === undefined ? null : checkDeal(scenario, best.deal).valid,
    gap: r._tag === 'Optimal' ? 0 : r._tag === 'BudgetExhausted' ? r.gap : null,
  })
  console.log(`${file} ${objective} ${budgetMs} ms: ${r._tag} value ${value} bound ${bound} in ${ms.toFixed(0)} ms`)
}
const result: ProbeResult = {
  rung: file.replace(/\.json$/, ''),
  runs,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}
console.log(`peak RSS ${result.peakRssMb.toFixed(0)} MB`)
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1))
