/**
 * Throws when a condition the library itself guarantees does not hold: a bug in mandjes,
 * never a problem in the user's input (that is reported as a `Problem`).
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`[mandjes] internal error: ${message}. Please report this.`)
}
