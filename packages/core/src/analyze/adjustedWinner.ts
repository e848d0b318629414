/**
 * Adjusted Winner (Brams and Taylor), for two parties dividing divisible issues: each party
 * spreads 100 points over the issues, every issue first goes to whoever puts more points on it
 * (the winner phase), and then issues move from the party ahead to the one behind, lowest
 * ratio first, until both have exactly the same points; at most one issue is split.
 *
 * Tie rule: an issue both parties give the same points goes, in input order, to whichever
 * party is behind at that moment (the first party when level), as in Brams and Taylor's
 * divorce example where the tied investments go to Bob, who trails. The adjusted phase moves
 * issues from the leader in increasing order of `leader's points / trailer's points` (ties in
 * input order); issues neither party values play no part.
 *
 * Laws (property-tested, exact): the result is equitable (equal points), envy-free (each party
 * values its own share at least as much as the other's) and efficient (no division of the
 * issues gives one party more points without giving the other fewer), and it splits at most
 * one issue.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Problem } from '../scenarioFile/Problem.js'
import {
  addRational,
  compareRational,
  divideRational,
  multiplyRational,
  rational,
  rationalFromDecimal,
  subtractRational,
  type Rational,
} from './Rational.js'

/**
 * Two parties' 100-point allocations over divisible issues.
 * @category analyze
 */
export interface PointAllocations {
  readonly parties: readonly [string, string]
  /** Each issue with the points of the first and of the second party (decimals are read exactly). */
  readonly issues: readonly { readonly id: string; readonly points: readonly [number | string, number | string] }[]
}

/**
 * The division Adjusted Winner makes.
 * @category analyze
 */
export interface AdjustedWinnerDivision {
  readonly parties: readonly [string, string]
  /** Per issue (input order), the share each party gets; the two shares sum to 1. */
  readonly shares: readonly { readonly issue: string; readonly shares: readonly [Rational, Rational] }[]
  /** The winner phase: who won which issue (ties already placed by the tie rule), and the points. */
  readonly winnerPhase: {
    readonly won: readonly [readonly string[], readonly string[]]
    readonly ties: readonly string[]
    readonly points: readonly [Rational, Rational]
  }
  /** The adjusted phase: issues moved from the leader to the trailer, in order, with the share moved. */
  readonly transfers: readonly { readonly issue: string; readonly from: 0 | 1; readonly share: Rational }[]
  /** The one issue divided between the parties, if any. */
  readonly splitIssue: string | null
  /** Final points of each party by its own allocation: equal. */
  readonly points: readonly [Rational, Rational]
}

const zero = rational(0n)
const one = rational(1n)
const hundred = rational(100n)

/** Reads and checks the allocations: every problem at once, with its path. */
const readPoints = (input: PointAllocations): E.Either<ReadonlyNonEmptyArray<Problem>, Rational[][]> => {
  const problems: Problem[] = []
  const seen = new Set<string>()
  const points = input.issues.map((issue, i) => {
    if (seen.has(issue.id))
      problems.push({ code: 'duplicateId', path: ['issues', i, 'id'], message: `issue "${issue.id}" is listed twice.` })
    seen.add(issue.id)
    return [0, 1].map((party) => {
      const r = rationalFromDecimal(issue.points[party]!)
      if (r === undefined || compareRational(r, zero) < 0) {
        problems.push({
          code: 'invalidValue',
          path: ['issues', i, 'points', party],
          message: `points must be a number of at least 0; found ${JSON.stringify(issue.points[party])}.`,
        })
        return zero
      }
      return r
    })
  })
  for (const party of [0, 1]) {
    const total = points.reduce((s, row) => addRational(s, row[party]!), zero)
    if (problems.length === 0 && compareRational(total, hundred) !== 0) {
      problems.push({
        code: 'outOfRange',
        path: ['issues'],
        message: `${input.parties[party]}'s points add up to ${Number(total.num) / Number(total.den)}; each party spreads exactly 100 points.`,
      })
    }
  }
  return problems.length > 0 ? E.left(problems as unknown as ReadonlyNonEmptyArray<Problem>) : E.right(points)
}

