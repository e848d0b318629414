/**
 * A test oracle: the Kalai-Smorodinsky point of a GeniusWeb scenario folder as NegMAS computes
 * it (`Scenario.calc_extra_stats` → `pareto_frontier` → `ks_points`), in plain floating point,
 * read straight from the folder's JSON (no mandjes code), by listing every outcome.
 *
 * Attribution and licence: the rule follows NegMAS (Yasser Mohammad,
 * https://github.com/yasserfarouk/negmas, src/negmas/preferences/ops.py and inout.py, read at
 * commit 5e5c71f). NegMAS is licensed AGPL-3.0-or-later, so no NegMAS code is copied here:
 * this file is an independent TypeScript implementation of the rule as described in
 * docs/bargaining.md, written for the test suite. The steps, as NegMAS takes them:
 *
 * 1. Utilities: `u(o) = Σ issueWeight × valueUtility` per profile (a linear additive
 *    utility function without bias); the reserved value is the utility of the profile's
 *    `reservationBid`.
 * 2. Frontier: every outcome that gives each party at least its reserved value (`>=`), then
 *    the Pareto-optimal ones among them: points sorted by welfare (the sum of utilities),
 *    largest first, and a point is dropped when an earlier kept point is at least as good
 *    for every party (so of equal vectors the first is kept). The frontier stays in that order.
 * 3. Ranges: per party, `hi` = its best utility over the whole outcome space and `lo` = its
 *    reserved value when that is at least its worst utility, else its worst utility.
 * 4. If some party has `hi − lo <= 1e-12`, every frontier point is a solution. Otherwise each
 *    frontier point gets `share_i = (u_i − lo_i) / (hi_i − lo_i)` and the score
 *    `max share − min share`; the points within 1e-12 of the smallest score are the solutions,
 *    in frontier order, and NegMAS reports the first.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One GeniusWeb folder, read for the oracle: issue and option names, utilities per party. */
export interface RawLadderScenario {
  readonly issues: readonly string[]
  readonly options: readonly (readonly string[])[]
  /** `values[party][issue][option]`: weight × value utility. */
  readonly values: readonly (readonly (readonly number[])[])[]
  readonly reserved: readonly number[]
}

interface Profile {
  readonly LinearAdditiveUtilitySpace: {
    readonly issueWeights: Readonly<Record<string, number>>
    readonly issueUtilities: Readonly<Record<string, { discreteutils: { valueUtilities: Record<string, number> } }>>
    readonly reservationBid?: { readonly issuevalues: Readonly<Record<string, string>> }
  }
}

/** Reads `domain.json` and the profiles (every other `.json`, in name order). */
export const readLadderFolder = (folder: string): RawLadderScenario => {
  const domain = JSON.parse(readFileSync(join(folder, 'domain.json'), 'utf8')) as {
    issuesValues: Record<string, { values: string[] }>
  }
  const issues = Object.keys(domain.issuesValues)
  const options = issues.map((i) => domain.issuesValues[i]!.values)
  const profiles = readdirSync(folder)
    .filter((f) => f.endsWith('.json') && f !== 'domain.json')
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as Profile).LinearAdditiveUtilitySpace)
  const values = profiles.map((p) =>
    issues.map((i, k) =>
      options[k]!.map((o) => p.issueWeights[i]! * p.issueUtilities[i]!.discreteutils.valueUtilities[o]!),
    ),
  )
  const reserved = profiles.map((p, party) =>
    p.reservationBid === undefined
      ? -Infinity
      : issues.reduce((u, i, k) => u + values[party]![k]![options[k]!.indexOf(p.reservationBid!.issuevalues[i]!)]!, 0),
  )
  return { issues, options, values, reserved }
}

