import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bidAtOrBelow } from './bidAtOrBelow.js'

const termsArb = fc.array(
  fc.array(
    fc.integer({ min: -5, max: 5 }).map((x) => x / 4),
    { minLength: 1, maxLength: 4 },
  ),
  { minLength: 1, maxLength: 5 },
)

const everyOutcome = (terms: readonly (readonly number[])[]): number[][] =>
  terms.reduce<number[][]>((acc, row) => acc.flatMap((prefix) => row.map((_, o) => [...prefix, o])), [[]])
const utility = (terms: readonly (readonly number[])[], choice: readonly number[]): number =>
  choice.reduce((s, o, i) => s + terms[i]![o]!, 0)

describe('the best outcome at or below a utility', () => {
  it('has the highest utility of all outcomes not above the target', () =>
    fc.assert(
      fc.property(
        termsArb,
        fc.integer({ min: -25, max: 25 }).map((x) => x / 4),
        (terms, target) => {
          const found = bidAtOrBelow(terms, target)
          const below = everyOutcome(terms)
            .map((c) => utility(terms, c))
            .filter((u) => u <= target)
          expect(found.exact).toBe(true)
          if (below.length === 0) {
            expect(found.choices).toBeUndefined()
            return
          }
          expect(found.utility).toBe(Math.max(...below))
          expect(utility(terms, Array.from(found.choices!))).toBe(found.utility)
        },
      ),
    ))

  it('finds another outcome of the same utility when told to skip one, if there is one', () =>
    fc.assert(
      fc.property(termsArb, (terms) => {
        const all = everyOutcome(terms)
        const skip = all[all.length - 1]!
        const target = utility(terms, skip)
        const found = bidAtOrBelow(terms, target, { exclude: skip })
        const others = all
          .filter((c) => c.join() !== skip.join())
          .map((c) => utility(terms, c))
          .filter((u) => u <= target)
        expect(found.choices === undefined ? undefined : found.utility).toBe(
          others.length === 0 ? undefined : Math.max(...others),
        )
        if (found.choices !== undefined) expect(Array.from(found.choices)).not.toEqual(skip)
      }),
    ))
})
