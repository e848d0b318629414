/**
 * Runs an engine under a budget, slice by slice: the one loop every search uses (findDeal's
 * rounds, the existence re-runs of a deadlock certificate, topDeals, allDeals, dealFrontier).
 *
 * Why one loop: a search may run several engines one after another on one budget (the
 * ban-and-retry rounds of `findDeal`, the k searches of `topDeals`). Each engine counts its
 * own nodes from zero, so the loop is told how many nodes the budget had already spent
 * (`nodesBefore`) and stops the engine on what is left, never on the whole budget: an engine
 * whose own count is below the whole budget but above what is left would otherwise pause
 * at once on every slice, forever.
 */
import type { Engine } from './branchAndBound.js'
import type { Clock } from './budget.js'
import { runToEnd } from './steps.js'
import type { SearchBudget } from '../Search.js'

/** How an engine run ended: searched everything, stopped by its collector, or out of budget. @category search */
export type EngineEnd = 'done' | 'stopped' | 'budget'

/** Milliseconds of work per slice of a blocking run (the clock is read between slices). */
const BLOCKING_SLICE_MS = 50

/**
 * Runs the engine until it is done, its collector stops it, or the budget (nodes, time,
 * signal) runs out, yielding after every `sliceMs` of work. `nodesBefore`: nodes the same
 * budget already paid for in earlier engines.
 * @example
 * const engine = createEngine(problem, plan, bestCollector(problem).collector)
 * runToEnd(runEngineSteps(engine, startClock({ nodes: 1000 }), { nodes: 1000 }, 0, 10)) // => 'done'
 * @category search
 */
export function* runEngineSteps(
  engine: Engine,
  clock: Clock,
  budget: SearchBudget,
  nodesBefore: number,
  sliceMs: number,
): Generator<void, EngineEnd> {
  const nodeLimit = Math.max(0, (budget.nodes ?? Infinity) - nodesBefore)
  // With the time already spent the engine is not started: its root alone (the node
  // relaxations) can take hundreds of milliseconds on a 200 × 500 region. Its openBound()
  // still bounds the whole tree.
  if (budget.timeMs !== undefined && clock.remainingMs() <= 0) return 'budget'
  for (;;) {
    const sliceEnd = globalThis.performance.now() + Math.min(sliceMs, clock.remainingMs())
    const status = engine.run(sliceEnd, nodeLimit, budget.signal)
    if (status !== 'paused') return status
    if (engine.nodes() >= nodeLimit || clock.spent(nodesBefore + engine.nodes())) return 'budget'
    yield
  }
}

/**
 * `runEngineSteps` without yielding, for the blocking searches.
 * @example
 * const engine = createEngine(problem, plan, bestCollector(problem).collector)
 * const budget = { nodes: 1000 }
 * runEngine(engine, startClock(budget), budget) // => 'done': two issues take far fewer nodes
 * @category search
 */
export const runEngine = (engine: Engine, clock: Clock, budget: SearchBudget, nodesBefore = 0): EngineEnd =>
  runToEnd(runEngineSteps(engine, clock, budget, nodesBefore, BLOCKING_SLICE_MS))
