import { problemOf } from '../../packages/core/src/search/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/searchPlan.js'
import { localSearch } from '../../packages/core/src/search/heuristics/localSearch.js'
import { compile } from '../../packages/core/src/evaluate/compile.js'
import { loadLadder } from './ladder.js'
const s = loadLadder(process.argv[2] ?? 's14_n25_m60_k4')
const objective = (process.argv[3] ?? 'maxmin') as 'maxmin'
const problem = problemOf(s, { objective })
const plan = planSearch(problem, 300)
const c = compile(s)
const val = (x: Int32Array) => { const g = new Array(c.partyCount).fill(0); for (let i = 0; i < c.issueCount; i++) for (let p = 0; p < c.partyCount; p++) g[p] += c.gain[p * c.totalOptions + c.offsets[i]! + x[i]!]!; return objective === 'maxmin' ? Math.min(...g) : g.reduce((a, b) => a + b, 0) }
console.log('cands best', Math.max(...plan.candidates.map(val)))
for (const rounds of [0, 10, 50, 200, 1000]) {
  const t = performance.now()
  const r = localSearch(problem, plan.lowest, [plan.candidates[plan.candidates.length - 1]!], { rounds, seed: 1, until: Infinity })
  console.log(rounds, r.map(val), (performance.now() - t).toFixed(0), 'ms')
}
