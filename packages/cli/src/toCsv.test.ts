import { describe, expect, it } from 'vitest'
import { toCsv } from './toCsv.js'

describe('toCsv', () => {
  it('quotes cells with commas, quotes or line breaks, and leaves others bare', () => {
    expect(
      toCsv([
        { mediator: 'bestPackage(sum)', note: 'a, "b"', n: 1, empty: null },
        { mediator: 'x\ny', note: '', n: 2.5, empty: undefined },
      ]),
    ).toBe('mediator,note,n,empty\nbestPackage(sum),"a, ""b""",1,\n"x\ny",,2.5,\n')
  })

  it('prints nothing for no rows', () => {
    expect(toCsv([])).toBe('')
  })
})
