/**
 * The classic bargaining solutions, measured from the reservation point (each party's gain is
 * its utility minus its reservation utility):
 * - Nash: the largest product of gains;
 * - Kalai-Smorodinsky (`kalaiSmorodinskyPoints`): the largest smallest share of the ideal
 *   gain, where a party's ideal is its best gain on the feasible set;
 * - Kalai-Smorodinsky by NegMAS's rule (`kalaiSmorodinskySpreadPoints`): the frontier point
 *   whose shares of the ideal utility (the best over the whole outcome space) are closest to
 *   equal. On a continuous frontier the two agree; on a finite set of outcomes they can differ;
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
 * The Kalai-Smorodinsky points by NegMAS's rule (its `ks_points`), for parity with that tool
 * (docs/bargaining.md describes the rule and the check): of the vectors given (normally the
 * frontier), those whose shares of the ideal are closest to equal, the spread of the shares
 * (largest share minus smallest) being smallest. A party's share is `(u − lo) / (hi − lo)`:
 * `hi` is its best utility over the whole outcome space (not only the outcomes given), `lo` its
 * reservation point, or its worst utility when the reservation lies below that (with
 * `reference: 'none'` the worst utility). Compared exactly (bigint fractions), ties included;
 * NegMAS compares floats within 1e-12 and reports the tie with the largest welfare first. When
 * some party has `hi = lo`, every vector given is a point, as in NegMAS. For two parties this
 * is the frontier point nearest the line from the reservation point to the ideal point, in
 * shares; for more parties the spread is not the Euclidean distance to that line.
 * @example
 * kalaiSmorodinskySpreadPoints(space, frontier.points.map((p) => p.gains)) // => [0]: the fixture's frontier has one point
 * @category analyze
 */
export const kalaiSmorodinskySpreadPoints = (space: OutcomeSpace, gains: readonly ArrayLike<number>[]): number[] => {
  const P = space.partyCount
  // Per party, the worst and best gain over the whole space: groups are independent, so sum
  // their extremes.
  const worst = new Array<number>(P).fill(0)
  const best = new Array<number>(P).fill(0)
  for (const g of space.groups) {
    for (let p = 0; p < P; p++) {
      let least = Infinity
      let most = -Infinity
      for (let k = 0; k < g.size; k++) {
        const x = g.gains[k * P + p]!
        if (x < least) least = x
        if (x > most) most = x
      }
      worst[p] = worst[p]! + least
      best[p] = best[p]! + most
    }
  }
  // A group left without combinations (a regional target nothing meets) leaves no outcome.
  if (gains.length === 0 || !best.every(Number.isFinite)) return []
  const lo = Array.from({ length: P }, (_, p) => BigInt(Math.max(space.floor[p]!, worst[p]!)))
  const width = Array.from({ length: P }, (_, p) => BigInt(best[p]!) - lo[p]!)
  // Without parties there are no shares to spread: every point is as balanced as any other.
  if (P === 0 || width.some((w) => w <= 0n)) return gains.map((_, i) => i)
  return argmax(gains.length, (i) => {
    let most: Score | undefined
    let least: Score | undefined
    for (let p = 0; p < P; p++) {
      const share: Score = { num: BigInt(gains[i]![p]!) - lo[p]!, den: width[p]! }
      if (most === undefined || compareScores(share, most) > 0) most = share
      if (least === undefined || compareScores(share, least) < 0) least = share
    }
    // Larger is better for argmax: the negated spread, most − least.
    return { num: -(most!.num * least!.den - least!.num * most!.den), den: most!.den * least!.den }
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
