import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { createEngine } from '../../packages/core/src/search/branchAndBound.js'
import { ladderLike } from '../../packages/core/test/searchFixtures.js'
const objective = (process.argv[2] ?? 'maxmin') as 'maxmin'
for (let seed = 1; seed <= 12; seed++) {
  const s = ladderLike(seed, 10, 30, 3)
  const r = findDeal(s, { objective, budget: { timeMs: 5000 } })
  if (r._tag !== 'Optimal') { console.log(seed, r._tag); continue }
  const problem = problemOf(s, { objective })
  const plan = planSearch(problem, 300)
  const key = [...r.best.value, -r.best.changes.length]
  const engine = createEngine(problem, plan, { key: () => key, offer: () => true })
  const t = performance.now()
  engine.run(Infinity, Infinity)
  console.log(seed, 'opt', r.best.value[0]!.toFixed(4), 'root', r.stats.rootBound!.toFixed(4), 'full nodes', r.stats.nodes, 'proof nodes', engine.nodes(), (performance.now() - t).toFixed(1), 'ms')
}
