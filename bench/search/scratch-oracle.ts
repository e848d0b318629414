import { exhaustive } from '../../packages/core/src/search/exhaustive.js'
import { ladderLike } from '../../packages/core/test/searchFixtures.js'
for (const [P, N, K] of [[3, 6, 4], [5, 6, 4], [5, 8, 3]] as const) {
  const s = ladderLike(1, P, N, K)
  const t = performance.now()
  const r = exhaustive(s)
  const ms = performance.now() - t
  console.log(P, N, K, r.stats.nodes, ms.toFixed(0), 'ms', (r.stats.nodes / ms * 1000).toFixed(0), 'deals/s')
}
