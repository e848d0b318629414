/**
 * The enumeration oracle for the outcome-space analysis: lists every outcome of a small
 * scenario, computes its integer gain vector straight from the compiled scenario (term by
 * term on the same grid as `OutcomeSpace`, without issue groups), and finds the frontier and
 * the bargaining winners by brute force. Slow and simple on purpose.
 */
import type { OutcomeSpace } from '../../core/src/analyze/OutcomeSpace.js'

export interface EnumeratedOutcome {
  readonly choices: Int32Array
  readonly gains: Float64Array
}

/**
 * Every outcome with its integer gains; the first issue varies slowest. An issue without a
 * status quo offers its real options only (`space.options`), never the "not settled" slot.
 */
export const enumerateOutcomes = (space: OutcomeSpace): EnumeratedOutcome[] => {
  const c = space.compiled
  const P = c.partyCount
  const unit = Array.from(space.exponent, (e) => 2 ** -e)
  const q = (x: number, p: number): number => Math.round(x * unit[p]!)
  const out: EnumeratedOutcome[] = []
  const choices = new Int32Array(c.issueCount)
  for (;;) {
    const gains = new Float64Array(P)
    for (let p = 0; p < P; p++) {
      let g = 0
      for (let i = 0; i < c.issueCount; i++) g += q(c.gain[p * c.totalOptions + c.offsets[i]! + choices[i]!]!, p)
      gains[p] = g
    }
    for (const t of c.pairs) {
      const now = choices[t.issueA] === t.optionA && choices[t.issueB] === t.optionB ? 1 : 0
      const before = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB ? 1 : 0
      gains[t.party] = gains[t.party]! + q(t.value, t.party) * (now - before)
    }
    out.push({ choices: choices.slice(), gains })
    let i = c.issueCount - 1
    while (i >= 0 && ++choices[i]! >= space.options[i]!) choices[i--] = 0
    if (i < 0) return out
  }
}

export const isFeasible = (space: OutcomeSpace, gains: Float64Array): boolean =>
  gains.every((g, p) => g > space.threshold[p]!)

export const dominates = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  let better = false
  for (let p = 0; p < a.length; p++) {
    if (a[p]! < b[p]!) return false
    if (a[p]! > b[p]!) better = true
  }
  return better
}

/** The positions of the vectors no vector dominates, by brute force (the frontier rule's oracle). */
export const bruteForceFront = (vectors: readonly (readonly number[])[]): number[] =>
  vectors.flatMap((v, i) => (vectors.some((w) => dominates(w, v)) ? [] : [i]))

/** The frontier by brute force: feasible outcomes no outcome dominates. */
export const enumeratedFrontier = (space: OutcomeSpace): EnumeratedOutcome[] => {
  const all = enumerateOutcomes(space)
  const feasible = all.filter((o) => isFeasible(space, o.gains))
  return feasible.filter((o) => !all.some((other) => dominates(other.gains, o.gains)))
}

export const key = (v: ArrayLike<number>): string => Array.from(v).join(',')

/** gain vector key → sorted outcome keys. */
export const byVector = (
  outcomes: readonly { readonly gains: ArrayLike<number>; readonly choices: ArrayLike<number> }[],
): Map<string, string[]> => {
  const map = new Map<string, string[]>()
  for (const o of outcomes) {
    const k = key(o.gains)
    map.set(k, [...(map.get(k) ?? []), key(o.choices)].sort())
  }
  return map
}

/** The four criteria, scored by brute force with bigints: higher is better. */
export const criteria = (space: OutcomeSpace, feasible: readonly EnumeratedOutcome[]) => {
  const P = space.partyCount
  const d = (o: EnumeratedOutcome, p: number): bigint => BigInt(o.gains[p]! - space.floor[p]!)
  const finest = Math.min(0, ...Array.from(space.exponent))
  const utility = (o: EnumeratedOutcome, p: number): bigint => d(o, p) << BigInt(space.exponent[p]! - finest)
  const ideal = Array.from({ length: P }, (_, p) => feasible.reduce((m, o) => (d(o, p) > m ? d(o, p) : m), 0n))
  // Kalai-Smorodinsky as an exact fraction: the smallest of d_p / ideal_p over parties.
  const ksScore = (o: EnumeratedOutcome): [bigint, bigint] => {
    let best: [bigint, bigint] = [1n, 1n]
    for (let p = 0; p < P; p++) {
      const share: [bigint, bigint] = ideal[p]! > 0n ? [d(o, p), ideal[p]!] : [1n, 1n]
      if (share[0] * best[1] < best[0] * share[1]) best = share
    }
    return best
  }
  return {
    nash: (o: EnumeratedOutcome): [bigint, bigint] => [
      Array.from({ length: P }, (_, p) => d(o, p)).reduce((a, b) => a * b, 1n),
      1n,
    ],
    kalaiSmorodinsky: ksScore,
    egalitarian: (o: EnumeratedOutcome): [bigint, bigint] => [
      Array.from({ length: P }, (_, p) => utility(o, p)).reduce((a, b) => (b < a ? b : a)),
      1n,
    ],
    maxWelfare: (o: EnumeratedOutcome): [bigint, bigint] => [
      Array.from({ length: P }, (_, p) => utility(o, p)).reduce((a, b) => a + b, 0n),
      1n,
    ],
  }
}

/** The outcomes with the highest score (exact fractions). */
export const best = (
  outcomes: readonly EnumeratedOutcome[],
  score: (o: EnumeratedOutcome) => [bigint, bigint],
): EnumeratedOutcome[] => {
  let top: [bigint, bigint] | undefined
  let winners: EnumeratedOutcome[] = []
  for (const o of outcomes) {
    const s = score(o)
    const c = top === undefined ? 1n : s[0] * top[1] - top[0] * s[1]
    if (c > 0n) {
      top = s
      winners = [o]
    } else if (c === 0n) winners.push(o)
  }
  return winners
}
