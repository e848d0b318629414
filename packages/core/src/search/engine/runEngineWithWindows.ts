/**
 * The exact search's engine and the window rounds (windowNeighbourhoods.ts) on one budget,
 * taking turns: under `sum` on the regional ladder the engine's bound is its root's
 * (measured at 10 s on r05-r10: the open bound never fell below the root bound), while the
 * window rounds keep finding better deals, so once the engine has run alone for a while
 * (`WINDOW_DELAY_SHARE`) the two share the time slice by slice, and every point the windows
 * find goes to the engine's collector at once
 * (`offerPoint`), where it prunes like any other leaf. A running engine takes no more
 * candidates (its node state is mid-descent), so the point is checked by `rankDeal` and
 * offered with its verified key.
 *
 * Without a time budget the windows run to their end (window-optimal) before the engine
 * starts, so the result does not depend on the machine's speed: same seed, same result.
 * The engine ends the turns: once it is done, open windows no longer matter.
 */
import type { Engine } from './branchAndBound.js'
import { mayBeat, type Collector } from './Collector.js'
import type { Clock } from './budget.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { rankDeal } from '../rankDeal.js'
import type { SearchProblem } from './SearchProblem.js'
import { runEngineSteps, type EngineEnd } from './runEngine.js'
import type { SearchBudget } from '../Search.js'

/** Milliseconds per turn of the engine; the window rounds that follow get `WINDOW_TURNS_PER_ENGINE_TURN` times as long. @category search */
export const WINDOW_TURN_MS = 50

/**
 * How many times the engine's turn the window rounds get after it. Under `sum` on the
 * regional rungs the engine does not prove (r05 and up) its open bound stays at its root's,
 * while the windows keep finding better deals up to the end of a 10 s budget on r12 and r13:
 * measured in one process, 10 s budgets, 1 against 4: r12 102.86 to 103.46, r08_m 40.45 to
 * 41.00, r05-r08 and r10 unchanged, r01-r04 proved as before (the windows start only after
 * `WINDOW_DELAY_SHARE`).
 * @category search
 */
export const WINDOW_TURNS_PER_ENGINE_TURN = 4

/**
 * Share of what is left of a time budget when the engine starts that it runs alone, before
 * the windows take turns: the engine
 * proves r01-r04 (up to 38 issues) in about a second, and windows from the start took time
 * from those proofs (measured, same process, 10 s budgets: r03 0.73 s to 1.28 s, r04 0.91 s
 * to 1.27 s), while on the rungs it does not prove the engine's bound is its root's anyway.
 * @category search
 */
export const WINDOW_DELAY_SHARE = 0.1

/**
 * Runs the engine as `runEngineSteps` does, giving the window rounds a turn after each of
 * its slices (all at once first, without a time budget); yields after every `sliceMs`.
 * @example
 * runToEnd(runEngineWithWindows(engine, windowRounds(problem, start, until, (x) => engine.tryChoices(x)), clock, budget, () => 0, 50))
 * @category search
 */
export function* runEngineWithWindows(
  engine: Engine,
  windows: Generator<void, unknown> | undefined,
  clock: Clock,
  budget: SearchBudget,
  nodesBefore: () => number,
  sliceMs: number,
): Generator<void, EngineEnd> {
  let open = windows
  if (open !== undefined && budget.timeMs === undefined) {
    // A stop signal ends the windows early too: a stopped search's result depends on timing anyway.
    while (budget.signal?.aborted !== true && open.next().done !== true) yield
    open = undefined
  }
  if (open === undefined) return yield* runEngineSteps(engine, clock, budget, nodesBefore(), sliceMs)
  const before = nodesBefore()
  const nodeLimit = Math.max(0, (budget.nodes ?? Infinity) - before)
  if (clock.remainingMs() <= 0) return 'budget'
  let sliceEnd = globalThis.performance.now() + sliceMs
  const windowsFrom = globalThis.performance.now() + WINDOW_DELAY_SHARE * clock.remainingMs()
  for (;;) {
    const turnEnd = globalThis.performance.now() + Math.min(WINDOW_TURN_MS, clock.remainingMs())
    const status = engine.run(turnEnd, nodeLimit, budget.signal)
    if (status !== 'paused') return status
    if (engine.nodes() >= nodeLimit || clock.spent(before + engine.nodes())) return 'budget'
    if (open !== undefined && globalThis.performance.now() >= windowsFrom) {
      const windowsEnd = globalThis.performance.now() + WINDOW_TURNS_PER_ENGINE_TURN * WINDOW_TURN_MS
      while (open !== undefined && globalThis.performance.now() < windowsEnd)
        if (open.next().done === true) open = undefined
    }
    if (globalThis.performance.now() >= sliceEnd) {
      yield
      sliceEnd = globalThis.performance.now() + sliceMs
    }
  }
}

/**
 * Offers a point (choices, no payments) to a collector as a leaf, when `rankDeal` finds it
 * valid: its key is the verified value, then minus the number of changes. Returns whether
 * it was offered.
 * @example
 * const { collector } = bestCollector(problem)
 * offerPoint(problem, collector, Int32Array.of(1, 1)) // => true
 * // road via-b with housing west is valid: A gains 2, B gains 3
 * @category search
 */
export const offerPoint = (problem: SearchProblem, collector: Collector, x: Int32Array): boolean => {
  const ranked = rankDeal(problem, dealOfChoices(problem.c, x))
  if (ranked === undefined) return false
  const key = [...ranked.value, -ranked.changes.length]
  const known = collector.key()
  if (known === undefined || mayBeat(key, known, [...problem.objectiveTolerances, 0.5]))
    collector.offer({ choices: x, nets: undefined, key, gains: new Float64Array(problem.c.partyCount) })
  return true
}
