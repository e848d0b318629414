/**
 * The k best distinct deals, for a table of alternatives to put before the executives.
 *
 * "Distinct" is one of:
 * - `'changedIssues'` (default): two deals are variants of each other when they change the
 *   same set of issues (only the options differ);
 * - `{ minDistance: h }`: deals must differ in the chosen option on at least h issues
 *   (Hamming distance; h = 1 lists every different deal).
 *
 * Definition (greedy, exact): the first deal is the optimum; the j-th is the best valid deal
 * distinct from all j−1 before it. So the list is ranked best first, and each entry is found
 * by a full branch and bound (with the Hamming rule pruning subtrees that stay too close).
 */
import type { Scenario } from '../model/Scenario.js'
import { createEngine, type Collector } from './engine/branchAndBound.js'
import { startClock } from './engine/budget.js'
import { runEngine } from './engine/runEngine.js'
import { compareValues } from './objectives.js'
import { rankDeal } from './rankDeal.js'
import type { RankedDeal, SearchOptions, SearchStats } from './Search.js'
import { dealOfLeaf, RELAXATION_ITERATIONS } from './engine/searchSteps.js'
import { planSearch } from './engine/searchPlan.js'
import { problemOf } from './engine/SearchProblem.js'

/** When two deals count as different alternatives. @category search */
export type Distinctness = 'changedIssues' | { readonly minDistance: number }

/** Options for `topDeals`. @category search */
export interface TopDealsOptions extends SearchOptions {
  readonly distinct?: Distinctness
}

/**
 * The ranked list: `complete` is true when every search finished, so the list is exactly
 * the greedy top k (shorter than k when fewer distinct valid deals exist).
 * @category search
 */
export interface TopDeals {
  readonly deals: readonly RankedDeal[]
  readonly complete: boolean
  readonly stats: SearchStats
}

/**
 * The k best mutually distinct valid deals, best first. Every deal passes `checkDeal`.
 * @example
 * topDeals(scenario, 3).deals.map((d) => d.changes) // => [['road', 'housing']]: the fixture has one valid deal
 * topDeals(scenario, 5, { distinct: { minDistance: 2 } }).complete // => true
 * @category search
 */
export const topDeals = (scenario: Scenario, k: number, options: TopDealsOptions = {}): TopDeals => {
  const clock = startClock(options.budget)
  const problem = problemOf(scenario, options)
  const plan = planSearch(problem, RELAXATION_ITERATIONS)
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const distinct = options.distinct ?? 'changedIssues'
  const N = problem.c.issueCount
  const { statusQuo } = problem.c
  const found: RankedDeal[] = []
  const foundChoices: Int32Array[] = []
  const changeKeys = new Set<string>()
  const changeKey = (x: ArrayLike<number>): string =>
    Array.from({ length: N }, (_, i) => (x[i] === statusQuo[i] ? 0 : 1)).join('')
  const distanceOk = (x: ArrayLike<number>): boolean =>
    distinct === 'changedIssues'
      ? !changeKeys.has(changeKey(x))
      : foundChoices.every((y) => {
          let differ = 0
          for (let i = 0; i < N; i++) if (x[i] !== y[i]) differ++
          return differ >= distinct.minDistance
        })
  let nodes = 0
  let complete = true
  while (found.length < k) {
    let best: RankedDeal | undefined
    let bestChoices: Int32Array | undefined
    let bestKey: readonly number[] | undefined
    const collector: Collector = {
      key: () => bestKey,
      offer: (leaf) => {
        if (!distanceOk(leaf.choices)) return true
        const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
        if (ranked === undefined) return true
        const key = [...ranked.value, -ranked.changes.length]
        if (bestKey === undefined || compareValues(key, bestKey, tolerances) > 0) {
          best = ranked
          bestKey = key
          bestChoices = Int32Array.from(leaf.choices)
        }
        return true
      },
      prune:
        distinct === 'changedIssues'
          ? undefined
          : (view) =>
              foundChoices.some((y) => {
                let differ = 0
                for (let i = 0; i < N; i++) if (view.choices[i] !== -1 && view.choices[i] !== y[i]) differ++
                return differ + (N - view.depth) < distinct.minDistance
              }),
    }
    const engine = createEngine(problem, plan, collector)
    if (found.length === 0) for (const x of plan.candidates) engine.tryChoices(x)
    const status = runEngine(engine, clock, options.budget ?? {}, nodes)
    nodes += engine.nodes()
    if (status !== 'done') complete = false
    if (best === undefined || bestChoices === undefined) break
    found.push(best)
    foundChoices.push(bestChoices)
    changeKeys.add(changeKey(bestChoices))
    if (!complete) break
  }
  return { deals: found, complete, stats: { nodes, elapsedMs: clock.elapsedMs() } }
}
