import fc from 'fast-check'
import { constraintsArb, isSound, ladderLike } from '../../packages/core/test/searchFixtures.js'
import { exhaustive } from '../../packages/core/src/search/exhaustive.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import type { ObjectiveSpec, SearchOptions } from '../../packages/core/src/search/Search.js'
const objectives: readonly ObjectiveSpec[] = ['sum', 'nash', 'maxmin', 'fewest', ['maxmin', 'fewest'], ['fewest', 'sum'], ['fewest', 'maxmin']]
let bad = 0; const tags: Record<string, number> = {}
for (let seed = 1; seed <= 300; seed++) {
  const P = 2 + (seed % 4), N = 5 + (seed % 4), K = 2 + (seed % 2)
  const s = ladderLike(seed, P, N, K)
  const [constraints, objective] = fc.sample(fc.tuple(fc.option(constraintsArb(s), { nil: undefined, freq: 3 }), fc.constantFrom(...objectives)), { numRuns: 1, seed })[0]!
  const opts: SearchOptions = { objective, ...(constraints ? { constraints } : {}) }
  const a = exhaustive(s, opts), b = findDeal(s, opts)
  tags[a._tag] = (tags[a._tag] ?? 0) + 1
  let ok = a._tag === b._tag
  if (ok && a._tag === 'Optimal' && b._tag === 'Optimal') ok = isSound(s, opts, b.best) && a.best.value.every((v, i) => v === b.best.value[i] || Math.abs(v - b.best.value[i]!) < 1e-6)
  if (!ok) { bad++; console.log('MISMATCH', seed, JSON.stringify(opts), a._tag, b._tag, a._tag === 'Optimal' ? a.best.value : '', b._tag === 'Optimal' ? b.best.value : '') }
}
console.log(tags, 'bad', bad)
