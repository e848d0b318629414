/**
 * The sum decomposition's root bound without and with pair agreement (pairAgreement.ts),
 * the incumbent given as the steps' target:
 *
 *   npx tsx --conditions=source bench/regional/sumPairs.ts r05_p25_i47.json 14.39
 */
import { join } from 'node:path'
import { loadRegional, regionalRoot } from './loadRegional.js'
import { problemOf } from '../../packages/core/src/search/engine/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/engine/searchPlan.js'
import { partyDecompositionRefiner } from '../../packages/core/src/search/engine/partyDecomposition.js'
import { pairAgreement } from '../../packages/core/src/search/engine/pairAgreement.js'
import { createNodeState, isSure } from '../../packages/core/src/search/engine/NodeState.js'
import { feasibleNode } from '../../packages/core/src/search/engine/nodeBounds.js'
const [file, stop] = process.argv.slice(2)
const problem = problemOf(loadRegional(join(regionalRoot, file!)), { objective: 'sum', payments: false })
const plan = planSearch(problem, 200)
const N = problem.c.issueCount
const P = problem.c.partyCount
const s = createNodeState(problem, plan)
feasibleNode(s, 0, N)
for (const pairs of [undefined, pairAgreement]) {
  const t = performance.now()
  const b = partyDecompositionRefiner(
    problem,
    plan,
    undefined,
    undefined,
    undefined,
    pairs,
  )(0, new Float64Array(P), (p) => isSure(s, p), Float64Array.from(s.upper), Number(stop) - 1e-6)
  console.log(file, 'pairs', pairs !== undefined, 'root', b.toFixed(3), (performance.now() - t).toFixed(0), 'ms')
}
