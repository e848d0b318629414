/**
 * The exhaustive oracle: enumerates every choice vector of a small scenario, sets payments
 * by the compensation rule, and judges each deal with `checkDeal` itself. Slow on purpose
 * and simple on purpose: it is the reference every faster search is tested against.
 *
 * Ties (values within the objective's tolerance) go to the deal with fewer changes, then to
 * the one met first when enumerating options in scenario order (the first issue varies
 * slowest, options in their listed order).
 */
import * as O from '../internal/option.js'
import type { Scenario } from '../model/Scenario.js'
import { startClock, remainingBudget } from './engine/budget.js'
import { deadlockCertificate } from './engine/deadlock.js'
import { runToEnd } from './engine/steps.js'
import { compareValues } from './objectives.js'
import { withoutTarget } from './constraints.js'
import { dealCount, dealWithPayments, rankDeal } from './rankDeal.js'
import type { RankedDeal, SearchOptions, SearchResult } from './Search.js'
import { problemOf, type SearchProblem } from './engine/SearchProblem.js'

/** The oracle refuses scenarios with more deals than this. @category search */
export const EXHAUSTIVE_MAX_DEALS = 1_000_000

/**
 * Visits every valid deal of a problem in enumeration order; stops early when `visit`
 * returns `false` or the budget runs out. Returns the number of choice vectors looked at
 * and whether the enumeration completed.
 * @example
 * forEachValidDeal(problemOf(scenario), startClock(), (d) => { console.log(d.changes); return true })
 * @category search
 */
export const forEachValidDeal = (
  problem: SearchProblem,
  clock: ReturnType<typeof startClock>,
  visit: (deal: RankedDeal) => boolean,
): { readonly nodes: number; readonly complete: boolean } => {
  const { c } = problem
  const total = dealCount(c)
  if (total > EXHAUSTIVE_MAX_DEALS)
    throw new RangeError(`exhaustive: ${total} deals exceed the oracle's cap of ${EXHAUSTIVE_MAX_DEALS}`)
  const choices = new Int32Array(c.issueCount)
  let nodes = 0
  for (;;) {
    if ((nodes & 255) === 0 && clock.spent(nodes)) return { nodes, complete: false }
    nodes++
    let changed = false
    for (let i = 0; i < c.issueCount; i++) if (choices[i] !== c.statusQuo[i]) changed = true
    if (changed) {
      const ranked = rankDeal(problem, dealWithPayments(problem, choices))
      if (ranked !== undefined && !visit(ranked)) return { nodes, complete: false }
    }
    // Odometer: the last issue varies fastest, so the first issue is the most significant.
    let i = c.issueCount - 1
    while (i >= 0 && choices[i] === c.optionCount[i]! - 1) choices[i--] = 0
    if (i < 0) return { nodes, complete: true }
    choices[i] = choices[i]! + 1
  }
}

/**
 * The best valid deal by brute force, for scenarios up to `EXHAUSTIVE_MAX_DEALS` deals.
 * Same contract and options as `findDeal`; its `bound` is the best value itself (every deal
 * was seen), or Infinity when the budget ran out.
 * @example
 * exhaustive(scenario, { objective: 'sum' })._tag // => 'Optimal'
 * @category search
 */
export const exhaustive = (scenario: Scenario, options: SearchOptions = {}): SearchResult => {
  const problem = problemOf(scenario, options)
  const clock = startClock(options.budget)
  const tolerances = [...problem.objectiveTolerances, 0.5]
  let best: RankedDeal | undefined
  let bestKey: number[] = []
  const { nodes, complete } = forEachValidDeal(problem, clock, (ranked) => {
    const key = [...ranked.value, -ranked.changes.length]
    if (best === undefined || compareValues(key, bestKey, tolerances) > 0) {
      best = ranked
      bestKey = key
    }
    return true
  })
  const stats = { nodes, elapsedMs: clock.elapsedMs() }
  if (!complete) {
    const bound = problem.objectives.map((_, k) => (k === 0 ? Infinity : (best?.value[k] ?? Infinity)))
    return { _tag: 'BudgetExhausted', best: O.fromNullable(best), bound, gap: Infinity, stats }
  }
  if (best !== undefined) return { _tag: 'Optimal', best, bound: best.value, stats }
  const budget = options.budget ?? {}
  const certificate = runToEnd(
    deadlockCertificate(
      problem.constraints,
      'enumeration',
      nodes,
      // eslint-disable-next-line require-yield
      function* (constraints, rest, dropTarget) {
        const relaxed = problemOf(dropTarget === undefined ? scenario : withoutTarget(scenario, dropTarget), {
          ...options,
          constraints,
        })
        let found = false
        const run = forEachValidDeal(relaxed, startClock(rest), () => ((found = true), false))
        return found ? true : run.complete ? false : undefined
      },
      () => remainingBudget(budget, clock, nodes),
      scenario,
    ),
  )
  return { _tag: 'NoDeal', certificate, stats: { nodes, elapsedMs: clock.elapsedMs() } }
}
