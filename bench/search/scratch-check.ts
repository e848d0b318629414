import { checkDeal } from '../../packages/core/src/evaluate/checkDeal.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { loadLadder } from './ladder.js'
const s = loadLadder('s14_n25_m60_k4')
const r = findDeal(s)
if (r._tag !== 'Optimal') throw new Error()
for (let k = 0; k < 5; k++) {
  const t = performance.now()
  for (let j = 0; j < 20; j++) checkDeal(s, r.best.deal)
  console.log(((performance.now() - t) / 20).toFixed(3), 'ms per checkDeal')
}
