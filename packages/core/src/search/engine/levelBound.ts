/**
 * The max-min level test at a node with no change decided, and the bound it gives by
 * bisection (used at the root by maxminLevelRefiner.ts and by the level dives).
 *
 * Leaving every issue as it is satisfies every party's constraint but is no deal, so
 * propagation alone proves nothing there: some open issue must change. Level v is ruled out
 * when, for every open issue e, restricting e to its changing options and propagating
 * empties a domain (each deal changes some e, and then reaches v only inside that
 * restriction). The test is monotone in v (a higher level only removes more), so bisection
 * finds the smallest level it rules out: every deal's value lies below it.
 */
import { neverStopped, type Stopped } from './budget.js'
import type { LevelPropagation } from './levelPropagation.js'

/** Scratch for the tests: domains, a trial copy and the party queue. @category search */
export interface LevelScratch {
  readonly dom: Uint32Array
  readonly trial: Uint32Array
  readonly queue: number[]
  readonly queued: Uint8Array
}

/**
 * Fresh scratch for N issues and P parties.
 * @example
 * levelScratch(3, 2).dom.length // => 3
 * @category search
 */
export const levelScratch = (N: number, P: number): LevelScratch => ({
  dom: new Uint32Array(N),
  trial: new Uint32Array(N),
  queue: [],
  queued: new Uint8Array(P),
})

/**
 * Whether some open issue (depth ≥ `depth`) can change with every domain of `scratch.dom`
 * (already propagated) staying non-empty.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const prop = levelPropagation(mm, planSearch(mm, 0))
 * const scratch = levelScratch(2, 2)
 * scratch.dom.set(prop.full)
 * someChangeSurvives(prop, scratch, 0, new Float64Array(2), () => false, 0.5) // => true: road via-b gives both 2
 * @category search
 */
export const someChangeSurvives = (
  prop: LevelPropagation,
  scratch: LevelScratch,
  depth: number,
  decided: Float64Array,
  sure: (p: number) => boolean,
  v: number,
): boolean => {
  const { dom, trial, queue, queued } = scratch
  for (let e = depth; e < dom.length; e++) {
    if ((dom[e]! & prop.changing[e]!) === 0) continue
    trial.set(dom)
    trial[e] = trial[e]! & prop.changing[e]!
    for (const p of prop.atDepth[e]!)
      if (!queued[p]) {
        queued[p] = 1
        queue.push(p)
      }
    if (prop.propagate(trial, depth, decided, sure, v, queue, queued)) return true
  }
  return false
}

/**
 * The root's level test: full propagation into `scratch.dom`, then (with no change decided)
 * the first-change test. False: no deal reaches v.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const prop = levelPropagation(mm, planSearch(mm, 0))
 * rootLevelTest(prop, levelScratch(2, 2), new Float64Array(2), () => false, 0.5, 0) // => true
 * rootLevelTest(prop, levelScratch(2, 2), new Float64Array(2), () => false, 2.5, 0) // => false: no deal gives both 2.5
 * @category search
 */
export const rootLevelTest = (
  prop: LevelPropagation,
  scratch: LevelScratch,
  decided: Float64Array,
  sure: (p: number) => boolean,
  v: number,
  changes: number,
): boolean => {
  const { dom, queue, queued } = scratch
  dom.set(prop.full)
  for (let p = 0; p < queued.length; p++) {
    queued[p] = 1
    queue.push(p)
  }
  if (!prop.propagate(dom, 0, decided, sure, v, queue, queued)) return false
  return changes > 0 || someChangeSurvives(prop, scratch, 0, decided, sure, v)
}

/** Relative width at which the bisection stops. */
const PRECISION = 1e-4

/**
 * The smallest level in (lo, hi] the root test rules out, to a relative 1e-4 or until `work`
 * more option visits were spent, the clock passed `until` or `stopped` said so; Infinity when it does not rule out hi.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const prop = levelPropagation(mm, planSearch(mm, 0))
 * rootLevelBound(prop, levelScratch(2, 2), new Float64Array(2), () => false, 0, 5, 0, 1e6) // => 2.0001220703125: road via-b's 2 is the optimum
 * @category search
 */
export const rootLevelBound = (
  prop: LevelPropagation,
  scratch: LevelScratch,
  decided: Float64Array,
  sure: (p: number) => boolean,
  lo: number,
  hi: number,
  changes: number,
  work: number,
  until = Infinity,
  stopped: Stopped = neverStopped,
): number => {
  if (!(hi > lo) || rootLevelTest(prop, scratch, decided, sure, hi, changes)) return Infinity
  const endWork = prop.work() + work
  let proved = hi
  let below = lo
  while (
    proved - below > PRECISION * Math.max(1, Math.abs(proved)) &&
    prop.work() < endWork &&
    globalThis.performance.now() < until &&
    !stopped()
  ) {
    const mid = below + (proved - below) / 2
    if (rootLevelTest(prop, scratch, decided, sure, mid, changes)) below = mid
    else proved = mid
  }
  return proved
}