/** The oracle's answer: the solutions in frontier order, and the score gap to the runner-up. */
export interface NegmasKsResult {
  /** The frontier size. */
  readonly frontierSize: number
  /** Solutions: option index per issue and the utility vector, in frontier (welfare) order. */
  readonly points: readonly { readonly choices: readonly number[]; readonly utilities: readonly number[] }[]
  /** Smallest score, and the smallest score of a point that is not a solution (Infinity if none). */
  readonly best: number
  readonly runnerUp: number
}

/** The Kalai-Smorodinsky points by NegMAS's rule, by listing every outcome. */
export const negmasKalaiSmorodinsky = (s: RawLadderScenario): NegmasKsResult => {
  const P = s.values.length
  const M = s.issues.length
  // Step 1: utilities of every outcome (depth-first, partial sums).
  // Rational outcomes in typed arrays (s08 has 4.8 million outcomes): the outcome as a
  // mixed-radix number (first issue slowest), its utilities and its welfare.
  const ids: number[] = []
  const utils: number[] = []
  const welfare: number[] = []
  const partial = Array.from({ length: M + 1 }, () => new Float64Array(P))
  const walk = (i: number, id: number): void => {
    if (i === M) {
      const u = partial[M]!
      if (u.every((x, p) => x >= s.reserved[p]!)) {
        ids.push(id)
        let w = 0
        for (let p = 0; p < P; p++) {
          utils.push(u[p]!)
          w += u[p]!
        }
        welfare.push(w)
      }
      return
    }
    for (let o = 0; o < s.options[i]!.length; o++) {
      for (let p = 0; p < P; p++) partial[i + 1]![p] = partial[i]![p]! + s.values[p]![i]![o]!
      walk(i + 1, id * s.options[i]!.length + o)
    }
  }
  walk(0, 0)
  // Step 2: Pareto filter in welfare order.
  const order = Array.from(ids.keys()).sort((a, b) => welfare[b]! - welfare[a]!)
  const kept: number[] = []
  const atLeastAsGood = (a: number, b: number): boolean => {
    for (let p = 0; p < P; p++) if (utils[a * P + p]! < utils[b * P + p]!) return false
    return true
  }
  // `kept` stays in welfare order (the frontier's order); `probe` holds the same points in the
  // order they are tried against a candidate: one that just dropped a candidate moves to the
  // front. The order of trying changes nothing but the speed (s11 has 43 million outcomes).
  const probe: number[] = []
  for (const k of order) {
    const j = probe.findIndex((f) => atLeastAsGood(f, k))
    if (j < 0) {
      kept.push(k)
      probe.push(k)
    } else if (j > 0) probe.unshift(...probe.splice(j, 1))
  }
  const decode = (id: number): number[] => {
    const out = new Array<number>(M)
    for (let i = M - 1; i >= 0; i--) {
      out[i] = id % s.options[i]!.length
      id = Math.floor(id / s.options[i]!.length)
    }
    return out
  }
  const frontier = kept.map((k) => ({ choices: decode(ids[k]!), u: utils.slice(k * P, (k + 1) * P) }))
  return ksOnFrontier(s, frontier)
}

/** Per party, the worst and best utility over the whole outcome space (the per-issue extremes). */
const ranges = (s: RawLadderScenario) =>
  s.values.map((party) => ({
    lo: party.reduce((u, issue) => u + Math.min(...issue), 0),
    hi: party.reduce((u, issue) => u + Math.max(...issue), 0),
  }))

/**
 * Steps 3 and 4 on a frontier given in welfare order (largest first). Used alone, on a
 * frontier from elsewhere, it checks the scoring but not the frontier.
 */
