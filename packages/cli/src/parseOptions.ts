/**
 * Parsers for option values. Each throws commander's `InvalidArgumentError`, so a bad value is
 * reported like any other command-line mistake: one line on stderr and exit code 2.
 */
import { InvalidArgumentError } from 'commander'

/**
 * A whole number of at least `min`.
 * @example
 * positiveInt(1)('3') // => 3
 * @category cli
 */
export const positiveInt =
  (min = 1) =>
  (value: string): number => {
    const n = Number(value)
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number of at least ${min}, got "${value}".`)
    return n
  }

/**
 * A finite number of at least 0 (seconds, shares).
 * @example
 * nonNegativeNumber('2.5') // => 2.5
 * @category cli
 */
export const nonNegativeNumber = (value: string): number => {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError(`expected a number of at least 0, got "${value}".`)
  return n
}

/**
 * A 32-bit seed for a random run.
 * @example
 * seed('42') // => 42
 * @category cli
 */
export const seed = (value: string): number => {
  const n = Number(value)
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError(`expected a whole number, got "${value}".`)
  return n
}

/**
 * One of a fixed list of words, or a comma-separated list of them when `many` is set.
 * @example
 * oneOf(['sum', 'nash'], true)('sum,nash') // => ['sum', 'nash']
 * @category cli
 */
export const oneOf =
  <T extends string>(choices: readonly T[], many = false) =>
  (value: string): T | readonly T[] => {
    const words = many ? value.split(',').map((w) => w.trim()) : [value]
    for (const w of words)
      if (!(choices as readonly string[]).includes(w))
        throw new InvalidArgumentError(`"${w}" is not one of ${choices.join(', ')}.`)
    return many ? (words as T[]) : (words[0] as T)
  }
