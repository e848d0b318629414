import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance } from './didYouMean.js'

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('raod', 'road')).toBe(1)
    expect(editDistance('housing', 'housnig')).toBe(1)
  })

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('homes', 'homes-a')).toBe(2)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('stops early past the limit but never reports less than the true distance', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3)
    expect(editDistance('abc', 'abc', 0)).toBe(0)
  })
})

describe('didYouMean', () => {
  it('suggests the closest id for a likely typo', () => {
    expect(didYouMean('mobilty', ['housing', 'mobility'])).toBe('mobility')
  })

  it('ignores case, so a field written in the wrong case is found', () => {
    expect(didYouMean('redlines', ['redLines', 'allowedOptions'])).toBe('redLines')
  })

  it('suggests nothing for short ids that merely differ, or for words far from every candidate', () => {
    expect(didYouMean('C', ['A', 'B'])).toBeUndefined()
    expect(didYouMean('swimming-pool', ['road', 'housing'])).toBeUndefined()
  })

  it('prefers the nearer candidate, and the first of equals', () => {
    expect(didYouMean('roads', ['road-b', 'road'])).toBe('road')
    expect(didYouMean('via-x', ['via-a', 'via-b'])).toBe('via-a')
  })
})
