/**
 * The frontier of valid deals over the parties' gains: the valid deals no other valid deal
 * beats for every party (strict Pareto: at least as good for all, better for one). The rule is
 * the one frontier rule (`evaluate/paretoFront.ts`); this file finds the deals to feed it.
 *
 * - `exact` (default up to 3 parties): branch and bound over all valid deals, pruning any
 *   subtree whose optimistic gain vector is already matched by a frontier point. Deals with
 *   the same gain vector (within the tolerance) are kept once.
 * - `sampled` (default above 3 parties): `samples` weighted sums of every party's gain, with
 *   seeded random positive weights; each weighted optimum is a frontier deal (a supported
 *   point), and the sampled set is filtered to its non-dominated deals. A stated cap, not the
 *   whole frontier. When no party can gain from an issue it has no say on, the weighted sum
 *   is solved by `findDeal` on a rescaled scenario (fast); otherwise by a branch and bound on
 *   per-party bounds.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import { DominanceIndex } from '../evaluate/DominanceIndex.js'
import { paretoFront } from '../evaluate/paretoFront.js'
import { createEngine, type Collector } from './engine/branchAndBound.js'
import { remainingBudget, startClock } from './engine/budget.js'
import { runEngine } from './engine/runEngine.js'
import { findDeal } from './findDeal.js'
import { rankDeal } from './rankDeal.js'
import { scaleParty } from './scaleParty.js'
import type { RankedDeal, SearchBudget, SearchOptions, SearchStats } from './Search.js'
import { dealOfLeaf } from './engine/bestCollector.js'
import { planSearch } from './engine/searchPlan.js'
import { problemOf, type SearchProblem } from './engine/SearchProblem.js'

/** Default cap on sampled weight vectors. @category search */
export const FRONTIER_SAMPLES = 64

/** Options for `dealFrontier`. @category search */
export interface DealFrontierOptions extends Omit<SearchOptions, 'objective'> {
  readonly method?: 'exact' | 'sampled'
  /** Weighted sums to solve when sampling (default `FRONTIER_SAMPLES`). */
  readonly samples?: number
  readonly seed?: number
}

/**
 * The frontier: deals ordered by the first party's gain, descending (then the next party's).
 * `complete` is true when the exact method finished (the whole frontier) or every sample
 * was solved to optimality.
 * @category search
 */
export interface DealFrontier {
  readonly method: 'exact' | 'sampled'
  readonly deals: readonly RankedDeal[]
  readonly complete: boolean
  readonly seed?: number
  readonly stats: SearchStats
}

const gainVector = (ids: readonly PartyId[], d: RankedDeal): number[] => ids.map((id) => d.gains[id]!)

/** Whether no party can gain from an issue it has no say on (then outsiders never gain). */
const outsidersCannotGain = (problem: SearchProblem): boolean => {
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, stakeholder, pairs } = problem.c
  if (pairs.length > 0) return false
  for (let i = 0; i < N; i++) {
    for (let p = 0; p < P; p++) {
      if (stakeholder[i * P + p]) continue
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (gain[p * T + k]! > 0) return false
    }
  }
  return true
}

/**
 * The valid deal with the largest weighted sum of every party's gain (outsiders included),
 * by branch and bound on the per-party bounds.
 */
const weightedOptimum = (problem: SearchProblem, weights: readonly number[], budget: SearchBudget) => {
  const clock = startClock(budget)
  const tol = problem.tolerance
  let bestValue = -Infinity
  let bestLeaf: { choices: Int32Array; nets: Float64Array | undefined } | undefined
  const collector: Collector = {
    key: () => undefined,
    offer: (leaf) => {
      let v = 0
      for (let p = 0; p < weights.length; p++) v += weights[p]! * leaf.gains[p]!
      if (v > bestValue + tol) {
        bestValue = v
        bestLeaf = {
          choices: Int32Array.from(leaf.choices),
          nets: leaf.nets === undefined ? undefined : Float64Array.from(leaf.nets),
        }
      }
      return true
    },
    prune: (view) => {
      let v = 0
      for (let p = 0; p < weights.length; p++) v += weights[p]! * view.upper[p]!
      return v <= bestValue + tol
    },
  }
  const engine = createEngine(problem, planSearch(problem, 0), collector)
  const status = runEngine(engine, clock, budget)
  const best =
    bestLeaf === undefined
      ? undefined
      : rankDeal(problem, dealOfLeaf(problem, { ...bestLeaf, key: [], gains: new Float64Array(0) }))
  return { best, done: status === 'done', used: engine.nodes() }
}

