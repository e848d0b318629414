/**
 * Summaries of a sweep's rows per parameter combination: mean and quantiles of the realised
 * share, total gain and meetings used, and how the runs ended. Law: the summaries depend only
 * on the multiset of rows per combination, not on their order, except that combinations are
 * listed in the order they first appear.
 */
import { sweepRowParameters, type SweepRow } from './runSweepCase.js'

/**
 * Mean, extremes and quantiles (10th, 25th, 50th, 75th, 90th percentile; linear interpolation
 * between order statistics) of a set of numbers.
 * @category simulate
 */
export interface Distribution {
  readonly n: number
  readonly mean: number
  readonly min: number
  readonly p10: number
  readonly p25: number
  readonly median: number
  readonly p75: number
  readonly p90: number
  readonly max: number
}

/**
 * The distribution of a list of numbers (`null` when it is empty).
 * @example
 * distributionOf([1, 2, 3, 4])?.median // => 2.5
 * distributionOf([]) // => null
 * @category simulate
 */
export const distributionOf = (values: readonly number[]): Distribution | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const q = (p: number) => {
    const at = p * (sorted.length - 1)
    const lo = Math.floor(at)
    const hi = Math.min(sorted.length - 1, lo + 1)
    return sorted[lo]! + (at - lo) * (sorted[hi]! - sorted[lo]!)
  }
  return {
    n: sorted.length,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    min: sorted[0]!,
    p10: q(0.1),
    p25: q(0.25),
    median: q(0.5),
    p75: q(0.75),
    p90: q(0.9),
    max: sorted[sorted.length - 1]!,
  }
}

/**
 * The summary of the runs at one parameter combination.
 * @category simulate
 */
export interface SweepSummary {
  /** The parameter columns shared by these runs. */
  readonly parameters: Readonly<Record<(typeof sweepRowParameters)[number], string | number>>
  readonly runs: number
  /** Share of the available regional gain realised (runs with a defined share only). */
  readonly share: Distribution | null
  readonly totalGain: Distribution | null
  readonly rounds: Distribution | null
  readonly outcomes: { readonly AllAgreed: number; readonly PartlyAgreed: number; readonly Stuck: number }
  readonly meanAgreements: number
  readonly meanRejectedAtTable: number
  readonly meanFailedRatifications: number
  readonly meanOutvoted: number
  readonly meanTrust: number
}

/**
 * Groups rows by their parameter columns and summarises each group.
 * @example
 * const available = sweepAvailableGain(scenario, {})
 * const rows = [1, 2].map((seed, index) => runSweepCase(scenario, {}, { index, seed, params: { trust: 0.2 } }, available))
 * summarizeSweep(rows)[0].share?.mean // => 1: both runs agree on the fixture's one deal
 * @category simulate
 */
export const summarizeSweep = (rows: readonly SweepRow[]): readonly SweepSummary[] => {
  const groups = new Map<string, SweepRow[]>()
  for (const row of rows) {
    const key = JSON.stringify(sweepRowParameters.map((name) => row[name]))
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [row])
    else group.push(row)
  }
  const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)
  return [...groups.values()].map((group): SweepSummary => {
    const first = group[0]!
    const parameters = Object.fromEntries(
      sweepRowParameters.map((name) => [name, first[name]]),
    ) as SweepSummary['parameters']
    const count = (tag: SweepRow['outcome']) => group.filter((r) => r.outcome === tag).length
    return {
      parameters,
      runs: group.length,
      share: distributionOf(group.flatMap((r) => (r.share === null ? [] : [r.share]))),
      totalGain: distributionOf(group.map((r) => r.totalGain)),
      rounds: distributionOf(group.map((r) => r.rounds)),
      outcomes: { AllAgreed: count('AllAgreed'), PartlyAgreed: count('PartlyAgreed'), Stuck: count('Stuck') },
      meanAgreements: mean(group.map((r) => r.agreements)),
      meanRejectedAtTable: mean(group.map((r) => r.rejectedAtTable)),
      meanFailedRatifications: mean(group.map((r) => r.failedRatifications)),
      meanOutvoted: mean(group.map((r) => r.outvoted)),
      meanTrust: mean(group.map((r) => r.meanTrust)),
    }
  })
}
