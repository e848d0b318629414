import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ratificationProbability, visibilityOf } from './ratify.js'
import { nextTrust } from './trust.js'
import type { Involvement } from './SimulationConfig.js'

const rule = { hindrance: { front: 0.1, during: 0.3, after: 0.8 }, visibilityWeight: 0.8, coolingOff: 4 }
const unit = fc.double({ min: 0, max: 1, noNaN: true })
const involvement = fc.constantFrom<Involvement>('front', 'during', 'after')

describe('ratification by the councils', () => {
  it('follows the documented formula', () => {
    expect(ratificationProbability(rule, 'after', 0.5, 0)).toBeCloseTo(0.6, 12)
    expect(ratificationProbability(rule, 'after', 0.5, 1)).toBeCloseTo(0.92, 12)
    expect(ratificationProbability(rule, 'during', 0, 0)).toBeCloseTo(0.7, 12)
  })

  it('a council involved only afterwards ratifies less readily than one involved up front', () =>
    fc.assert(
      fc.property(
        unit,
        unit,
        (trust, visibility) =>
          ratificationProbability(rule, 'after', trust, visibility) <=
            ratificationProbability(rule, 'during', trust, visibility) &&
          ratificationProbability(rule, 'during', trust, visibility) <=
            ratificationProbability(rule, 'front', trust, visibility),
      ),
    ))

  it('more trust and more visible gains never make ratification less likely, and it stays a probability', () =>
    fc.assert(
      fc.property(involvement, unit, unit, unit, (inv, t, v, more) => {
        const p = ratificationProbability(rule, inv, t, v)
        expect(p).toBeGreaterThanOrEqual(1 - rule.hindrance[inv] - 1e-12)
        expect(p).toBeLessThanOrEqual(1)
        expect(ratificationProbability(rule, inv, t + (1 - t) * more, v)).toBeGreaterThanOrEqual(p - 1e-12)
        expect(ratificationProbability(rule, inv, t, v + (1 - v) * more)).toBeGreaterThanOrEqual(p - 1e-12)
      }),
    ))

  it('a fully trusting council always ratifies', () =>
    fc.assert(fc.property(involvement, unit, (inv, v) => ratificationProbability(rule, inv, 1, v) === 1)))

  it('gains show fully when the party gains in every domain, and barely when a loss hides behind a gain', () => {
    expect(visibilityOf([2, 1], 3)).toBe(1)
    expect(visibilityOf([3, -2], 1)).toBeCloseTo(0.2, 12)
    expect(visibilityOf([1], -1)).toBe(0)
    // A gain outside every domain (an interaction term) counts in the denominator.
    expect(visibilityOf([1], 2)).toBeCloseTo(1, 12)
    expect(visibilityOf([2], 1)).toBeCloseTo(1 / 3, 12)
  })

  it('kept deals raise trust and failed ratifications lower it, within [0, 1]', () =>
    fc.assert(
      fc.property(unit, unit, unit, (trust, up, down) => {
        const kept = nextTrust({ afterKept: up, afterFailed: down }, trust, 'kept')
        const failed = nextTrust({ afterKept: up, afterFailed: down }, trust, 'failed')
        return kept >= trust && kept <= 1 && failed <= trust && failed >= 0
      }),
    ))
})
