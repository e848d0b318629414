/**
 * Effect sizes of continuous factors in [0, 1] on an outcome, from runs at random points of
 * the factors: a least-squares fit with every pairwise interaction, the average effect of
 * moving each factor from 0 to 1 (over the other factors' sampled values), and percentile
 * bootstrap intervals from a seeded resampling of the runs. Pure; no Node imports.
 */
import { RandomStream, rngFromSeed } from '../internal/random.js'

/** One run: its factor values (each in [0, 1]) and its outcome. @category simulate */
export interface FactorRun {
  readonly x: readonly number[]
  readonly y: number
}

/** An estimate with its bootstrap 95% interval. @category simulate */
export interface Estimate {
  readonly value: number
  readonly low: number
  readonly high: number
}

/** The fitted effects of k factors. @category simulate */
export interface FactorEffects {
  /** Per factor: the mean change of the outcome from the factor at 0 to 1. */
  readonly main: readonly Estimate[]
  /** Per pair (i < j, in order): the interaction coefficient of x_i × x_j. */
  readonly interactions: readonly { readonly pair: readonly [number, number]; readonly estimate: Estimate }[]
  readonly runs: number
  readonly bootstrap: { readonly reps: number; readonly seed: number }
}

/** Solves A b = c by Gaussian elimination with partial pivoting; a (near) singular column gets 0. */
const solve = (a: number[][], c: number[]): number[] => {
  const n = c.length
  const m = a.map((row, i) => [...row, c[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    const p = m[col]![col]!
    if (Math.abs(p) < 1e-12) continue
    for (let r = 0; r < n; r++) {
      if (r === col) continue
      const f = m[r]![col]! / p
      if (f !== 0) for (let k = col; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[col]![k]!
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!))
}

const featuresOf = (x: readonly number[]): number[] => {
  const f = [1, ...x]
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) f.push(x[i]! * x[j]!)
  return f
}

/**
 * Least-squares coefficients of y on 1, every factor and every pairwise product (in that order).
 * @example
 * fitInteractions([{ x: [0, 0], y: 1 }, { x: [1, 0], y: 3 }, { x: [0, 1], y: 1 }, { x: [1, 1], y: 4 }]) // => [1, 2, 0, 1]
 * @category simulate
 */
export const fitInteractions = (runs: readonly FactorRun[]): readonly number[] => {
  const p = featuresOf(runs[0]?.x ?? []).length
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0))
  const c = new Array<number>(p).fill(0)
  for (const run of runs) {
    const f = featuresOf(run.x)
    for (let i = 0; i < p; i++) {
      c[i] = c[i]! + f[i]! * run.y
      for (let j = 0; j < p; j++) a[i]![j] = a[i]![j]! + f[i]! * f[j]!
    }
  }
  return solve(a, c)
}

/** The main effects (0 to 1, averaged over the runs' other factors) and interactions of a fit. */
const effectsOf = (runs: readonly FactorRun[], b: readonly number[]): { main: number[]; pairs: number[] } => {
  const k = runs[0]?.x.length ?? 0
  const means = Array.from({ length: k }, (_, i) => runs.reduce((s, r) => s + r.x[i]!, 0) / Math.max(1, runs.length))
  const pairs: number[] = []
  const pairIndex: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(-1))
  let next = 1 + k
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      pairIndex[i]![j] = next
      pairs.push(b[next++]!)
    }
  const main = Array.from({ length: k }, (_, i) => {
    let e = b[1 + i]!
    for (let j = 0; j < k; j++) {
      if (j === i) continue
      const idx = i < j ? pairIndex[i]![j]! : pairIndex[j]![i]!
      e += b[idx]! * means[j]!
    }
    return e
  })
  return { main, pairs }
}

const percentile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return NaN
  const pos = q * (sorted.length - 1)
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

/**
 * Effects of the factors with percentile bootstrap 95% intervals (`reps` resamples of the
 * runs with replacement, drawn from `seed`: the same seed gives the same intervals).
 * @example
 * const runs = [0, 0.25, 0.5, 0.75, 1].flatMap((a) => [0, 0.5, 1].map((b) => ({ x: [a, b], y: 1 + 2 * a })))
 * factorEffects(runs, { reps: 20, seed: 1 }).main[0].value // => 2
 * @category simulate
 */
export const factorEffects = (
  runs: readonly FactorRun[],
  options: { readonly reps: number; readonly seed: number },
): FactorEffects => {
  const point = effectsOf(runs, fitInteractions(runs))
  const random = new RandomStream(rngFromSeed(options.seed))
  const mains: number[][] = point.main.map(() => [])
  const pairs: number[][] = point.pairs.map(() => [])
  for (let rep = 0; rep < options.reps; rep++) {
    const sample = runs.map(() => runs[random.int(runs.length)]!)
    const e = effectsOf(sample, fitInteractions(sample))
    e.main.forEach((v, i) => mains[i]!.push(v))
    e.pairs.forEach((v, i) => pairs[i]!.push(v))
  }
  const estimate = (value: number, draws: number[]): Estimate => {
    const sorted = [...draws].sort((a, b) => a - b)
    return { value, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) }
  }
  const k = point.main.length
  const pairList: [number, number][] = []
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairList.push([i, j])
  return {
    main: point.main.map((v, i) => estimate(v, mains[i]!)),
    interactions: pairList.map((pair, i) => ({ pair, estimate: estimate(point.pairs[i]!, pairs[i]!) })),
    runs: runs.length,
    bootstrap: { reps: options.reps, seed: options.seed },
  }
}

/**
 * Mean outcome per equal-width bin of one factor (the continuous range, without a model).
 * @example
 * binnedMeans([{ x: [0.1], y: 1 }, { x: [0.9], y: 3 }], 0, 2).map((b) => b.mean) // => [1, 3]
 * @category simulate
 */
export const binnedMeans = (
  runs: readonly FactorRun[],
  factor: number,
  bins: number,
): readonly { readonly from: number; readonly to: number; readonly runs: number; readonly mean: number | null }[] =>
  Array.from({ length: bins }, (_, b) => {
    const inBin = runs.filter((r) => Math.min(bins - 1, Math.floor(r.x[factor]! * bins)) === b)
    return {
      from: b / bins,
      to: (b + 1) / bins,
      runs: inBin.length,
      mean: inBin.length === 0 ? null : inBin.reduce((s, r) => s + r.y, 0) / inBin.length,
    }
  })
