import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexIn } from './idIndex.js'

// The oracle is Array.prototype.indexOf itself: ids drawn from a small alphabet so that
// lists repeat ids and probes miss as often as they hit.
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e')

describe('indexIn', () => {
  it('answers as indexOf does, first position or -1, on lists with repeats', () =>
    fc.assert(
      fc.property(fc.array(id, { maxLength: 8 }), id, (ids, probe) => {
        expect(indexIn(ids, probe)).toBe(ids.indexOf(probe))
        // Asked again (now from the kept map), the same answer.
        expect(indexIn(ids, probe)).toBe(ids.indexOf(probe))
      }),
    ))

  it('keys its maps by the list, so a reordered copy gets its own', () => {
    const ids = ['road', 'housing']
    expect(indexIn(ids, 'housing')).toBe(1)
    expect(indexIn([...ids].reverse(), 'housing')).toBe(0)
  })
})
