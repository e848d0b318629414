import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { createEngine } from '../../packages/core/src/search/branchAndBound.js'
import { bestCollector } from '../../packages/core/src/search/searchSteps.js'
import { loadLadder } from './ladder.js'
const s = loadLadder(process.argv[2] ?? 's14_n25_m60_k4')
for (const objective of ['sum', 'maxmin', 'nash'] as const) {
  let t = performance.now()
  const problem = problemOf(s, { objective })
  const t1 = performance.now()
  const plan = planSearch(problem, 300)
  const t2 = performance.now()
  const { collector } = bestCollector(problem)
  const engine = createEngine(problem, plan, collector)
  for (const x of plan.candidates) engine.tryChoices(x)
  const t3 = performance.now()
  console.log(objective, 'problem', (t1 - t).toFixed(1), 'plan', (t2 - t1).toFixed(1), 'candidates', plan.candidates.length, (t3 - t2).toFixed(1))
}
