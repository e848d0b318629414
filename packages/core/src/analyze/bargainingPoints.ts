/**
 * The classic bargaining solutions, measured from the reservation point (each party's gain is
 * its utility minus its reservation utility):
 * - Nash: the largest product of gains;
 * - Kalai-Smorodinsky (`kalaiSmorodinskyPoints`): the largest smallest share of the ideal
 *   gain, where a party's ideal is its best gain on the feasible set;
 * - Kalai-Smorodinsky as NegMAS and Genius compute it (`kalaiSmorodinskyLinePoints`): the
 *   frontier point nearest the line from the disagreement point to the ideal point. On a
 *   continuous frontier the two agree; on a finite set of outcomes they can differ;
 * - egalitarian: the largest smallest gain (in utility units, so meaningful when parties'
 *   utilities are comparable: the classic max-min);
 * - maximum welfare: the largest sum of gains.
 *
 * Each picks among the gain vectors it is given (the frontier's) and compares exactly (bigint
 * products and fractions over the integer gains), so ties are real ties and all are reported.
 * Laws (property-tested against enumeration): no feasible outcome scores better than a winner.
 * An outcome off the frontier can at most tie with a winner (possible only for the max-min
 * criteria, or for Nash when some gain is 0); the frontier ones are the ones reported.
 */
import type { OutcomeSpace } from './OutcomeSpace.js'

/** A score compared exactly: a fraction `num / den` with `den > 0`. */
interface Score {
  readonly num: bigint
  readonly den: bigint
}

const compareScores = (a: Score, b: Score): number => {
  const d = a.num * b.den - b.num * a.den
  return d > 0n ? 1 : d < 0n ? -1 : 0
}

const argmax = (count: number, score: (i: number) => Score): number[] => {
  let best: Score | undefined
  let winners: number[] = []
  for (let i = 0; i < count; i++) {
    const s = score(i)
    const c = best === undefined ? 1 : compareScores(s, best)
    if (c > 0) {
      best = s
      winners = [i]
    } else if (c === 0) winners.push(i)
  }
  return winners
}

/** Integer gains over the reservation point, per vector and party. */
const overReservation = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): bigint[][] =>
  gains.map((g) => Array.from({ length: space.partyCount }, (_, p) => BigInt(g[p]! - space.floor[p]!)))

/** Gains in one common unit: parties' grids differ by powers of two, so shift to the finest. */
const inCommonUnit = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): bigint[][] => {
  const finest = Math.min(0, ...Array.from(space.exponent))
  const shift = Array.from(space.exponent, (e) => BigInt(e - finest))
  return overReservation(space, gains).map((row) => row.map((x, p) => x << shift[p]!))
}

/**
 * The Nash bargaining points: largest product of gains over the reservation point.
 * Indices into `gains`, ties included, in order.
 * @example
 * nashPoints(space, frontier.points.map((p) => p.gains)) // => [0]: one point, A 2 and B 3
 * @category analyze
 */
export const nashPoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const d = overReservation(space, gains)
  return argmax(d.length, (i) => ({ num: d[i]!.reduce((product, x) => product * x, 1n), den: 1n }))
}

/**
 * The Kalai-Smorodinsky points: largest smallest share `gain / ideal gain`, where a party's
 * ideal gain is its largest among the vectors given. Ties included.
 * @example
 * kalaiSmorodinskyPoints(space, frontier.points.map((p) => p.gains)) // => [0]
 * @category analyze
 */
export const kalaiSmorodinskyPoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const d = overReservation(space, gains)
  const ideal = Array.from({ length: space.partyCount }, (_, p) =>
    d.reduce((m, row) => (row[p]! > m ? row[p]! : m), 0n),
  )
  return argmax(d.length, (i) => {
    let least: Score = { num: 1n, den: 1n }
    ideal.forEach((best, p) => {
      // A party whose ideal gain is 0 is at its ideal everywhere: its share counts as 1.
      const share: Score = best > 0n ? { num: d[i]![p]!, den: best } : { num: 1n, den: 1n }
      if (compareScores(share, least) < 0) least = share
    })
    return least
  })
}

/**
 * The Kalai-Smorodinsky points the NegMAS/Genius way, for parity with those tools: the points
 * (of those given, normally the frontier) at the smallest Euclidean distance from the line
 * through the disagreement point (gain 0 for all) and the ideal point (each party's largest
 * gain among the vectors given), in one common utility unit. Compared exactly: the squared
 * distance times `|ideal|²` is `|g|²·|ideal|² − (g·ideal)²`, an integer. Ties included.
 * @example
 * kalaiSmorodinskyLinePoints(space, frontier.points.map((p) => p.gains)) // => [0]: the fixture's frontier has one point
 * @category analyze
 */
export const kalaiSmorodinskyLinePoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const d = inCommonUnit(space, gains)
  const ideal = Array.from({ length: space.partyCount }, (_, p) =>
    d.reduce((m, row) => (row[p]! > m ? row[p]! : m), 0n),
  )
  const idealSquared = ideal.reduce((sum, x) => sum + x * x, 0n)
  return argmax(d.length, (i) => {
    const g = d[i]!
    const dot = g.reduce((sum, x, p) => sum + x * ideal[p]!, 0n)
    const squared = g.reduce((sum, x) => sum + x * x, 0n)
    // Larger is better for argmax: the negated (scaled) squared distance.
    return { num: -(squared * idealSquared - dot * dot), den: 1n }
  })
}

/**
 * The egalitarian points: largest smallest gain over the reservation point. Ties included.
 * @example
 * egalitarianPoints(space, frontier.points.map((p) => p.gains)) // => [0]
 * @category analyze
 */
export const egalitarianPoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const d = inCommonUnit(space, gains)
  return argmax(d.length, (i) => ({ num: d[i]!.reduce((m, x) => (x < m ? x : m), d[i]![0] ?? 0n), den: 1n }))
}

/**
 * The maximum-welfare points: largest sum of gains (utilitarian). Ties included.
 * @example
 * maxWelfarePoints(space, frontier.points.map((p) => p.gains)) // => [0]
 * @category analyze
 */
export const maxWelfarePoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const d = inCommonUnit(space, gains)
  return argmax(d.length, (i) => ({ num: d[i]!.reduce((s, x) => s + x, 0n), den: 1n }))
}
