import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { adjustedWinner, type AdjustedWinnerDivision, type PointAllocations } from './adjustedWinner.js'
import { formatRational, rational } from './Rational.js'

// Brams and Taylor's divorce example: Carol and Bob spread 100 points over five assets.
const divorce: PointAllocations = {
  parties: ['Carol', 'Bob'],
  issues: [
    { id: 'retirement account', points: [50, 40] },
    { id: 'home', points: [20, 30] },
    { id: 'summer cottage', points: [15, 10] },
    { id: 'investments', points: [10, 10] },
    { id: 'other', points: [5, 10] },
  ],
}

const run = (input: PointAllocations): AdjustedWinnerDivision => {
  const result = adjustedWinner(input)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}

describe('Adjusted Winner', () => {
  it('splits the retirement account 5/6 to Carol and 1/6 to Bob, leaving each with 56 2/3 points', () => {
    const division = run(divorce)
    expect(division.winnerPhase).toEqual({
      won: [
        ['retirement account', 'summer cottage'],
        ['home', 'other', 'investments'],
      ],
      ties: ['investments'],
      points: [rational(65n), rational(50n)],
    })
    expect(division.transfers).toEqual([{ issue: 'retirement account', from: 0, share: rational(1n, 6n) }])
    expect(division.splitIssue).toBe('retirement account')
    expect(division.shares.find((s) => s.issue === 'retirement account')!.shares).toEqual([
      rational(5n, 6n),
      rational(1n, 6n),
    ])
    expect(division.points.map(formatRational)).toEqual(['56 2/3', '56 2/3'])
  })

  it('gives a tied issue to the party behind in the winner phase', () => {
    const division = run({
      parties: ['A', 'B'],
      issues: [
        { id: 'x', points: [60, 40] },
        { id: 'y', points: [40, 60] },
      ],
    })
    expect(division.winnerPhase.ties).toEqual([])
    expect(division.points).toEqual([rational(60n), rational(60n)])
    // A wins x (70), B wins z (40); B is behind, so the tied y (30 each) goes to B: 70 to 70.
    const tied = run({
      parties: ['A', 'B'],
      issues: [
        { id: 'x', points: [70, 30] },
        { id: 'y', points: [30, 30] },
        { id: 'z', points: [0, 40] },
      ],
    })
    expect(tied.winnerPhase).toEqual({ won: [['x'], ['z', 'y']], ties: ['y'], points: [rational(70n), rational(70n)] })
    expect(tied.transfers).toEqual([])
    expect(tied.splitIssue).toBeNull()
  })

  it('reads decimal points exactly', () => {
    const division = run({
      parties: ['A', 'B'],
      issues: [
        { id: 'x', points: [33.3, '66.7'] },
        { id: 'y', points: ['66.7', 33.3] },
      ],
    })
    expect(division.points).toEqual([rational(667n, 10n), rational(667n, 10n)])
    expect(division.splitIssue).toBeNull()
  })

  it('reports every allocation that does not spread exactly 100 points, or that is not a number', () => {
    const result = adjustedWinner({
      parties: ['A', 'B'],
      issues: [
        { id: 'x', points: [50, 'lots'] },
        { id: 'x', points: [-1, 40] },
      ],
    })
    expect(E.isLeft(result) && result.left.map((p) => [p.code, p.path])).toEqual([
      ['invalidValue', ['issues', 0, 'points', 1]],
      ['duplicateId', ['issues', 1, 'id']],
      ['invalidValue', ['issues', 1, 'points', 0]],
    ])
    const short = adjustedWinner({ parties: ['A', 'B'], issues: [{ id: 'x', points: [50, 100] }] })
    expect(E.isLeft(short) && short.left.map((p) => p.message)).toEqual([
      "A's points add up to 50; each party spreads exactly 100 points.",
    ])
  })
})