/**
 * Divides divisible issues between two parties by Adjusted Winner.
 *
 * @example
 * const division = adjustedWinner({ parties: ['Carol', 'Bob'], issues: [
 *   { id: 'retirement account', points: [50, 40] }, { id: 'home', points: [20, 30] },
 *   { id: 'summer cottage', points: [15, 10] }, { id: 'investments', points: [10, 10] },
 *   { id: 'other', points: [5, 10] }] })
 * E.isRight(division) // => true
 * E.isRight(division) && division.right.shares[0].shares[1] // => { num: 1n, den: 6n }: Bob gets 1/6 of the retirement account
 * E.isRight(division) && division.right.points // => [{ num: 170n, den: 3n }, { num: 170n, den: 3n }]: both end with 56 2/3 points
 *
 * @category analyze
 */
export const adjustedWinner = (
  input: PointAllocations,
): E.Either<ReadonlyNonEmptyArray<Problem>, AdjustedWinnerDivision> =>
  E.map((points: Rational[][]) => divide(input, points))(readPoints(input))

const divide = (input: PointAllocations, points: Rational[][]): AdjustedWinnerDivision => {
  const n = input.issues.length
  const share: Rational[] = Array.from({ length: n }, () => zero) // share of the first party
  const won: [string[], string[]] = [[], []]
  const total: [Rational, Rational] = [zero, zero]
  const give = (i: number, party: 0 | 1): void => {
    share[i] = party === 0 ? one : zero
    won[party].push(input.issues[i]!.id)
    total[party] = addRational(total[party], points[i]![party]!)
  }
  const ties: number[] = []
  points.forEach(([a, b], i) => {
    const c = compareRational(a!, b!)
    if (c === 0) ties.push(i)
    else give(i, c > 0 ? 0 : 1)
  })
  for (const i of ties) give(i, compareRational(total[0], total[1]) <= 0 ? 0 : 1)
  const winnerPhase = {
    won: [[...won[0]], [...won[1]]] as const,
    ties: ties.map((i) => input.issues[i]!.id),
    points: [total[0], total[1]] as const,
  }

  const transfers: { issue: string; from: 0 | 1; share: Rational }[] = []
  let splitIssue: string | null = null
  const c = compareRational(total[0], total[1])
  if (c !== 0) {
    const leader: 0 | 1 = c > 0 ? 0 : 1
    const trailer: 0 | 1 = leader === 0 ? 1 : 0
    const held = points
      .map((p, i) => ({ i, l: p[leader]!, t: p[trailer]! }))
      .filter(
        ({ i, l, t }) => compareRational(share[i]!, leader === 0 ? one : zero) === 0 && (l.num > 0n || t.num > 0n),
      )
    // Lowest leader/trailer ratio first: l1/t1 < l2/t2 ⇔ l1·t2 < l2·t1 (a zero t is an infinite ratio).
    held.sort((x, y) => compareRational(multiplyRational(x.l, y.t), multiplyRational(y.l, x.t)) || x.i - y.i)
    for (const { i, l, t } of held) {
      const gap = subtractRational(total[leader], total[trailer])
      if (compareRational(gap, zero) <= 0) break
      const whole = addRational(l, t)
      // Moving all of issue i closes a gap of l + t; move only what equalises the points.
      const moved = compareRational(whole, gap) <= 0 ? one : divideRational(gap, whole)
      share[i] = leader === 0 ? subtractRational(one, moved) : moved
      total[leader] = subtractRational(total[leader], multiplyRational(moved, l))
      total[trailer] = addRational(total[trailer], multiplyRational(moved, t))
      transfers.push({ issue: input.issues[i]!.id, from: leader, share: moved })
      if (compareRational(moved, one) < 0) splitIssue = input.issues[i]!.id
    }
  }
  return {
    parties: input.parties,
    shares: input.issues.map((issue, i) => ({
      issue: issue.id,
      shares: [share[i]!, subtractRational(one, share[i]!)] as const,
    })),
    winnerPhase,
    transfers,
    splitIssue,
    points: total,
  }
}
