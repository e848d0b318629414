/**
 * Max-min deals from level searches (levelSearch.ts), as first candidates for the search,
 * and the level proof that ends a max-min search early.
 *
 * Dives: a level search with a few backtracks per first change, at levels bisected between
 * the value of a deal in hand (or 0) and the level test's bound (levelBound.ts). A deal found
 * at v lifts the lower end to its value; a dive that finds nothing lowers the upper end (that
 * proves nothing, it only steers the next dive).
 *
 * Proof: a complete level search just above the incumbent's value. When it ends without a
 * deal, no valid deal beats the incumbent by more than the objective's tolerance; when it
 * finds one, that deal is the new incumbent and the search goes on one level higher.
 *
 * Cap: when the proof runs out of time, complete level searches at levels bisected between
 * the incumbent and the level test's bound, each with a share of the time: one that ends
 * without a deal proves that nothing reaches its level (a tighter bound), one that finds a
 * deal lifts the incumbent, one that runs out of time proves nothing and the next level tried
 * lies above it. High levels leave little to search: on r10 (69 × 140) the search at 1.0
 * ends in 0.15 s where the one just above the incumbent 0.60 does not end in 40 s.
 */
import { neverStopped, type Stopped } from './budget.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { rankDeal } from '../rankDeal.js'
import { levelPropagation, type LevelPropagation } from './levelPropagation.js'
import { levelScratch, rootLevelBound } from './levelBound.js'
import { BISECTION_WORK } from './maxminLevelRefiner.js'
import { levelSearch } from './levelSearch.js'
import { computePairs, createNodeState } from './NodeState.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Dives per search, backtracks per first change, and the option visits they may take in all. @category search */
export const LEVEL_DIVES = { dives: 8, perFirstChange: 3, work: 5e7 } as const

/** The propagation and the root's gains (interaction terms at their most) of a problem. */
const setUp = (problem: SearchProblem, plan: SearchPlan): { prop: LevelPropagation; decided: Float64Array } => {
  const prop = levelPropagation(problem, plan)
  const s = createNodeState(problem, plan)
  computePairs(s)
  return { prop, decided: Float64Array.from(s.pairUpper) }
}

/** The value of a leaf when `rankDeal` accepts it, else undefined. */
const valueOf = (problem: SearchProblem, x: Int32Array): number | undefined =>
  rankDeal(problem, dealOfChoices(problem.c, x))?.value[0]

/**
 * Candidates for a max-min search from dives at bisected levels above `from` (see the file
 * comment), best last; empty when the propagation does not apply or nothing was found by `until`.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * levelDives(mm, planSearch(mm, 0)).length // => 1
 * @category search
 */
export const levelDives = (
  problem: SearchProblem,
  plan: SearchPlan,
  until = Infinity,
  from = 0,
  stopped: Stopped = neverStopped,
): Int32Array[] => {
  const { partyCount: P, issueCount: N } = problem.c
  const { prop, decided } = setUp(problem, plan)
  if (!prop.usable || N === 0) return []
  const sure = (p: number) => problem.alwaysParticipant[p] === 1
  let top = -Infinity
  for (let p = 0; p < P; p++) top = Math.max(top, plan.restGain[p]! + decided[p]!)
  // The level test's bound caps the levels worth diving at.
  const proved = rootLevelBound(prop, levelScratch(N, P), decided, sure, from, top, 0, BISECTION_WORK, until, stopped)
  let hi = Math.min(top, proved)
  let lo = from
  const found: Int32Array[] = []
  const endWork = prop.work() + LEVEL_DIVES.work
  for (let k = 0; k < LEVEL_DIVES.dives && hi - lo > problem.tolerance; k++) {
    const work = endWork - prop.work()
    if (work <= 0 || globalThis.performance.now() >= until || stopped()) break
    const v = lo + (hi - lo) / 2
    let value = -Infinity
    const result = levelSearch(
      problem,
      plan,
      prop,
      decided,
      v,
      { perFirstChange: LEVEL_DIVES.perFirstChange, until, work, stopped },
      (x) => {
        value = valueOf(problem, x) ?? -Infinity
        return value >= v
      },
    )
    if (result._tag === 'Found') {
      found.push(result.choices)
      lo = value
    } else hi = v
  }
  return found
}

