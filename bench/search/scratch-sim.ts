import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { ladderLike } from '../../packages/core/test/searchFixtures.js'
const [P, N, K] = (process.argv[2] ?? '10,30,3').split(',').map(Number) as [number, number, number]
for (const objective of ['sum', 'maxmin', 'nash', 'fewest'] as const) {
  const times: number[] = []
  const tags: Record<string, number> = {}
  let nodes = 0
  for (let seed = 1; seed <= 30; seed++) {
    const s = ladderLike(seed, P, N, K)
    let r = findDeal(s, { objective, budget: { timeMs: 2000 } })
    let best = Infinity
    for (let k = 0; k < 3; k++) {
      const t = performance.now()
      r = findDeal(s, { objective, budget: { timeMs: 2000 } })
      best = Math.min(best, performance.now() - t)
    }
    times.push(best)
    tags[r._tag] = (tags[r._tag] ?? 0) + 1
    nodes += r.stats.nodes
  }
  times.sort((a, b) => a - b)
  console.log(objective, 'median', times[15]!.toFixed(2), 'p90', times[27]!.toFixed(2), 'max', times[29]!.toFixed(2), tags, 'avg nodes', (nodes / 30).toFixed(0))
}
