import { describe, expect, it } from 'vitest'
import { pairAgreement } from './pairAgreement.js'

// Two parties whose copies both hold depths 0 and 1 (two options each): entries 0-3 are
// party 0's, 4-7 party 1's; `copy` holds each copy's pick at its depth's first entry.
const setUp = () => {
  const copy = new Int32Array(8)
  const agreement = pairAgreement(
    [
      [0, 1],
      [0, 1],
    ],
    [
      [0, 2],
      [4, 6],
    ],
    [2, 2],
    copy,
    Uint8Array.of(1, 1),
  )
  return { copy, agreement }
}
const termAt = (agreement: ReturnType<typeof setUp>['agreement'], p: number, a: number, b: number) =>
  agreement.term(p, 0, Int32Array.of(a, b), 0)

describe('pairAgreement', () => {
  it('charges two copies that disagree on a shared pair, keeping every joint option at zero in sum', () => {
    const { copy, agreement } = setUp()
    copy.set([0, 0, 0, 0, 1, 0, 1, 0]) // party 0 picks (0, 0), party 1 picks (1, 1)
    expect(agreement.norm(0)).toBe(1) // n − Σ count² / n = 2 − 2 / 2
    agreement.move(0.5, 0)
    expect(termAt(agreement, 0, 0, 0)).toBeCloseTo(-0.25, 12) // its own pick costs more
    expect(termAt(agreement, 0, 1, 1)).toBeCloseTo(0.25, 12) // the other's earns more
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ] as const)
      expect(termAt(agreement, 0, a, b) + termAt(agreement, 1, a, b)).toBeCloseTo(0, 12)
  })

  it('leaves copies that agree alone, and drops a pair once one of its issues is decided', () => {
    const { copy, agreement } = setUp()
    copy.set([1, 0, 0, 0, 1, 0, 0, 0])
    expect(agreement.norm(0)).toBe(0)
    copy.set([0, 0, 0, 0, 1, 0, 1, 0])
    agreement.move(1, 1) // depth 0 decided: no pair is open
    expect(termAt(agreement, 0, 0, 0)).toBe(0)
    expect(agreement.norm(1)).toBe(0)
  })
})
