import fc from 'fast-check'
import { scenarioArb } from '../../packages/core/test/arbitraries.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import { exhaustive } from '../../packages/core/src/search/exhaustive.js'
for (const opts of [{}, { mandates: true, interactions: true, reservations: true, partialStakeholders: true }, { compensation: true, mandates: true }, {compensation: true}]) {
  const samples = fc.sample(scenarioArb({ maxIssues: 6, maxOptions: 4, maxParties: 5, ...opts }), { numRuns: 200, seed: 1 })
  const tags: Record<string, number> = {}
  let t0 = performance.now(), mism = 0, pays = 0
  for (const s of samples) { const a = exhaustive(s); const b = findDeal(s); tags[a._tag] = (tags[a._tag] ?? 0) + 1
    if (a._tag !== b._tag || (a._tag === 'Optimal' && b._tag === 'Optimal' && Math.abs(a.best.value[0]! - b.best.value[0]!) > 1e-6)) mism++
    if (a._tag === 'Optimal' && a.best.deal.payments.length > 0) pays++ }
  console.log(JSON.stringify(opts), tags, 'mismatch', mism, 'withPayments', pays, (performance.now() - t0).toFixed(0), 'ms')
}
