import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import { binnedMeans, factorEffects, fitInteractions, type FactorRun } from './effectEstimates.js'

/** y from known coefficients: 1, x1, x2, x3, x1x2, x1x3, x2x3 (the fit's order). */
const truth = (b: readonly number[], x: readonly number[]) =>
  b[0]! +
  b[1]! * x[0]! +
  b[2]! * x[1]! +
  b[3]! * x[2]! +
  b[4]! * x[0]! * x[1]! +
  b[5]! * x[0]! * x[2]! +
  b[6]! * x[1]! * x[2]!

const coefficients = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 7, maxLength: 7 })
/** Spread design points (from a seed), so every coefficient is identified, as in a study's uniform design. */
const points = fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 30, max: 80 })).map(([seed, n]) => {
  const random = new RandomStream(rngFromSeed(seed))
  return Array.from({ length: n }, () => [random.next(), random.next(), random.next()])
})

describe('effect estimates', () => {
  it('the fit recovers exact coefficients from noiseless data, and the main effect is the mean 0-to-1 change (oracle)', () =>
    fc.assert(
      fc.property(coefficients, points, (b, xs) => {
        const runs: FactorRun[] = xs.map((x) => ({ x, y: truth(b, x) }))
        const fit = fitInteractions(runs)
        fit.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(1e-6))
        const effects = factorEffects(runs, { reps: 20, seed: 3 })
        // Oracle: the mean over the runs of y(x with factor i at 1) − y(x with factor i at 0).
        for (let i = 0; i < 3; i++) {
          const oracle =
            runs.reduce((s, r) => {
              const hi = [...r.x]
              const lo = [...r.x]
              hi[i] = 1
              lo[i] = 0
              return s + truth(b, hi) - truth(b, lo)
            }, 0) / runs.length
          expect(Math.abs(effects.main[i]!.value - oracle)).toBeLessThan(1e-6)
        }
      }),
      { numRuns: 50 },
    ))

  it('the same bootstrap seed gives the same intervals, and an interval holds its estimate when the data fit exactly', () => {
    const runs: FactorRun[] = Array.from({ length: 60 }, (_, k) => {
      const x = [(k * 0.37) % 1, (k * 0.61) % 1, (k * 0.13) % 1]
      return { x, y: 0.2 + 0.5 * x[1]! + (k % 2 === 0 ? 0.05 : -0.05) }
    })
    const a = factorEffects(runs, { reps: 200, seed: 9 })
    expect(factorEffects(runs, { reps: 200, seed: 9 })).toEqual(a)
    expect(factorEffects(runs, { reps: 200, seed: 10 })).not.toEqual(a)
    for (const e of a.main) expect(e.low <= e.value && e.value <= e.high).toBe(true)
    // The width effect (0.5) is found, its interval excludes 0; the others include 0.
    expect(a.main[1]!.low).toBeGreaterThan(0.3)
    expect(a.main[0]!.low < 0 && a.main[0]!.high > 0).toBe(true)
  })

  it('binned means count every run once', () =>
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 10 }), (xs, bins) => {
        const runs = xs.map((x) => ({ x, y: x[0]! }))
        const b = binnedMeans(runs, 0, bins)
        expect(b.reduce((s, x) => s + x.runs, 0)).toBe(runs.length)
        for (const bin of b)
          if (bin.mean !== null) expect(bin.mean >= bin.from - 1e-12 && bin.mean <= bin.to + 1e-12).toBe(true)
      }),
    ))
})
