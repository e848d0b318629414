import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { adjustedWinner, type AdjustedWinnerDivision, type PointAllocations } from './adjustedWinner.js'
import {
  addRational,
  compareRational,
  multiplyRational,
  rational,
  subtractRational,
  type Rational,
} from './Rational.js'

/** 100 points spread over n issues, as integers (many ties and zeros) or with decimals. */
const spread = (n: number) =>
  fc.array(fc.nat({ max: 20 }), { minLength: n, maxLength: n }).map((weights) => {
    const sum = weights.reduce((s, w) => s + w, 0)
    if (sum === 0) return weights.map((_, i) => (i === 0 ? 100 : 0))
    const points = weights.map((w) => Math.floor((w * 100) / sum))
    points[weights.findIndex((w) => w > 0)]! += 100 - points.reduce((s, p) => s + p, 0)
    return points
  })

const allocationsArb: fc.Arbitrary<PointAllocations> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(spread(n), spread(n)))
  .map(([a, b]) => ({ parties: ['A', 'B'], issues: a.map((x, i) => ({ id: `i${i}`, points: [x, b[i]!] as const })) }))

const divided = (input: PointAllocations): AdjustedWinnerDivision => {
  const result = adjustedWinner(input)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}

const zero = rational(0n)
const pointsOf = (input: PointAllocations, shares: readonly Rational[], party: 0 | 1): Rational =>
  input.issues.reduce(
    (s, issue, i) =>
      addRational(
        s,
        multiplyRational(
          party === 0 ? shares[i]! : subtractRational(rational(1n), shares[i]!),
          rational(BigInt(issue.points[party] as number)),
        ),
      ),
    zero,
  )

/**
 * The most points party `other` can get while party `keep` keeps at least `floor`, over every
 * fractional division: a fractional knapsack, solved exactly by the cheapest-ratio greedy.
 */
const bestFor = (input: PointAllocations, keep: 0 | 1, floor: Rational): Rational => {
  const other = keep === 0 ? 1 : 0
  const items = input.issues.map((issue) => ({
    k: rational(BigInt(issue.points[keep] as number)),
    o: rational(BigInt(issue.points[other] as number)),
  }))
  // `keep` takes items costing `other` least per point gained first.
  const useful = items
    .filter((x) => x.k.num > 0n)
    .sort((x, y) => compareRational(multiplyRational(x.o, y.k), multiplyRational(y.o, x.k)))
  let need = floor
  let lost = zero
  for (const { k, o } of useful) {
    if (compareRational(need, zero) <= 0) break
    const take = compareRational(k, need) <= 0 ? rational(1n) : rational(need.num * k.den, need.den * k.num)
    lost = addRational(lost, multiplyRational(take, o))
    need = subtractRational(need, multiplyRational(take, k))
  }
  return subtractRational(rational(100n), lost)
}

describe('Adjusted Winner on random 100-point allocations', () => {
  it('is equitable: both parties end with exactly the same points', () =>
    fc.assert(
      fc.property(allocationsArb, (input) => {
        const d = divided(input)
        expect(d.points[0]).toEqual(d.points[1])
        const shares = d.shares.map((s) => s.shares[0])
        expect(pointsOf(input, shares, 0)).toEqual(d.points[0])
        expect(pointsOf(input, shares, 1)).toEqual(d.points[1])
      }),
      { numRuns: 500 },
    ))

  it('is envy-free: each party values its own share at least as much as the other share', () =>
    fc.assert(
      fc.property(allocationsArb, (input) => {
        const d = divided(input)
        for (const party of [0, 1] as const)
          expect(compareRational(d.points[party], rational(50n))).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 500 },
    ))

  it('is efficient: no division gives one party more without giving the other less', () =>
    fc.assert(
      fc.property(allocationsArb, (input) => {
        const d = divided(input)
        expect(bestFor(input, 0, d.points[0])).toEqual(d.points[1])
        expect(bestFor(input, 1, d.points[1])).toEqual(d.points[0])
      }),
      { numRuns: 500 },
    ))

  it('splits at most one issue, and shares are between 0 and 1', () =>
    fc.assert(
      fc.property(allocationsArb, (input) => {
        const d = divided(input)
        const split = d.shares.filter((s) => s.shares[0].den !== 1n)
        expect(split.map((s) => s.issue)).toEqual(d.splitIssue === null ? [] : [d.splitIssue])
        for (const s of d.shares)
          for (const x of s.shares)
            expect(compareRational(x, zero) >= 0 && compareRational(x, rational(1n)) <= 0).toBe(true)
      }),
      { numRuns: 500 },
    ))
})
