import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { kalaiSmorodinskyLinePoints } from './bargainingPoints.js'
import { outcomeSpace, type OutcomeSpace } from './OutcomeSpace.js'
import { frontierOfSpace } from './paretoFrontier.js'

/** The oracle: distances in floating point, straight from the definition, over the frontier. */
const nearestToLine = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const finest = Math.min(0, ...Array.from(space.exponent))
  const g = gains.map((row) =>
    Array.from(
      { length: space.partyCount },
      (_, p) => (row[p]! - space.floor[p]!) * 2 ** (space.exponent[p]! - finest),
    ),
  )
  const ideal = Array.from({ length: space.partyCount }, (_, p) => Math.max(0, ...g.map((row) => row[p]!)))
  const norm = Math.hypot(...ideal)
  const distance = (row: readonly number[]): number => {
    if (norm === 0) return 0
    const along = row.reduce((s, x, p) => s + x * ideal[p]!, 0) / norm
    return Math.sqrt(Math.max(0, row.reduce((s, x) => s + x * x, 0) - along * along))
  }
  const ds = g.map(distance)
  const least = Math.min(...ds)
  return ds.flatMap((x, i) => (x <= least + 1e-6 * (1 + least) ? [i] : []))
}

describe('Kalai-Smorodinsky the NegMAS/Genius way: the frontier point nearest the line to the ideal point', () => {
  it('picks the points the floating-point definition picks (up to rounding ties)', () =>
    fc.assert(
      fc.property(
        outcomeSpaceArb({
          minParties: 2,
          maxParties: 5,
          maxIssues: 5,
          maxOptions: 3,
          reservations: true,
          interactions: true,
        }),
        (scenario) => {
          const space = outcomeSpace(scenario, { reference: 'reservation' }) as OutcomeSpace
          const result = frontierOfSpace(space)
          if (result._tag !== 'Frontier') throw new Error('small scenarios always complete')
          const gains = result.points.map((p) => p.gains)
          const exact = kalaiSmorodinskyLinePoints(space, gains)
          const oracle = nearestToLine(space, gains)
          if (gains.length > 0) expect(exact.length).toBeGreaterThan(0)
          // Every exact winner is among the oracle's (near-)winners.
          for (const i of exact) expect(oracle).toContain(i)
        },
      ),
      { numRuns: 200 },
    ))
})
