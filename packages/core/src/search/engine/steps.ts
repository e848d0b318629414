/**
 * Stepwise computations: generators that yield between slices of work, so one algorithm
 * serves both the blocking search (run to the end at once) and the async one (which waits
 * for the event loop at every yield).
 */

/**
 * Runs a stepwise computation to its end without pausing.
 * @example
 * runToEnd((function* () { yield; return 1 })()) // => 1
 * @category search
 */
export const runToEnd = <A>(steps: Generator<void, A>): A => {
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
  }
}
