import { describe, expect, it } from 'vitest'
import { counted } from './plural.js'

describe('counted', () => {
  it('is singular for exactly one and plural otherwise', () => {
    expect(counted(1, 'meeting')).toBe('1 meeting')
    expect(counted(0, 'meeting')).toBe('0 meetings')
    expect(counted(40, 'meeting')).toBe('40 meetings')
    expect(counted(2, 'party', 'parties')).toBe('2 parties')
  })
})