/**
 * The frontier of valid deals over every party's gain.
 * @example
 * dealFrontier(scenario).deals.map((d) => d.gains) // => [{ A: 2, B: 3 }]: one valid deal, so one point
 * @category search
 */
export const dealFrontier = (scenario: Scenario, options: DealFrontierOptions = {}): DealFrontier => {
  const method = options.method ?? (scenario.parties.length <= 3 ? 'exact' : 'sampled')
  const clock = startClock(options.budget)
  const problem = problemOf(scenario, { ...options, objective: 'sum' })
  const ids = problem.c.partyIds
  const tol = problem.tolerance
  // Every deal not covered when found (some earlier one at least as good for all, up to the
  // tolerance) is a candidate; the frontier is the candidates' non-dominated set. A covered
  // deal or subtree is covered by a candidate, so pruning against all candidates loses nothing.
  const candidates: { deal: RankedDeal; gains: number[] }[] = []
  const seen = new DominanceIndex(ids.length, undefined, tol)
  const add = (deal: RankedDeal): void => {
    const gains = gainVector(ids, deal)
    if (seen.coversVector(gains)) return
    seen.append(gains)
    candidates.push({ deal, gains })
  }
  let nodes = 0
  let complete = true
  const seed = options.seed ?? 1
  if (method === 'exact') {
    const collector: Collector = {
      key: () => undefined,
      offer: (leaf) => {
        const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
        if (ranked !== undefined) add(ranked)
        return true
      },
      prune: (view) => seen.coversVector(view.upper),
    }
    const engine = createEngine(problem, planSearch(problem, 0), collector)
    const status = runEngine(engine, clock, options.budget ?? {})
    nodes = engine.nodes()
    complete = status === 'done'
  } else {
    const random = new RandomStream(rngFromSeed(seed))
    const samples = options.samples ?? FRONTIER_SAMPLES
    const { method: _m, samples: _s, seed: _seed, ...rest } = options
    const quiet = outsidersCannotGain(problem)
    for (let s = 0; s < samples && !clock.spent(nodes); s++) {
      // Sample 0 is the plain sum; the others weight parties by exponential draws (uniform on the simplex).
      const weights = ids.map(() => (s === 0 ? 1 : -Math.log(Math.max(random.next(), 1e-12))))
      const budget = remainingBudget(options.budget ?? {}, clock, nodes)
      if (quiet) {
        // Outsiders cannot gain, so the weighted sum over participants ranks like the one over
        // everyone: solve it as the plain sum of a rescaled scenario, with the fast bounds.
        const scaled = ids.reduce((sc, id, p) => scaleParty(sc, id, weights[p]!), scenario)
        const result = findDeal(scaled, { ...rest, budget, objective: 'sum' })
        nodes += result.stats.nodes
        if (result._tag === 'NoDeal') break
        if (result._tag === 'BudgetExhausted') complete = false
        const best =
          result._tag === 'Optimal' ? result.best : result.best._tag === 'Some' ? result.best.value : undefined
        const ranked = best === undefined ? undefined : rankDeal(problem, best.deal)
        if (ranked !== undefined) add(ranked)
      } else {
        const { best, done, used } = weightedOptimum(problem, weights, budget)
        nodes += used
        if (!done) complete = false
        if (best === undefined && done) break
        if (best !== undefined) add(best)
      }
    }
  }
  const points = paretoFront(candidates, (f) => f.gains, tol)
  const deals = points
    .sort((a, b) => {
      for (let p = 0; p < a.gains.length; p++) if (a.gains[p] !== b.gains[p]) return b.gains[p]! - a.gains[p]!
      return 0
    })
    .map((f) => f.deal)
  return {
    method,
    deals,
    complete,
    ...(method === 'sampled' ? { seed } : {}),
    stats: { nodes, elapsedMs: clock.elapsedMs() },
  }
}
