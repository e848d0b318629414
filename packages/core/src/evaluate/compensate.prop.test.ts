import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compensate, type CompensationInput } from './compensate.js'

const inputArb = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc
    .record({
      gains: fc.array(fc.integer({ min: -5, max: 8 }), { minLength: n, maxLength: n }),
      moneyValue: fc.array(fc.constantFrom(0.5, 1, 2), { minLength: n, maxLength: n }),
      cap: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: Infinity }), { minLength: n, maxLength: n }),
      floor: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
      scale: fc.array(fc.constantFrom(1, 2, 4), { minLength: n, maxLength: n }),
    })
    .map((r): CompensationInput => ({ ...r, members: r.gains.map((_, p) => p) })),
)

const lowestSurplus = (input: CompensationInput, nets: ArrayLike<number>) =>
  Math.min(
    ...input.members.map(
      (p) => (input.gains[p]! + input.moneyValue[p]! * nets[p]! - input.floor[p]!) / input.scale[p]!,
    ),
  )

describe('compensate laws', () => {
  it('balances and keeps every payer within its cap', () =>
    fc.assert(
      fc.property(inputArb, (input) => {
        const nets = compensate(input)
        expect(Math.abs(Array.from(nets).reduce((s, x) => s + x, 0))).toBeLessThan(1e-9)
        input.members.forEach((p) => expect(nets[p]!).toBeGreaterThanOrEqual(-input.cap[p]! - 1e-9))
      }),
    ))

  it('no other balanced, capped payments raise the lowest relative surplus', () =>
    fc.assert(
      fc.property(
        inputArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (input, shares) => {
          const nets = compensate(input)
          // Another balanced payment: the first member pays what its cap allows (up to 3), shared out.
          const other = new Float64Array(input.gains.length)
          const payer = input.members[0]!
          const amount = Math.min(3, input.cap[payer]!)
          const rest = input.members.slice(1)
          const total = rest.reduce((s, _, k) => s + shares[k]! + 1e-3, 0)
          other[payer] = -amount
          rest.forEach((p, k) => (other[p] = (amount * (shares[k]! + 1e-3)) / total))
          expect(lowestSurplus(input, nets)).toBeGreaterThanOrEqual(lowestSurplus(input, other) - 1e-9)
          expect(lowestSurplus(input, nets)).toBeGreaterThanOrEqual(
            lowestSurplus(input, new Float64Array(input.gains.length)) - 1e-9,
          )
        },
      ),
    ))

  it('does not change when one party’s gains, floor, money value and scale are multiplied by the same constant', () =>
    fc.assert(
      fc.property(inputArb, fc.constantFrom(2, 0.5, 4), (input, factor) => {
        const times = (xs: ArrayLike<number>) => Array.from(xs, (x, p) => (p === 0 ? x * factor : x))
        const scaled = {
          ...input,
          gains: times(input.gains),
          floor: times(input.floor),
          moneyValue: times(input.moneyValue),
          scale: times(input.scale),
        }
        const a = compensate(input)
        const b = compensate(scaled)
        a.forEach((x, p) => expect(b[p]!).toBeCloseTo(x, 9))
      }),
    ))
})
