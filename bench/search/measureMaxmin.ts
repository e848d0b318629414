/**
 * Measures the max-min search on its hard cases, for docs/search.md. Not part of the suite.
 *
 *   npx tsx --conditions=source bench/search/measureMaxmin.ts negotiation   # 10 × 30 × 4, 30 seeds, 2 s each
 *   npx tsx --conditions=source bench/search/measureMaxmin.ts sized         # ladder-like 10 × 30 × 3, 30 seeds
 *   npx tsx --conditions=source bench/search/measureMaxmin.ts s14 10000     # one ladder scenario, budget in ms
 */
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import type { Scenario } from '../../packages/core/src/model/Scenario.js'
import { ladderLike } from '@mandjes/testkit/searchFixtures.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { ladderNames, loadLadder } from './ladder.js'

const [mode = 'negotiation', budgetArg = '2000'] = process.argv.slice(2)
const budget = Number(budgetArg)

const describe = (scenario: Scenario, timeMs: number): string => {
  const started = performance.now()
  const r = findDeal(scenario, { objective: 'maxmin', budget: { timeMs } })
  const ms = performance.now() - started
  const detail =
    r._tag === 'Optimal'
      ? `value ${r.best.value[0]!.toFixed(6)}`
      : r._tag === 'BudgetExhausted'
        ? `best ${r.best._tag === 'Some' ? r.best.value.value[0]!.toFixed(6) : '-'} bound ${r.bound[0]!.toFixed(6)} gap ${r.gap.toFixed(6)}`
        : 'NoDeal'
  return `${r._tag.padEnd(16)} ${ms.toFixed(1).padStart(9)} ms ${String(r.stats.nodes).padStart(10)} nodes  ${detail}`
}

if (mode === 'negotiation' || mode === 'sized') {
  const make = (seed: number) =>
    mode === 'sized' ? ladderLike(seed, 10, 30, 3) : negotiationScenario({ parties: 10, issues: 30, seed })
  const times: number[] = []
  let proven = 0
  for (let seed = 1; seed <= 30; seed++) {
    const scenario = make(seed)
    const started = performance.now()
    const line = describe(scenario, budget)
    times.push(performance.now() - started)
    if (line.startsWith('Optimal')) proven++
    console.log(`seed ${String(seed).padStart(2)} ${line}`)
  }
  times.sort((a, b) => a - b)
  console.log(`${mode}: proven ${proven}/30, median ${times[15]!.toFixed(1)} ms, p90 ${times[27]!.toFixed(1)} ms`)
} else {
  const name = ladderNames().find((n) => n.startsWith(mode))!
  console.log(name, describe(loadLadder(name), budget))
}
