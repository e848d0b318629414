/**
 * `npm run bench:regional:check`: shows that a valid deal exists on every rung, and how many
 * single issues deadlock (no option of the issue alone is a valid deal). For each rung,
 * `findDeal` (sum, 2 s) and `highsSearch` (sum, 5 s, without payments) each look for one; every
 * deal found is re-checked with `checkDeal`. Exit code 1 when some rung has no deal from
 * either, or a deal fails its check.
 *
 *   npm run bench:regional:check                  every rung
 *   npm run bench:regional:check -- r02 r04_p20   only these (name prefixes)
 */
import { checkDeal, findDeal, type SearchResult } from 'mandjes'
import { loadHighsSearch } from '@mandjes/highs'
import { loadRegionalLadder } from './loadRegional.js'

const highs = await loadHighsSearch()
const bestOf = (r: SearchResult) =>
  r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined
let failed = false
const only = process.argv.slice(2)
for (const [name, scenario] of loadRegionalLadder().filter(
  ([name]) => only.length === 0 || only.some((p) => name.startsWith(p)),
)) {
  const line = [name.padEnd(16)]
  let found = false
  const alone = scenario.issues.filter((issue) =>
    issue.options.some(
      (o) =>
        o.id !== scenario.statusQuo.choices[issue.id] &&
        checkDeal(scenario, { choices: { ...scenario.statusQuo.choices, [issue.id]: o.id }, payments: [] }).valid,
    ),
  ).length
  line.push(`${scenario.issues.length - alone}/${scenario.issues.length} issues deadlock alone`)
  for (const [label, run] of [
    ['findDeal', () => findDeal(scenario, { objective: 'sum', budget: { timeMs: 2000 } })],
    ['HiGHS', () => highs(scenario, { objective: 'sum', budget: { timeMs: 5000 }, payments: false })],
  ] as const) {
    const started = performance.now()
    const result = run()
    const ms = performance.now() - started
    const best = bestOf(result)
    const valid = best === undefined ? undefined : checkDeal(scenario, best.deal).valid
    if (valid === false) failed = true
    if (valid === true) found = true
    line.push(
      `${label} ${result._tag} ${best === undefined ? '-' : `${best.value[0]!.toFixed(3)} (${best.participants.length} parties, ${best.changes.length} changes${valid ? '' : ', INVALID'})`} ${ms.toFixed(0)} ms`,
    )
  }
  if (!found) failed = true
  console.log(line.join(' | '))
}
process.exit(failed ? 1 : 0)
