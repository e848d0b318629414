import { negotiationScenario } from '../../packages/core/test/negotiationScenario.js'
import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { createEngine } from '../../packages/core/src/search/branchAndBound.js'
import { bestCollector } from '../../packages/core/src/search/searchSteps.js'
const objective = (process.argv[2] ?? 'sum') as 'sum'
for (let rep = 0; rep < 2; rep++) for (let seed = 1; seed <= 20; seed++) {
  const s = negotiationScenario({ parties: 10, issues: 30, seed })
  const t0 = performance.now()
  const problem = problemOf(s, { objective })
  const t1 = performance.now()
  const plan = planSearch(problem, 300)
  const t2 = performance.now()
  const { collector, verified } = bestCollector(problem)
  let offers = 0
  const engine = createEngine(problem, plan, { ...collector, offer: (l) => (offers++, collector.offer(l)) })
  for (const x of plan.candidates) engine.tryChoices(x)
  const t3 = performance.now()
  engine.run(Infinity, Infinity)
  const t4 = performance.now()
  verified()
  const t5 = performance.now()
  if (rep === 1) console.log(seed, 'problem', (t1 - t0).toFixed(2), 'plan', (t2 - t1).toFixed(2), 'cands', plan.candidates.length, (t3 - t2).toFixed(2), 'search', (t4 - t3).toFixed(2), 'verify', (t5 - t4).toFixed(2), 'nodes', engine.nodes(), 'offers', offers, 'root', engine.rootBound().toFixed(3))
}