/**
 * The level proof above `incumbent` (a max-min value a valid deal reaches): 'proved' when no
 * valid deal reaches `incumbent + margin`, else the better deals it found (best last; the
 * last may be short of proof when `until` or `work` ran out, then it ends with 'stopped').
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * levelProof(mm, planSearch(mm, 0), 2, 1e-9).outcome // => 'proved'
 * @category search
 */
export const levelProof = (
  problem: SearchProblem,
  plan: SearchPlan,
  incumbent: number,
  margin: number,
  until = Infinity,
  work = Infinity,
  stopped: Stopped = neverStopped,
): { readonly outcome: 'proved' | 'stopped'; readonly better: readonly Int32Array[] } => {
  const { prop, decided } = setUp(problem, plan)
  const better: Int32Array[] = []
  // A deal with no participant has the value −Infinity: no level lies above it to search.
  if (!prop.usable || !Number.isFinite(incumbent)) return { outcome: 'stopped', better }
  const endWork = prop.work() + work
  for (let level = incumbent + margin; ;) {
    let value = -Infinity
    const limits = { perFirstChange: Infinity, until, work: endWork - prop.work(), stopped }
    const result = levelSearch(problem, plan, prop, decided, level, limits, (x) => {
      value = valueOf(problem, x) ?? -Infinity
      return value >= level
    })
    if (result._tag === 'None') return { outcome: 'proved', better }
    if (result._tag === 'Stopped') return { outcome: 'stopped', better }
    better.push(result.choices)
    // The level must rise, or the same deal would be found again (a huge value, a tiny margin).
    if (!(value + margin > value)) return { outcome: 'stopped', better }
    level = value + margin
  }
}

/**
 * A proven bound on the max-min value by complete level searches between `lo` (a value some
 * valid deal reaches) and the level test's bound (see the file comment), at most `tests`
 * of them, sharing the time to `until`: every valid deal's value lies below `bound`;
 * `better` holds the deals found on the way (best last).
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * levelCap(mm, planSearch(mm, 0), 1).bound // => 2.0000038146972656: road via-b's 2 is the optimum
 * @category search
 */
export const levelCap = (
  problem: SearchProblem,
  plan: SearchPlan,
  lo: number,
  until = Infinity,
  tests = 6,
  stopped: Stopped = neverStopped,
): { readonly bound: number; readonly better: readonly Int32Array[] } => {
  const { partyCount: P, issueCount: N } = problem.c
  const { prop, decided } = setUp(problem, plan)
  const better: Int32Array[] = []
  // Every participant gains at most its best: the largest of those bounds every deal's value.
  let top = -Infinity
  for (let p = 0; p < P; p++) top = Math.max(top, plan.restGain[p]! + decided[p]!)
  if (!prop.usable || N === 0 || !Number.isFinite(lo) || !(top > lo)) return { bound: top, better }
  const sure = (p: number) => problem.alwaysParticipant[p] === 1
  const proved = rootLevelBound(prop, levelScratch(N, P), decided, sure, lo, top, 0, BISECTION_WORK, until, stopped)
  let hi = Math.min(top, proved)
  let below = lo
  for (let k = 0; k < tests && hi - below > problem.tolerance; k++) {
    const now = globalThis.performance.now()
    if (now >= until || stopped()) break
    const v = below + (hi - below) / 2
    let value = -Infinity
    const limits = { perFirstChange: Infinity, until: now + (until - now) / (tests - k), work: Infinity, stopped }
    const result = levelSearch(problem, plan, prop, decided, v, limits, (x) => {
      value = valueOf(problem, x) ?? -Infinity
      return value >= v
    })
    if (result._tag === 'None') hi = v
    else if (result._tag === 'Found') {
      better.push(result.choices)
      below = value
    } else below = v
  }
  return { bound: hi, better }
}
