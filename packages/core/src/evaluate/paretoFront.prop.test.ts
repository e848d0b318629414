import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bruteForceFront as bruteFront } from '@mandjes/testkit/frontierOracle.js'
import { DominanceIndex } from './DominanceIndex.js'
import { nonDominated, paretoFront } from './paretoFront.js'

// The oracle, `bruteForceFront`: a vector is on the frontier when no vector dominates it.
const same = (a: readonly number[], b: readonly number[]) => a.every((x, p) => x === b[p])

// Dense: small integers, so ties and dominance are common. Sparse: real values of any size,
// including sums that round to the same float (1e20 + 1 and 1e20 + 0).
const denseArb = fc
  .integer({ min: 1, max: 5 })
  .chain((P) => fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: P, maxLength: P }), { maxLength: 60 }))
const sparseArb = fc.integer({ min: 1, max: 5 }).chain((P) =>
  fc.array(
    fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constantFrom(1e20, 0, 1, -1e20)), {
      minLength: P,
      maxLength: P,
    }),
    { maxLength: 40 },
  ),
)
const vectorsArb = fc.oneof(denseArb, sparseArb)

const flat = (vectors: readonly number[][]): Float64Array => Float64Array.from(vectors.flat())

describe('the frontier rule', () => {
  it('with ties grouped, keeps exactly the vectors nothing dominates, equal ones in one run', () =>
    fc.assert(
      fc.property(vectorsArb, (vectors) => {
        const P = vectors[0]?.length ?? 1
        const { order, runStart } = nonDominated(P, vectors.length, flat(vectors), { ties: 'group' })
        expect([...order].sort((a, b) => a - b)).toEqual(bruteFront(vectors))
        for (let r = 0; r + 1 < runStart.length; r++) {
          const run = Array.from(order.subarray(runStart[r]!, runStart[r + 1]!), (i) => vectors[i]!)
          expect(run.length).toBeGreaterThan(0)
          run.forEach((v) => expect(same(v, run[0]!)).toBe(true))
          // Runs are distinct points.
          for (let q = r + 1; q + 1 < runStart.length; q++)
            expect(same(vectors[order[runStart[q]!]!]!, run[0]!)).toBe(false)
        }
      }),
      { numRuns: 400 },
    ))

  it('with ties kept once, keeps the first vector of each undominated point', () =>
    fc.assert(
      fc.property(vectorsArb, (vectors) => {
        const P = vectors[0]?.length ?? 1
        const expected = bruteFront(vectors).filter((i) => !vectors.slice(0, i).some((w) => same(w, vectors[i]!)))
        const { order, runStart } = nonDominated(P, vectors.length, flat(vectors))
        expect([...order].sort((a, b) => a - b)).toEqual(expected)
        expect(runStart).toEqual(Array.from({ length: order.length + 1 }, (_, r) => r))
        expect(paretoFront(vectors, (v) => v).map((v) => vectors.indexOf(v))).toEqual(Array.from(order))
      }),
      { numRuns: 400 },
    ))

  it('visits by total gain, high first, so a dominator always comes before what it beats', () =>
    fc.assert(
      fc.property(denseArb, (vectors) => {
        const kept = paretoFront(vectors, (v) => v)
        const sums = kept.map((v) => v.reduce((a, b) => a + b, 0))
        sums.forEach((s, k) => k > 0 && expect(s).toBeLessThanOrEqual(sums[k - 1]!))
      }),
    ))

  it('with a tolerance, keeps no two points within the tolerance of each other and drops nothing clearly better', () =>
    fc.assert(
      fc.property(denseArb, fc.double({ min: 0, max: 0.5, noNaN: true }), (ints, jitter) => {
        // Integer vectors moved by under 0.25 each (under 0.5 apart): with tolerance 0.5, covering is
        // integer dominance, so the points are the integer ones, each once.
        const tol = 0.5
        const vectors = ints.map((v, i) => v.map((x, p) => x + (((i + p) % 3) - 1) * jitter * 0.49))
        const kept = paretoFront(vectors, (v) => v, tol)
        const near = (a: readonly number[], b: readonly number[]) => a.every((x, p) => Math.abs(x - b[p]!) <= tol)
        kept.forEach((a, k) => kept.slice(k + 1).forEach((b) => expect(near(a, b)).toBe(false)))
        const points = new Set(bruteFront(ints).map((i) => ints[i]!.join()))
        expect(new Set(kept.map((v) => ints[vectors.indexOf(v)]!.join()))).toEqual(points)
      }),
    ))
})

describe('DominanceIndex', () => {
  it('covers a vector exactly when a stored vector is at least as good everywhere, up to the tolerance', () =>
    fc.assert(
      fc.property(vectorsArb, vectorsArb, fc.constantFrom(0, 0.5, 1), (stored, queries, tol) => {
        const P = stored[0]?.length ?? 1
        const index = new DominanceIndex(P, undefined, tol)
        stored.forEach((v) => index.append(v))
        for (const q of queries.filter((q) => q.length === P)) {
          const expected = stored.some((y) => y.every((x, p) => x >= q[p]! - tol))
          expect(index.coversVector(q)).toBe(expected)
        }
      }),
      { numRuns: 300 },
    ))
})
