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
 * distinct from all j−1 before it. So the list is ranked best first. Under the change-set
 * rule the entries come from Lawler's partitioning of the change sets (one search per region);
 * under the Hamming rule each is found by a full branch and bound that prunes subtrees that
 * stay too close.
 */
import type { Scenario } from '../model/Scenario.js'
import { createEngine, type Collector } from './engine/branchAndBound.js'
import { regionProblem, splitRegion, type ChangeSetRegion } from './engine/changeSetRegions.js'
import { startClock } from './engine/budget.js'
import { runEngine } from './engine/runEngine.js'
import { compareValues } from './objectives.js'
import { rankDeal } from './rankDeal.js'
import type { RankedDeal, SearchOptions, SearchStats } from './Search.js'
import { dealOfLeaf } from './engine/bestCollector.js'
import { RELAXATION_ITERATIONS } from './engine/searchSteps.js'
import { planSearch, type SearchPlan } from './engine/searchPlan.js'
import { problemOf, type SearchProblem } from './engine/SearchProblem.js'

/** When two deals count as different alternatives. @category search */
export type Distinctness = 'changedIssues' | { readonly minDistance: number }

/** Options for `topDeals`. @category search */
export interface TopDealsOptions extends SearchOptions {
  readonly distinct?: Distinctness
}

/**
 * What `topDeals` proved. Its `bound` and `gap` read like `findDeal`'s on the first deal, so
 * a caller that lists alternatives needs no second search for the first one's certificate.
 * @example
 * topDeals(scenario, 2).certificate // => { proved: true, bestProved: true, bound: [5], gap: 0 }: road via-b with housing west, proven best
 * @category search
 */
export interface TopDealsCertificate {
  /** Every search finished: the list is exactly the k best distinct deals (all of them when fewer exist). */
  readonly proved: boolean
  /** The first deal is proven the best valid deal (its search finished). */
  readonly bestProved: boolean
  /**
   * Proven upper bound on the best valid deal: on the first objective, then the first deal's
   * values for the rest (its own values when `bestProved`). Empty when no deal was found.
   */
  readonly bound: readonly number[]
  /** `bound[0]` − the first deal's first value: 0 when `bestProved`, Infinity without a deal. */
  readonly gap: number
}

/**
 * The ranked list: `complete` is true when every search finished, so the list is exactly
 * the greedy top k (shorter than k when fewer distinct valid deals exist).
 * @category search
 */
export interface TopDeals {
  readonly deals: readonly RankedDeal[]
  readonly complete: boolean
  readonly certificate: TopDealsCertificate
  readonly stats: SearchStats
}

/** One region's (or one greedy step's) search: its best verified deal, and how it ended. */
interface BestFound {
  readonly best: RankedDeal | undefined
  readonly choices: Int32Array | undefined
  readonly done: boolean
  /** Upper bound on the first objective over what the search did not rule out. */
  readonly bound: number
}

/**
 * The k best mutually distinct valid deals, best first. Every deal passes `checkDeal`.
 *
 * Under `'changedIssues'` the j-th deal is the best whose set of changed issues differs from
 * those before it, found by Lawler's partitioning (engine/changeSetRegions.ts): each listed
 * deal's region is split into regions that exclude its change set, so no search walks the
 * variants of a set it already has. Under `{ minDistance }` each deal is the best valid one
 * at that Hamming distance from all before it, one pruned search each.
 * @example
 * topDeals(scenario, 3).deals.map((d) => d.changes) // => [['road', 'housing']]: the fixture has one valid deal
 * topDeals(scenario, 5, { distinct: { minDistance: 2 } }).complete // => true
 * @category search
 */
