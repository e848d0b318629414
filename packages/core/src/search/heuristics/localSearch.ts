/**
 * Iterated local search for good first deals on large scenarios: steepest ascent over
 * single-issue changes, then a seeded random kick of a few issues from the best point, and
 * again. It works on the compiled gains with a simple score (first the total shortfall below
 * each party's least acceptable gain, then the objective; a smooth minimum for max-min so
 * that plateaus have a slope). It proves nothing: every point it returns is only a
 * candidate for the exact search, which checks it like any other leaf. It yields after every
 * round, so the async search stays responsive.
 */
import { RandomStream, rngFromSeed } from '../../internal/random.js'
import type { Stopped } from '../engine/budget.js'
import type { SearchProblem } from '../engine/SearchProblem.js'

/** Options of the local search. @category search */
export interface LocalSearchOptions {
  /** Kick-and-ascend rounds after the first ascent. */
  readonly rounds: number
  readonly seed: number
  /** Stop by this `performance.now()` time. */
  readonly until: number
  /** Stop at the next round once this says so (the caller's stop signal). */
  readonly stopped?: Stopped | undefined
}

/**
 * Improves starting choice vectors; returns the best point found per start (only points
 * with no shortfall), best last. Empty for objectives or problems it does not handle
 * (`fewest`, payments, interaction terms).
 * @example
 * runToEnd(localSearch(problem, plan.lowest, [start], { rounds: 20, seed: 1, until: Infinity }))
 * @category search
 */
export function* localSearch(
  problem: SearchProblem,
  lowest: Float64Array,
  starts: readonly Int32Array[],
  options: LocalSearchOptions,
): Generator<void, Int32Array[]> {
  const objective = problem.objectives[0]!
  const { c } = problem
  if (objective === 'fewest' || problem.payments || c.pairs.length > 0 || starts.length === 0) return []
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, statusQuo } = c
  const always = problem.alwaysParticipant
  const scaleOf = problem.nashScale
  let spread = 0
  for (let p = 0; p < P; p++) spread = Math.max(spread, scaleOf[p]!)
  const beta = 200 / Math.max(spread, 1e-12)
  const score = (g: Float64Array): readonly [number, number] => {
    let short = 0
    for (let p = 0; p < P; p++) short += Math.max(0, lowest[p]! - g[p]!)
    let f = 0
    if (objective === 'sum') for (let p = 0; p < P; p++) f += g[p]!
    else if (objective === 'maxmin') {
      let lo = Infinity
      for (let p = 0; p < P; p++) if (always[p]) lo = Math.min(lo, g[p]!)
      let s = 0
      for (let p = 0; p < P; p++) if (always[p]) s += Math.exp(-beta * (g[p]! - lo))
      f = lo - Math.log(s) / beta
    } else for (let p = 0; p < P; p++) if (always[p]) f += Math.log(Math.max(g[p]!, 1e-12 * scaleOf[p]!) / scaleOf[p]!)
    return [short, f]
  }
  const better = (a: readonly [number, number], b: readonly [number, number]) =>
    a[0] < b[0] - 1e-12 || (a[0] <= b[0] + 1e-12 && a[1] > b[1] + 1e-12)
  const gainsOf = (x: Int32Array, g: Float64Array) => {
    g.fill(0)
    for (let i = 0; i < N; i++) for (let p = 0; p < P; p++) g[p] = g[p]! + gain[p * T + offsets[i]! + x[i]!]!
  }
  const changesOf = (x: Int32Array) => {
    let n = 0
    for (let i = 0; i < N; i++) if (x[i] !== statusQuo[i]) n++
    return n
  }
  const allowed = (x: Int32Array, i: number, o: number, changes: number) =>
    problem.choosable[offsets[i]! + o] === 1 &&
    !(problem.mustChange[i] && o === statusQuo[i]) &&
    !(o !== statusQuo[i] && x[i] === statusQuo[i] && changes >= problem.maxChanges)

  const random = new RandomStream(rngFromSeed(options.seed))
  const g = new Float64Array(P)
  const trial = new Float64Array(P)
  const ascend = (x: Int32Array): readonly [number, number] => {
    gainsOf(x, g)
    let current = score(g)
    for (;;) {
      let bestMove: [number, number] | undefined
      let bestScore = current
      const changes = changesOf(x)
      for (let i = 0; i < N; i++) {
        const from = offsets[i]! + x[i]!
        for (let o = 0; o < c.optionCount[i]!; o++) {
          if (o === x[i] || !allowed(x, i, o, changes)) continue
          const to = offsets[i]! + o
          for (let p = 0; p < P; p++) trial[p] = g[p]! - gain[p * T + from]! + gain[p * T + to]!
          const s = score(trial)
          if (better(s, bestScore)) {
            bestScore = s
            bestMove = [i, o]
          }
        }
      }
      if (bestMove === undefined) return current
      const [i, o] = bestMove
      for (let p = 0; p < P; p++) g[p] = g[p]! - gain[p * T + offsets[i]! + x[i]!]! + gain[p * T + offsets[i]! + o]!
      x[i] = o
      current = bestScore
    }
  }
  const found: Int32Array[] = []
  for (const start of starts) {
    const best = Int32Array.from(start)
    if (globalThis.performance.now() >= options.until || options.stopped?.() === true) break
    let bestScore = ascend(best)
    for (
      let round = 0;
      round < options.rounds && globalThis.performance.now() < options.until && options.stopped?.() !== true;
      round++
    ) {
      yield
      const x = Int32Array.from(best)
      const kicks = 2 + random.int(Math.max(1, Math.min(4, N - 1)))
      for (let k = 0; k < kicks; k++) {
        const i = random.int(N)
        const o = random.int(c.optionCount[i]!)
        if (allowed(x, i, o, changesOf(x))) x[i] = o
      }
      const s = ascend(x)
      if (better(s, bestScore)) {
        best.set(x)
        bestScore = s
      }
    }
    if (bestScore[0] <= 1e-12) found.push(best)
  }
  return found
}
