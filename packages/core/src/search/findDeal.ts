/**
 * The default exact search for the best package deal (mandje): branch and bound on the
 * compiled scenario, with Lagrangian bounds at the root and per-party optimistic bounds at
 * every node. See `docs/search.md` for the guarantees and measurements.
 */
import type { Scenario } from '../model/Scenario.js'
import { runToEnd } from './engine/steps.js'
import type { SearchOptions, SearchResult } from './Search.js'
import { searchSteps } from './engine/searchSteps.js'

/**
 * Finds the best valid deal under the options: `Optimal` with a proof, `NoDeal` with a
 * deadlock certificate, or `BudgetExhausted` with the best deal so far and its gap. Every
 * returned deal passes `checkDeal`. Deterministic: the same input gives the same deal.
 *
 * @example
 * const result = findDeal(scenario, { objective: ['maxmin', 'fewest'], budget: { timeMs: 1000 } })
 * result._tag // => 'Optimal'
 * result._tag === 'Optimal' && result.best.changes // => ['road', 'housing']
 *
 * @category search
 */
export const findDeal = (scenario: Scenario, options: SearchOptions = {}): SearchResult =>
  runToEnd(searchSteps(scenario, options, Infinity))