export const topDeals = (scenario: Scenario, k: number, options: TopDealsOptions = {}): TopDeals => {
  const clock = startClock(options.budget)
  const budget = options.budget ?? {}
  const problem = problemOf(scenario, options)
  const plan = planSearch(problem, RELAXATION_ITERATIONS)
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const distinct = options.distinct ?? 'changedIssues'
  const N = problem.c.issueCount
  const keyOf = (d: RankedDeal): number[] => [...d.value, -d.changes.length]
  let nodes = 0

  /** The best verified deal the engine finds on `sub` (a region's problem) that `accept` lets through. */
  const search = (
    sub: SearchProblem,
    subPlan: SearchPlan,
    accept: (choices: Int32Array) => boolean,
    prune: Collector['prune'],
    candidates: readonly Int32Array[],
  ): BestFound => {
    let best: RankedDeal | undefined
    let choices: Int32Array | undefined
    let bestKey: readonly number[] | undefined
    const collector: Collector = {
      key: () => bestKey,
      offer: (leaf) => {
        if (!accept(leaf.choices)) return true
        const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
        if (ranked === undefined) return true
        const key = keyOf(ranked)
        if (bestKey === undefined || compareValues(key, bestKey, tolerances) > 0) {
          best = ranked
          bestKey = key
          choices = Int32Array.from(leaf.choices)
        }
        return true
      },
      prune,
    }
    const engine = createEngine(sub, subPlan, collector)
    for (const x of candidates) engine.tryChoices(x)
    const status = runEngine(engine, clock, budget, nodes)
    nodes += engine.nodes()
    const done = status === 'done'
    const bound = Math.max(done ? -Infinity : engine.openBound(), bestKey?.[0] ?? -Infinity)
    return { best, choices, done, bound }
  }

  const found: RankedDeal[] = []
  let complete = true
  let first: BestFound | undefined
  if (k < 1) {
    // Nothing asked, nothing searched.
  } else if (distinct === 'changedIssues') {
    // Lawler: the open regions with their best deals; the best of them is the next deal.
    const regions: { region: ChangeSetRegion; result: BestFound }[] = []
    const solve = (region: ChangeSetRegion, root: boolean) => {
      const sub = root ? problem : regionProblem(problem, region)
      const subPlan = root ? plan : planSearch(sub, RELAXATION_ITERATIONS)
      const result = search(sub, subPlan, () => true, undefined, root ? plan.candidates : subPlan.candidates)
      if (!result.done) complete = false
      regions.push({ region, result })
      return result
    }
    first = solve(new Int8Array(N).fill(-1), true)
    while (found.length < k && complete) {
      let at = -1
      for (let r = 0; r < regions.length; r++) {
        const best = regions[r]!.result.best
        if (best === undefined) continue
        if (at < 0 || compareValues(keyOf(best), keyOf(regions[at]!.result.best!), tolerances) > 0) at = r
      }
      if (at < 0) break
      const [{ region, result }] = regions.splice(at, 1) as [(typeof regions)[number]]
      found.push(result.best!)
      if (found.length === k) break
      const changed = Uint8Array.from(result.choices!, (o, i) => (o === problem.c.statusQuo[i] ? 0 : 1))
      for (const part of splitRegion(problem, region, changed, plan.order)) if (complete) solve(part, false)
    }
  } else {
    const foundChoices: Int32Array[] = []
    const far = (x: ArrayLike<number>, open: boolean, depth: number): boolean =>
      foundChoices.every((y) => {
        let differ = 0
        for (let i = 0; i < N; i++) if (x[i] !== -1 && x[i] !== y[i]) differ++
        return differ + (open ? N - depth : 0) >= distinct.minDistance
      })
    while (found.length < k) {
      const result = search(
        problem,
        plan,
        (x) => far(x, false, N),
        (view) => !far(view.choices, true, view.depth),
        found.length === 0 ? plan.candidates : [],
      )
      first ??= result
      if (!result.done) complete = false
      if (result.best === undefined || result.choices === undefined) break
      found.push(result.best)
      foundChoices.push(result.choices)
      if (!complete) break
    }
  }
  const head = found[0]
  const bestProved = first?.done === true
  const top = head === undefined ? -Infinity : head.value[0]!
  const bound0 = bestProved ? top : Math.max(first?.bound ?? Infinity, top)
  const certificate: TopDealsCertificate = {
    proved: complete,
    bestProved,
    bound: head === undefined ? [] : head.value.map((v, j) => (j === 0 ? bound0 : v)),
    gap: head === undefined ? Infinity : bound0 - top,
  }
  return { deals: found, complete, certificate, stats: { nodes, elapsedMs: clock.elapsedMs() } }
}