export const ksOnFrontier = (
  s: RawLadderScenario,
  frontier: readonly { readonly choices: readonly number[]; readonly u: readonly number[] }[],
): NegmasKsResult => {
  const eps = 1e-12
  const range = ranges(s)
  const hi = range.map((r) => r.hi)
  const low = range.map((r, p) => (Number.isFinite(s.reserved[p]!) && s.reserved[p]! >= r.lo ? s.reserved[p]! : r.lo))
  if (hi.some((h, p) => h - low[p]! <= eps))
    return {
      frontierSize: frontier.length,
      points: frontier.map((f) => ({ choices: f.choices, utilities: f.u })),
      best: 0,
      runnerUp: Infinity,
    }
  const scores = frontier.map((f) => {
    const shares = f.u.map((x, p) => (x - low[p]!) / (hi[p]! - low[p]!))
    return Math.max(...shares) - Math.min(...shares)
  })
  const best = Math.min(...scores)
  const runnerUp = Math.min(Infinity, ...scores.filter((x) => x > best + eps))
  return {
    frontierSize: frontier.length,
    points: frontier.flatMap((f, k) => (scores[k]! <= best + eps ? [{ choices: f.choices, utilities: f.u }] : [])),
    best,
    runnerUp,
  }
}

/** One ladder scenario compared: mandjes's parity variant against the oracle. */
export interface KsParityRow {
  readonly scenario: string
  /** Distinct utility vectors on each frontier. */
  readonly frontierSize: { readonly ours: number; readonly negmas: number }
  /** Utility vectors of the points, rounded to 6 decimals, in frontier order. */
  readonly ours: readonly (readonly number[])[]
  readonly negmas: readonly (readonly number[])[]
  /** NegMAS's reported point (its first) is one of ours, and the two sets of points are equal. */
  readonly same: boolean
  /** How far the runner-up's score is from the best, in the oracle's floating point. */
  readonly margin: number
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

/**
 * Compares `kalaiSmorodinskySpreadPoints` on the exact frontier of a ladder folder with the
 * oracle. Our points' utilities are evaluated with the oracle's own sums from the raw JSON,
 * so both sides are read in the same units, outcome by outcome.
 */
export const ksParity = (
  name: string,
  raw: RawLadderScenario,
  ours: {
    readonly issueIds: readonly string[]
    readonly optionIds: readonly (readonly string[])[]
    readonly frontierSize: number
    /** The outcomes (option index per issue, in `issueIds` order) of each of our points. */
    readonly points: readonly (readonly ArrayLike<number>[])[]
    /** Every frontier point's outcomes: with it, the oracle scores our frontier instead of listing outcomes. */
    readonly frontier?: readonly (readonly ArrayLike<number>[])[]
  },
): KsParityRow => {
  const utilityOf = (choices: ArrayLike<number>): number[] =>
    raw.values.map((party) =>
      ours.issueIds.reduce((u, id, i) => {
        const k = raw.issues.indexOf(id)
        return u + party[k]![raw.options[k]!.indexOf(ours.optionIds[i]![choices[i]!]!)]!
      }, 0),
    )
  const negmas =
    ours.frontier === undefined
      ? negmasKalaiSmorodinsky(raw)
      : ksOnFrontier(
          raw,
          ours.frontier
            .map((outcomes) => ({ choices: Array.from(outcomes[0]!), u: utilityOf(outcomes[0]!) }))
            .sort((a, b) => b.u.reduce((x, y) => x + y, 0) - a.u.reduce((x, y) => x + y, 0)),
        )
  const oursVectors = ours.points.map((outcomes) => utilityOf(outcomes[0]!).map(round6))
  const negmasVectors = negmas.points.map((p) => p.utilities.map(round6))
  const key = (v: readonly number[]) => JSON.stringify(v)
  const oursKeys = new Set(oursVectors.map(key))
  const negmasKeys = new Set(negmasVectors.map(key))
  const same =
    negmasVectors.length > 0 &&
    oursKeys.size === negmasKeys.size &&
    [...negmasKeys].every((k) => oursKeys.has(k)) &&
    oursKeys.has(key(negmasVectors[0]!))
  return {
    scenario: name,
    frontierSize: { ours: ours.frontierSize, negmas: negmas.frontierSize },
    ours: oursVectors,
    negmas: negmasVectors,
    same,
    margin: negmas.runnerUp - negmas.best,
  }
}
