import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { ladderNames, loadLadder } from './ladder.js'
const objective = (process.argv[2] ?? 'sum') as any
const budget = Number(process.argv[3] ?? 10000)
for (const name of ladderNames()) {
  const s = loadLadder(name)
  const t = performance.now()
  const r = findDeal(s, { objective, budget: { timeMs: budget } })
  const ms = performance.now() - t
  console.log(name, r._tag, ms.toFixed(1) + 'ms', r.stats.nodes, 'root', r.stats.rootBound?.toFixed(4), r._tag === 'Optimal' ? r.best.value[0]!.toFixed(4) : r._tag === 'BudgetExhausted' ? `gap ${r.gap.toFixed(4)} bound ${r.bound[0]!.toFixed(4)}` : '')
}
