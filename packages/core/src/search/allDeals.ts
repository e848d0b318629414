/**
 * Every valid deal of a small scenario, counted, with the best of them kept up to a cap.
 * Uses the branch and bound without objective pruning: only subtrees that provably hold no
 * valid deal are skipped, so the count is exact when the enumeration completes.
 */
import type { Scenario } from '../model/Scenario.js'
import { createEngine, type Collector } from './engine/branchAndBound.js'
import { startClock } from './engine/budget.js'
import { runEngine } from './engine/runEngine.js'
import { compareValues } from './objectives.js'
import { rankDeal } from './rankDeal.js'
import type { RankedDeal, SearchOptions, SearchStats } from './Search.js'
import { dealOfLeaf } from './engine/bestCollector.js'
import { planSearch } from './engine/searchPlan.js'
import { problemOf } from './engine/SearchProblem.js'

/** Default number of deals `allDeals` keeps. @category search */
export const ALL_DEALS_CAP = 1000

/** Options for `allDeals`: search options plus how many deals to keep. @category search */
export interface AllDealsOptions extends SearchOptions {
  /** Keep at most this many deals, the best by the objective (default `ALL_DEALS_CAP`). */
  readonly cap?: number
}

/**
 * The enumeration's outcome. `count` is the number of valid deals seen (all of them when
 * `complete`); `deals` holds the best `min(count, cap)` of them, best first.
 * @category search
 */
export interface AllDeals {
  readonly deals: readonly RankedDeal[]
  readonly count: number
  readonly complete: boolean
  readonly truncated: boolean
  readonly stats: SearchStats
}

/**
 * Enumerates the valid deals of a scenario under the options' constraints.
 * @example
 * const all = allDeals(scenario, { cap: 10 })
 * all.count // => 1: of the six outcomes only road via-b with housing west improves both
 * all.deals.length // => 1: at most `cap` are kept
 * @category search
 */
export const allDeals = (scenario: Scenario, options: AllDealsOptions = {}): AllDeals => {
  const cap = options.cap ?? ALL_DEALS_CAP
  const clock = startClock(options.budget)
  // Asked after its stop signal fired: nothing listed, without building the engine first.
  if (options.budget?.signal?.aborted === true)
    return { deals: [], count: 0, complete: false, truncated: false, stats: { nodes: 0, elapsedMs: 0 } }
  const problem = problemOf(scenario, options)
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const keyOf = (d: RankedDeal) => [...d.value, -d.changes.length]
  const byRank = (a: RankedDeal, b: RankedDeal) => compareValues(keyOf(b), keyOf(a), tolerances)
  let kept: RankedDeal[] = []
  let count = 0
  const collector: Collector = {
    key: () => undefined,
    offer: (leaf) => {
      const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
      if (ranked === undefined) return true
      count++
      kept.push(ranked)
      // Sorting in batches keeps the memory at 2 × cap whatever the count.
      if (kept.length >= 2 * Math.max(cap, 1)) kept = kept.sort(byRank).slice(0, cap)
      return true
    },
  }
  const engine = createEngine(problem, planSearch(problem, 0), collector)
  const status = runEngine(engine, clock, options.budget ?? {})
  const deals = kept.sort(byRank).slice(0, cap)
  return {
    deals,
    count,
    complete: status === 'done',
    truncated: count > cap,
    stats: { nodes: engine.nodes(), elapsedMs: clock.elapsedMs() },
  }
}
