/**
 * A stand-in AbortSignal for the stop laws: it reads as aborted from its `firesAt`-th look on,
 * so a property can stop a run at every place the run looks at its signal, and count the looks.
 */
export interface FiringSignal {
  readonly signal: AbortSignal
  /** How many times the run has read `signal.aborted` so far. */
  readonly looks: () => number
}

export const firingSignal = (firesAt: number): FiringSignal => {
  let looks = 0
  const signal = {
    get aborted() {
      return ++looks >= firesAt
    },
  } as AbortSignal
  return { signal, looks: () => looks }
}
