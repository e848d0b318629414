import * as O from 'fp-ts/lib/Option.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromNullable, none, some } from './option.js'

describe('the search results’ Option constructors', () => {
  it('build the same values as fp-ts’s, which fp-ts reads as its own', () => {
    expect(none).toStrictEqual(O.none)
    expect(O.isNone(none)).toBe(true)
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(some(value)).toStrictEqual(O.some(value))
        expect(fromNullable(value)).toStrictEqual(O.fromNullable(value))
        expect(O.toUndefined(fromNullable(value))).toBe(value ?? undefined)
      }),
      { seed: 16 },
    )
  })

  it('keep nothing for null and undefined, and keep falsy values', () => {
    expect(fromNullable(null)).toStrictEqual(O.none)
    expect(fromNullable(undefined)).toStrictEqual(O.none)
    expect(fromNullable(0)).toStrictEqual(O.some(0))
    expect(fromNullable('')).toStrictEqual(O.some(''))
  })
})
