import { readFileSync } from 'node:fs'
import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { createEngine } from '../../packages/core/src/search/branchAndBound.js'
import { bestCollector } from '../../packages/core/src/search/searchSteps.js'
const [s, opts] = JSON.parse(readFileSync('/tmp/mj/case.json', 'utf8'))
const problem = problemOf(s, opts)
const plan = planSearch(problem, 300)
console.log('order', plan.order, 'children', plan.children, 'cands', plan.candidates)
const { collector, verified } = bestCollector(problem)
const engine = createEngine(problem, plan, { ...collector, offer: (l) => { console.log('offer', Array.from(l.choices), l.key); return collector.offer(l) } })
for (const x of plan.candidates) engine.tryChoices(x)
console.log(engine.run(Infinity, Infinity), engine.nodes())
console.log(verified().best?.value)
