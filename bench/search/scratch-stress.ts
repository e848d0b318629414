import fc from 'fast-check'
import { scenarioArb } from '../../packages/core/test/arbitraries.js'
import { constraintsArb, isSound } from '../../packages/core/test/searchFixtures.js'
import { exhaustive } from '../../packages/core/src/search/exhaustive.js'
import { findDeal } from '../../packages/core/src/search/findDeal.js'
import type { ObjectiveSpec, SearchOptions } from '../../packages/core/src/search/Search.js'
const objectives: readonly ObjectiveSpec[] = ['sum', 'nash', 'maxmin', 'fewest', ['maxmin', 'fewest'], ['fewest', 'sum']]
const small = { minIssues: 3, maxIssues: 6, maxOptions: 4, maxParties: 5 }
const kinds = [small, { ...small, mandates: true, reservations: true, interactions: true, partialStakeholders: true }, { ...small, maxIssues: 5, compensation: true, mandates: true, reservations: true }, { ...small, compensation: true }, { ...small, realValues: true, interactions: true }]
const seed = Number(process.argv[2] ?? 1)
for (const k of kinds) {
  const arb = scenarioArb(k).chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...objectives), fc.option(constraintsArb(s), { nil: undefined }), fc.boolean()))
  const tags: Record<string, number> = {}
  let bad = 0
  for (const [s, objective, constraints, nn] of fc.sample(arb, { numRuns: 400, seed })) {
    const opts: SearchOptions = { objective, ...(constraints ? { constraints } : {}), ...(nn ? { rules: { gainRule: 'nonNegative' } } : {}) }
    const a = exhaustive(s, opts), b = findDeal(s, opts)
    tags[a._tag] = (tags[a._tag] ?? 0) + 1
    let ok = a._tag === b._tag
    if (ok && a._tag === 'Optimal' && b._tag === 'Optimal') ok = isSound(s, opts, b.best) && a.best.value.every((v, i) => v === b.best.value[i] || Math.abs(v - b.best.value[i]!) < 1e-6)
    if (ok && a._tag === 'NoDeal' && b._tag === 'NoDeal') ok = JSON.stringify(a.certificate.binding) === JSON.stringify(b.certificate.binding)
    if (!ok) { bad++; if (bad < 3) console.log('MISMATCH', JSON.stringify(opts), a._tag, b._tag, a._tag === 'Optimal' ? a.best.value : '', b._tag === 'Optimal' ? b.best.value : '', JSON.stringify(a._tag === "NoDeal" ? a.certificate : 0), JSON.stringify(b._tag === "NoDeal" ? b.certificate : 0)); if (bad === 1) console.log(JSON.stringify(s)) }
  }
  console.log(JSON.stringify(k), tags, 'bad', bad)
}
