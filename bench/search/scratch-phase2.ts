import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { createEngine } from '../../packages/core/src/search/branchAndBound.js'
import { bestCollector } from '../../packages/core/src/search/searchSteps.js'
import { ladderLike } from '../../packages/core/test/searchFixtures.js'
const objective = (process.argv[2] ?? 'sum') as 'sum'
for (let rep = 0; rep < 2; rep++) for (let seed = 1; seed <= 10; seed++) {
  const s = ladderLike(seed, 10, 30, 3)
  const t0 = performance.now()
  const problem = problemOf(s, { objective })
  const t1 = performance.now()
  const plan = planSearch(problem, 300)
  const t2 = performance.now()
  const { collector } = bestCollector(problem)
  let offers = 0
  const engine = createEngine(problem, plan, { ...collector, offer: (l) => (offers++, collector.offer(l)) })
  for (const x of plan.candidates) engine.tryChoices(x)
  const t3 = performance.now()
  engine.run(Infinity, Infinity)
  const t4 = performance.now()
  if (rep === 1) console.log(seed, 'problem', (t1 - t0).toFixed(2), 'plan', (t2 - t1).toFixed(2), 'cands', plan.candidates.length, (t3 - t2).toFixed(2), 'search', (t4 - t3).toFixed(2), 'nodes', engine.nodes(), 'offers', offers)
}
