import { negotiationScenario } from '../../packages/core/test/negotiationScenario.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
for (const objective of (process.argv[2] ?? 'nash,maxmin').split(',') as ('nash' | 'maxmin')[]) {
  const times: number[] = []; const tags: Record<string, number> = {}; let nodes = 0
  for (let seed = 1; seed <= 20; seed++) {
    const s = negotiationScenario({ parties: 10, issues: 30, seed })
    const t = performance.now(); const r = findDeal(s, { objective, budget: { timeMs: 2000 } }); times.push(performance.now() - t)
    tags[r._tag] = (tags[r._tag] ?? 0) + 1; nodes += r.stats.nodes
  }
  times.sort((a, b) => a - b)
  console.log(JSON.stringify(objective), 'median', times[10]!.toFixed(2), 'p90', times[18]!.toFixed(2), 'max', times[19]!.toFixed(2), tags, 'avg nodes', (nodes / 20).toFixed(0))
}
