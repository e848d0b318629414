/**
 * A small seeded generator (mulberry32). Its whole state is one 32-bit number, so a
 * simulation can store it in plain immutable state and replay it exactly on any machine.
 * @category simulate
 */
export interface Rng {
  readonly state: number
}

export const rngFromSeed = (seed: number): Rng => ({ state: (Math.trunc(seed) ^ 0x9e3779b9) >>> 0 })

/** The next number in [0, 1) and the generator that follows. */
export const nextFloat = (rng: Rng): readonly [number, Rng] => {
  const state = (rng.state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, { state }]
}

/**
 * A stateful view of the seeded generator, for code that draws many numbers in one step
 * (a mediator's move). Read `rng` afterwards to store where the sequence stands.
 * @category simulate
 */
export class RandomStream {
  private current: Rng
  constructor(rng: Rng) {
    this.current = rng
  }
  /** The next number in [0, 1). */
  next(): number {
    const [x, next] = nextFloat(this.current)
    this.current = next
    return x
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.min(n - 1, Math.floor(this.next() * n))
  }
  /**
   * A shuffled copy (Fisher-Yates from the end, one `int` draw per position), so every caller
   * that shuffles draws the same numbers in the same order.
   */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let k = out.length - 1; k > 0; k--) {
      const j = this.int(k + 1)
      const t = out[k]!
      out[k] = out[j]!
      out[j] = t
    }
    return out
  }
  /** A standard normal draw (Box-Muller). */
  normal(): number {
    const u = Math.max(this.next(), 1e-12)
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  /** Where the sequence stands now, to store in immutable state. */
  get rng(): Rng {
    return this.current
  }
}
