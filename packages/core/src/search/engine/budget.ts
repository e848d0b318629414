/**
 * A search's budget as a clock the search loop can ask cheaply: it reads the time only every
 * so many nodes, so checking costs nothing measurable.
 */
import type { SearchBudget } from '../Search.js'

/** A running budget. @category search */
export interface Clock {
  readonly startedAt: number
  /** Whether the budget has run out, given the nodes used so far. */
  readonly spent: (nodes: number) => boolean
  readonly elapsedMs: () => number
  /** Milliseconds left (Infinity without a time limit). */
  readonly remainingMs: () => number
}

const now = (): number => globalThis.performance.now()

/**
 * Whether the caller's stop signal has fired, read afresh at every call (a CLI's Ctrl-C
 * raises it while a synchronous search runs). The phases that end at a time of their own
 * (neighbourhood rounds, root relaxations) also end at their next look once it fires: with
 * a 30 s budget on a 200 × 500 region the neighbourhood rounds alone ran 5 s past a stop.
 * @category search
 */
export type Stopped = () => boolean

/** The stop check of a search without a stop signal. @category search */
export const neverStopped: Stopped = () => false

/**
 * Starts the clock for a budget.
 * @example
 * startClock({ timeMs: 100 }).spent(0) // => false
 * @category search
 */
export const startClock = (budget: SearchBudget = {}): Clock => {
  const startedAt = now()
  const deadline = budget.timeMs === undefined ? Infinity : startedAt + budget.timeMs
  const maxNodes = budget.nodes ?? Infinity
  return {
    startedAt,
    spent: (nodes) =>
      nodes >= maxNodes || budget.signal?.aborted === true || (deadline !== Infinity && now() >= deadline),
    elapsedMs: () => now() - startedAt,
    remainingMs: () => (deadline === Infinity ? Infinity : Math.max(0, deadline - now())),
  }
}

/**
 * What is left of a budget after some time and nodes, for a follow-up search (a deadlock
 * certificate's re-runs share the caller's budget).
 * @example
 * remainingBudget({ timeMs: 100 }, startClock({ timeMs: 100 }), 0).timeMs <= 100 // => true: 100 less the time spent so far
 * @category search
 */
export const remainingBudget = (budget: SearchBudget, clock: Clock, nodesUsed: number): SearchBudget => ({
  ...(budget.timeMs === undefined ? {} : { timeMs: clock.remainingMs() }),
  ...(budget.nodes === undefined ? {} : { nodes: Math.max(0, budget.nodes - nodesUsed) }),
  ...(budget.signal === undefined ? {} : { signal: budget.signal }),
})

/**
 * The same budget ending `reserveMs()` earlier, for the work before a search's last steps:
 * the search stops searching in time to verify its deal and bound its gap within the
 * caller's budget (on a 200 × 500 region one verification alone takes tens of
 * milliseconds). The reserve is read at every look, so it can grow once measured. Without a
 * time limit nothing is reserved.
 * @example
 * const clock = startClock({ timeMs: 100 })
 * reservedClock(clock, () => 40).remainingMs() <= 60 // => true
 * @category search
 */
export const reservedClock = (clock: Clock, reserveMs: () => number): Clock => ({
  startedAt: clock.startedAt,
  spent: (nodes) => clock.spent(nodes) || clock.remainingMs() <= reserveMs(),
  elapsedMs: clock.elapsedMs,
  remainingMs: () => Math.max(0, clock.remainingMs() - reserveMs()),
})
