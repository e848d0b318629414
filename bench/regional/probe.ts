/**
 * The 200 x 500 target in a process of its own, so its memory is findDeal's alone: on the
 * largest rung, `findDeal` with a 1 s budget (is there a valid deal within 1 s?) and with a
 * 10 s budget (is the proven gap finite?), for `sum` and `maxmin`, and the process's peak
 * resident memory. `npm run bench` runs it; alone:
 *
 *   npx tsx --conditions=source bench/regional/probe.ts --json [rung prefix, default r13]
 */
import { join } from 'node:path'
import { checkDeal, findDeal, type SearchResult } from 'mandjes'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

/** One probe run. */
export interface ProbeRun {
  readonly objective: 'sum' | 'maxmin'
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

const prefix = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'r13'
const file = regionalFiles().find((f) => f.startsWith(prefix))
if (file === undefined) throw new Error(`no regional rung starts with ${prefix}`)
const scenario = loadRegional(join(regionalRoot, file))
const runs: ProbeRun[] = []
for (const objective of ['sum', 'maxmin'] as const) {
  for (const budgetMs of [1000, 10_000]) {
    const started = performance.now()
    const r = findDeal(scenario, { objective, budget: { timeMs: budgetMs } })
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
}
const result: ProbeResult = {
  rung: file.replace(/\.json$/, ''),
  runs,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}
console.log(`peak RSS ${result.peakRssMb.toFixed(0)} MB`)
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1))
