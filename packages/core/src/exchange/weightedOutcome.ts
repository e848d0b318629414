/**
 * The outcome of a position issue in the exchange model: the mean of the actors' (voting)
 * positions weighted by power × salience,
 *
 *     O = Σ c s x / Σ c s
 *
 * the expected outcome of collective decision making in Stokman and Van Oosten (1994), also
 * the Nash bargaining solution of the issue under quadratic losses. Laws: O lies between the
 * smallest and the largest position; moving one actor towards O never moves O away from it.
 */

/**
 * The weighted mean of positions, or `fallback` when no actor weighs anything.
 * @example
 * weightedOutcome([0, 100], [1, 1], [1, 3]) // => 75
 * weightedOutcome([], [], [], 50) // => 50
 * @category exchange
 */
export const weightedOutcome = (
  positions: ArrayLike<number>,
  saliences: ArrayLike<number>,
  powers: ArrayLike<number>,
  fallback = 0,
): number => {
  let num = 0
  let den = 0
  for (let k = 0; k < positions.length; k++) {
    const w = saliences[k]! * powers[k]!
    num += w * positions[k]!
    den += w
  }
  return den > 0 ? num / den : fallback
}
