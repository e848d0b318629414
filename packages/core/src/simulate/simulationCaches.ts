/**
 * The simulation's caches shared across runs in one thread (pictures by content, deadlock
 * verdicts, package searches), so a test or a benchmark can start from nothing. Results never
 * depend on what a cache holds: each caches a pure function of its key.
 */
const clearers: (() => void)[] = []

/** Registers a cache's clear function (called once per cache, at module load). */
export const registerCache = (clear: () => void): void => {
  clearers.push(clear)
}

/**
 * Empties every cache the simulation shares across runs in this thread.
 * @example
 * clearSimulationCaches() // the next run computes every picture, deadlock and search afresh
 * @category simulate
 */
export const clearSimulationCaches = (): void => {
  for (const clear of clearers) clear()
}
