/**
 * Exact fractions over bigints, for procedures whose fairness claims are equalities: Adjusted
 * Winner promises both parties exactly the same number of points, and 56 2/3 is not a double.
 * Laws: every `Rational` is reduced with a positive denominator, so two equal fractions are
 * structurally equal (`toEqual` works); arithmetic is exact; `compareRational` is a total order.
 */

/**
 * A fraction `num / den`, reduced, with `den > 0`.
 * @category analyze
 */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/**
 * The fraction `num / den`, reduced. Throws on a zero denominator (a bug, never user input).
 * @example
 * rational(4n, -6n) // => { num: -2n, den: 3n }
 * @category analyze
 */
export const rational = (num: bigint, den: bigint = 1n): Rational => {
  if (den === 0n) throw new RangeError('[mandjes] a fraction cannot have denominator 0')
  const sign = den < 0n ? -1n : 1n
  const g = gcd(num, den) || 1n
  return { num: (sign * num) / g, den: (sign * den) / g }
}

/**
 * Exact sum of two fractions.
 * @example
 * addRational(rational(1n, 2n), rational(1n, 3n)) // => { num: 5n, den: 6n }
 * @category analyze
 */
export const addRational = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den)
/**
 * Exact difference of two fractions.
 * @example
 * subtractRational(rational(1n, 2n), rational(1n, 3n)) // => { num: 1n, den: 6n }
 * @category analyze
 */
export const subtractRational = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den)
/**
 * Exact product of two fractions.
 * @example
 * multiplyRational(rational(2n, 3n), rational(3n, 4n)) // => { num: 1n, den: 2n }
 * @category analyze
 */
export const multiplyRational = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den)
/**
 * Exact quotient of two fractions; throws when dividing by zero.
 * @example
 * divideRational(rational(1n, 2n), rational(3n)) // => { num: 1n, den: 6n }
 * @category analyze
 */
export const divideRational = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num)

/**
 * Negative when `a < b`, zero when equal, positive when `a > b`.
 * @example
 * compareRational(rational(1n, 3n), rational(1n, 2n)) // => -1
 * @category analyze
 */
export const compareRational = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den
  return d > 0n ? 1 : d < 0n ? -1 : 0
}

/**
 * The exact fraction a decimal stands for, read from its shortest decimal text: 33.3 is
 * 333/10, not the binary double nearest to it. Undefined for NaN and infinities.
 * @example
 * rationalFromDecimal(33.3) // => { num: 333n, den: 10n }
 * rationalFromDecimal('1e-3') // => { num: 1n, den: 1000n }
 * @category analyze
 */
export const rationalFromDecimal = (value: number | string): Rational | undefined => {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim()
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) return undefined
  const [, sign, whole, fraction = '', exponentText = '0'] = match
  const exponent = Number(exponentText) - fraction.length
  // Exponents this large are no real point allocation; refusing them keeps bigints small.
  if (Math.abs(exponent) > 400) return undefined
  const digits = BigInt(`${whole}${fraction}` || '0') * (sign === '-' ? -1n : 1n)
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent))
}

/**
 * The nearest double (for display and charts; compare with `compareRational`).
 * @example
 * rationalToNumber(rational(170n, 3n)) // => 56.666666666666664
 * @category analyze
 */
export const rationalToNumber = (r: Rational): number => Number(r.num) / Number(r.den)

/**
 * A fraction as people write it: whole part and proper fraction.
 * @example
 * formatRational(rational(170n, 3n)) // => '56 2/3'
 * formatRational(rational(-1n, 6n)) // => '-1/6'
 * formatRational(rational(50n)) // => '50'
 * @category analyze
 */
export const formatRational = (r: Rational): string => {
  if (r.den === 1n) return r.num.toString()
  const sign = r.num < 0n ? '-' : ''
  const n = r.num < 0n ? -r.num : r.num
  const whole = n / r.den
  const rest = n % r.den
  return whole === 0n ? `${sign}${rest}/${r.den}` : `${sign}${whole} ${rest}/${r.den}`
}
