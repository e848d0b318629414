import { describe, expect, it } from 'vitest'
import { formatNumber } from './formatNumber.js'

describe('formatNumber', () => {
  it('writes numbers the Dutch way for a Dutch council: 1.234,5', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5')
    expect(formatNumber(300000, 'nl')).toBe('300.000')
  })

  it('writes numbers the English way otherwise: 1,234.5', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  })

  it('signs gains and losses when asked, and never prints -0', () => {
    expect(formatNumber(0.25, 'nl', { signed: true })).toBe('+0,25')
    expect(formatNumber(-0.3, 'en', { signed: true })).toBe('-0.3')
    expect(formatNumber(-1e-12, 'nl', { signed: true })).toBe('0')
    expect(formatNumber(-0.001, 'nl')).toBe('0')
  })

  it('rounds to the number of digits asked', () => {
    expect(formatNumber(2 / 3, 'nl')).toBe('0,67')
    expect(formatNumber(2 / 3, 'en', { maxDigits: 0 })).toBe('1')
  })
})
