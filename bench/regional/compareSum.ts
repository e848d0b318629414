/**
 * findDeal under `sum` before and after a change, in one process, on the regional rungs: the
 * machine this project is measured on is shared, so two runs minutes apart see different
 * loads; here the two versions alternate rung by rung (which goes first alternates too), so
 * both see the same load. The other version's sources are read from a folder inside the
 * repo (the imports of fp-ts and the rest resolve from the repo's node_modules):
 *
 *   mkdir -p tmp/before && git archive <commit> packages/core/src | tar -x -C tmp/before
 *   npx tsx --conditions=source bench/regional/compareSum.ts [--before tmp/before] [--time-ms 10000] [r05 r07 ...]
 *
 * Prints one markdown row per rung: value <= bound (status, ms) before and after, and the
 * nodes and root bound of each run; every deal is re-checked with `checkDeal`. Rungs with
 * compensation run without payments, as the bench's `sum` row does.
 */
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkDeal, findDeal, type Scenario, type SearchResult } from 'mandjes'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

const args = process.argv.slice(2)
const valueOf = (flag: string, fallback: string): string => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1]! : fallback
}
const beforeDir = valueOf('--before', 'tmp/before')
const timeMs = Number(valueOf('--time-ms', '10000'))
const flagged = new Set([beforeDir, String(timeMs)])
const prefixes = args.filter((a) => !a.startsWith('--') && !flagged.has(a))
const rungs = regionalFiles().filter((f) =>
  (prefixes.length > 0 ? prefixes : ['r05', 'r07', 'r08', 'r10', 'r11']).some((p) => f.startsWith(p)),
)
const before = (await import(pathToFileURL(resolve(beforeDir, 'packages/core/src/index.ts')).href)) as {
  readonly findDeal: typeof findDeal
}

const run = (search: typeof findDeal, scenario: Scenario): string => {
  const started = performance.now()
  // Without payments on the compensation rungs, as the bench's `sum` row (HiGHS's problem).
  const payments = scenario.compensation === undefined ? {} : { payments: false }
  const r: SearchResult = search(scenario, { objective: 'sum', budget: { timeMs }, ...payments })
  const ms = performance.now() - started
  const best =
    r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined
  if (best !== undefined && !checkDeal(scenario, best.deal).valid) throw new Error('a deal fails checkDeal')
  const bound = r._tag === 'NoDeal' ? '-' : r.bound[0]!.toFixed(2)
  const tag = r._tag === 'Optimal' ? 'opt' : r._tag === 'NoDeal' ? 'none' : 'budget'
  return `${best?.value[0]!.toFixed(2) ?? '-'} <= ${bound} (${tag}, ${ms.toFixed(0)} ms, ${r.stats.nodes} nodes, root ${r.stats.rootBound?.toFixed(2) ?? '-'})`
}

console.log(`| rung | before | after |  (findDeal sum, ${timeMs} ms each, same process)`)
console.log('|---|---|---|')
rungs.forEach((file, k) => {
  const scenario = loadRegional(join(regionalRoot, file))
  const old = k % 2 === 0 ? run(before.findDeal, scenario) : undefined
  const now = run(findDeal, scenario)
  console.log(`| ${file.replace(/\.json$/, '')} | ${old ?? run(before.findDeal, scenario)} | ${now} |`)
})
