import { negotiationScenario } from '../../packages/core/test/negotiationScenario.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
for (const objective of ['sum', 'nash', 'maxmin', 'fewest', ['maxmin', 'fewest']] as const) {
  const times: number[] = []; const tags: Record<string, number> = {}; let nodes = 0
  for (let seed = 1; seed <= 20; seed++) {
    const s = negotiationScenario({ parties: 10, issues: 30, seed })
    let best = Infinity, r
    for (let k = 0; k < 3; k++) { const t = performance.now(); r = findDeal(s, { objective, budget: { timeMs: 2000 } }); best = Math.min(best, performance.now() - t) }
    times.push(best); tags[r!._tag] = (tags[r!._tag] ?? 0) + 1; nodes += r!.stats.nodes
  }
  times.sort((a, b) => a - b)
  console.log(JSON.stringify(objective), 'median', times[10]!.toFixed(2), 'p90', times[18]!.toFixed(2), 'max', times[19]!.toFixed(2), tags, 'avg nodes', (nodes / 20).toFixed(0))
}
