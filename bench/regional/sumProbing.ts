/**
 * Would probing (fixing options at the root) tighten the `sum` decomposition bound? For each
 * open option, the root bound with the issue forced to it; options whose forced bound is
 * below a given optimum are dropped, and the root bound over what is left is computed again
 * (three rounds). This is the strongest form of reduced-cost fixing the decomposition can
 * offer (each probe re-runs the root's steps), so if it barely moves the bound, the cheap
 * reduced-cost version will not either.
 *
 *   npx tsx --conditions=source bench/regional/sumProbing.ts r05_p25_i47.json 14.39
 *
 * (14.39 is HiGHS's proved optimum of r05, from bench/regional/sumRootGap.ts.)
 */
import { join } from 'node:path'
import { loadRegional, regionalRoot } from './loadRegional.js'
import { problemOf } from '../../packages/core/src/search/engine/SearchProblem.js'
import { planSearch } from '../../packages/core/src/search/engine/searchPlan.js'
import { partyDecompositionRefiner } from '../../packages/core/src/search/engine/partyDecomposition.js'
import { createNodeState, isSure } from '../../packages/core/src/search/engine/NodeState.js'
import { feasibleNode } from '../../packages/core/src/search/engine/nodeBounds.js'

const [file, optimumArg] = process.argv.slice(2)
const optimum = Number(optimumArg)
const problem = problemOf(loadRegional(join(regionalRoot, file!)), { objective: 'sum', payments: false })
const plan = planSearch(problem, 200)
const N = problem.c.issueCount
const P = problem.c.partyCount
const s = createNodeState(problem, plan)
feasibleNode(s, 0, N)
const upper = Float64Array.from(s.upper)
const sure = (p: number) => isSure(s, p)
const rootOf = (children: Int32Array[]) =>
  partyDecompositionRefiner(problem, { ...plan, children })(0, new Float64Array(P), sure, upper, -Infinity)
const count = (children: Int32Array[]) => children.reduce((a, l) => a + l.length, 0)

let children = plan.children.map((l) => Int32Array.from(l))
console.log(`root ${rootOf(children).toFixed(3)}, ${count(children)} options`)
for (let round = 0; round < 3; round++) {
  const started = performance.now()
  let removed = 0
  children = children.map((list, d) => {
    if (list.length < 2) return list
    const keep = Array.from(list).filter((o) => {
      const ok = rootOf(children.map((l, e) => (e === d ? Int32Array.of(o) : l))) >= optimum - 1e-6
      if (!ok) removed++
      return ok
    })
    return Int32Array.from(keep)
  })
  const ms = (performance.now() - started).toFixed(0)
  console.log(
    `round ${round}: dropped ${removed}, ${count(children)} options left, root ${rootOf(children).toFixed(3)} (${ms} ms)`,
  )
}
