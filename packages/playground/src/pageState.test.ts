/** The page's address: what is written reads back, and a hand-edited address never breaks the page. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readPageState, writePageState, type PageState } from './pageState'

const id = fc.constantFrom('tiel', 'culemborg', 'homes-tiel', '1300', 'a b', 'ä/ö?&=#')
const stateArb: fc.Arbitrary<PageState> = fc.record({
  example: fc.constantFrom('rivierenland', 'sww-social'),
  lang: fc.constantFrom('nl' as const, 'en' as const),
  objective: fc.constantFrom('sum' as const, 'maxmin' as const, 'nash' as const, 'fewest' as const),
  party: id,
  x: id,
  y: id,
  tweaks: fc.record({
    stakes: fc.dictionary(id, fc.dictionary(id, fc.double({ min: 0, max: 10, noNaN: true }))),
    values: fc.dictionary(id, fc.dictionary(id, fc.dictionary(id, fc.double({ min: -5, max: 5, noNaN: true })))),
    redLines: fc.dictionary(id, fc.dictionary(id, fc.dictionary(id, fc.boolean()))),
    minGains: fc.dictionary(id, fc.double({ min: -5, max: 5, noNaN: true })),
    domainFloors: fc.dictionary(id, fc.dictionary(id, fc.double({ min: -5, max: 5, noNaN: true }))),
    targetsOff: fc.uniqueArray(id),
  }),
})

describe('page state in the address', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        // -0 is written as 0 by JSON; the page treats them alike.
        const norm = (x: unknown) => JSON.parse(JSON.stringify(x))
        expect(norm(readPageState(`?${writePageState(s)}`, 'en'))).toEqual(norm(s))
      }),
      { seed: 15 },
    )
  })

  it('falls back to defaults on unreadable parts, keeping only numbers and booleans where they belong', () => {
    const s = readPageState(
      '?lang=fr&objective=best&changes={"stakes":{"tiel":{"a":"x","b":2}},"redLines":{"tiel":{"a":{"o":1,"p":true}}},"__proto__":{"x":1}}',
      'nl',
    )
    expect(s.lang).toBe('nl')
    expect(s.objective).toBe('sum')
    expect(s.tweaks).toEqual({ stakes: { tiel: { b: 2 } }, values: {}, redLines: { tiel: { a: { p: true } } } })
    expect(readPageState('?changes=not-json', 'en').tweaks).toEqual({ stakes: {}, values: {}, redLines: {} })
  })
})
