/**
 * Measures findDeal on the benchmark ladder (read straight from bench/scenarios) and on
 * simulator-sized ladder-like scenarios, for docs/search.md. Not part of the test suite.
 *
 *   npx tsx --conditions=source bench/search/measureSearch.ts ladder sum 10000
 *   npx tsx --conditions=source bench/search/measureSearch.ts sized 10,30,3
 *   npx tsx --conditions=source bench/search/measureSearch.ts negotiation 10,30
 */
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import type { Objective } from '../../packages/core/src/search/Search.js'
import { ladderLike } from '@mandjes/testkit/searchFixtures.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { ladderNames, loadLadder } from './ladder.js'

const [mode = 'ladder', arg = 'sum', budgetArg = '10000'] = process.argv.slice(2)

if (mode === 'ladder') {
  const objective = arg as Objective
  for (const name of ladderNames()) {
    const scenario = loadLadder(name)
    findDeal(scenario, { objective, budget: { timeMs: 200 } }) // warm-up
    const started = performance.now()
    const r = findDeal(scenario, { objective, budget: { timeMs: Number(budgetArg) } })
    const ms = performance.now() - started
    const detail =
      r._tag === 'Optimal'
        ? `value ${r.best.value[0]!.toFixed(6)}`
        : r._tag === 'BudgetExhausted'
          ? `best ${r.best._tag === 'Some' ? r.best.value.value[0]!.toFixed(6) : '-'} bound ${r.bound[0]!.toFixed(6)} gap ${r.gap.toFixed(6)}`
          : r.certificate.reason
    console.log(
      name.padEnd(16),
      r._tag.padEnd(16),
      `${ms.toFixed(1)} ms`.padStart(11),
      `${r.stats.nodes} nodes`.padStart(16),
      `root ${r.stats.rootBound?.toFixed(6)}`,
      detail,
    )
  }
} else {
  // 'sized': ladder-like (every party values every issue); 'negotiation': the simulator's
  // generator (each party cares about ~40% of the issues, so participants vary per deal).
  const [P, N, K = 4] = arg.split(',').map(Number) as [number, number, number?]
  const make = (seed: number) =>
    mode === 'sized' ? ladderLike(seed, P, N, K) : negotiationScenario({ parties: P, issues: N, seed })
  for (const objective of ['sum', 'nash', 'maxmin', 'fewest'] as const) {
    const times: number[] = []
    const tags: Record<string, number> = {}
    for (let seed = 1; seed <= 30; seed++) {
      const scenario = make(seed)
      let best = Infinity
      for (let k = 0; k < 3; k++) {
        const started = performance.now()
        const r = findDeal(scenario, { objective, budget: { timeMs: 2000 } })
        best = Math.min(best, performance.now() - started)
        if (k === 0) tags[r._tag] = (tags[r._tag] ?? 0) + 1
      }
      times.push(best)
    }
    times.sort((a, b) => a - b)
    console.log(
      objective.padEnd(8),
      `median ${times[15]!.toFixed(2)} ms`,
      `p90 ${times[27]!.toFixed(2)} ms`,
      `max ${times[29]!.toFixed(2)} ms`,
      JSON.stringify(tags),
    )
  }
}
