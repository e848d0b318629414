/**
 * The exact search without blocking the caller's event loop: the same slices as `findDeal`,
 * with a yield to the event loop after each one. A browser page or a server stays responsive
 * while a large search runs, and an `AbortSignal` in the budget is seen between slices.
 */
import type { Scenario } from '../model/Scenario.js'
import type { SearchOptions, SearchResult } from './Search.js'
import { searchSteps } from './engine/searchSteps.js'

/** Default work between two yields to the event loop, in milliseconds. @category search */
export const DEFAULT_SLICE_MS = 8

/**
 * Options of the async search: the search options plus the length of a slice of work
 * between yields (default `DEFAULT_SLICE_MS`).
 * @category search
 */
export interface AsyncSearchOptions extends SearchOptions {
  readonly sliceMs?: number
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * `findDeal` that yields to the event loop every `sliceMs` milliseconds of work. Same
 * result as `findDeal` for the same input when no budget cuts it short. Budget time includes
 * the time spent waiting for the event loop between slices.
 *
 * @example
 * const controller = new AbortController()
 * const result = await findDealAsync(scenario, { budget: { signal: controller.signal }, sliceMs: 5 })
 * result._tag // => 'Optimal'
 *
 * @category search
 */
export const findDealAsync = async (scenario: Scenario, options: AsyncSearchOptions = {}): Promise<SearchResult> => {
  const { sliceMs = DEFAULT_SLICE_MS, ...rest } = options
  const steps = searchSteps(scenario, rest, sliceMs)
  let sliceEnd = globalThis.performance.now() + sliceMs
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
    // Every yield is a checkpoint; give the event loop its turn once the slice is used up.
    if (globalThis.performance.now() >= sliceEnd) {
      await nextTurn()
      sliceEnd = globalThis.performance.now() + sliceMs
    }
  }
}
