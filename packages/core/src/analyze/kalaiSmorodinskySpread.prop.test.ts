import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { enumerateOutcomes } from '@mandjes/testkit/frontierOracle.js'
import { noStatusQuoVariantsArb } from '@mandjes/testkit/noStatusQuo.js'
import { kalaiSmorodinskySpreadPoints } from './bargainingPoints.js'
import { outcomeSpace, type OutcomeSpace, type ReferencePoint } from './OutcomeSpace.js'
import { frontierOfSpace } from './paretoFrontier.js'

/**
 * The oracle, in floating point straight from the definition: the extremes by listing every
 * outcome, each party's share `(g − lo) / (hi − lo)`, the spread of the shares per vector.
 * Returns the spreads (Infinity-free) and the indices within a rounding margin of the least.
 */
const smallestSpread = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]) => {
  const all = enumerateOutcomes(space)
  const P = space.partyCount
  const hi = Array.from({ length: P }, (_, p) => Math.max(...all.map((o) => o.gains[p]!)))
  const lo = Array.from({ length: P }, (_, p) => Math.max(space.floor[p]!, Math.min(...all.map((o) => o.gains[p]!))))
  if (hi.some((h, p) => h - lo[p]! <= 0)) return gains.map((_, i) => i)
  const spreads = gains.map((g) => {
    const shares = Array.from({ length: P }, (_, p) => (g[p]! - lo[p]!) / (hi[p]! - lo[p]!))
    return Math.max(...shares) - Math.min(...shares)
  })
  const least = Math.min(...spreads)
  return spreads.flatMap((x, i) => (x <= least + 1e-9 ? [i] : []))
}

const scenarios = outcomeSpaceArb({
  minParties: 2,
  maxParties: 5,
  maxIssues: 5,
  maxOptions: 3,
  reservations: true,
  interactions: true,
})

describe('Kalai-Smorodinsky by NegMAS’s rule: the frontier point with the most equal shares of the ideal', () => {
  for (const [variant, arb] of [
    ['', scenarios],
    [', issues without a status quo', noStatusQuoVariantsArb(scenarios)],
  ] as const)
    for (const reference of ['reservation', 'none'] as ReferencePoint[])
      it(`picks the points the floating-point definition picks (reference ${reference}${variant})`, () =>
        fc.assert(
          fc.property(arb, (scenario) => {
            const space = outcomeSpace(scenario, { reference }) as OutcomeSpace
            const result = frontierOfSpace(space)
            if (result._tag !== 'Frontier') throw new Error('small scenarios always complete')
            const gains = result.points.map((p) => p.gains)
            const exact = kalaiSmorodinskySpreadPoints(space, gains)
            const oracle = smallestSpread(space, gains)
            if (gains.length > 0) expect(exact.length).toBeGreaterThan(0)
            // Every exact winner is among the oracle's (near-)winners, and an oracle winner missing
            // from the exact ones differs from them only by rounding.
            for (const i of exact) expect(oracle).toContain(i)
          }),
          { numRuns: 150 },
        ))
})
