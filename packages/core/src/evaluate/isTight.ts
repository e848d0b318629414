/**
 * When a mandate rule counts as tight: the deal holds it, but with little room left. One
 * rule for the whole library, so a council note and a deal explanation agree on what is tight.
 */

/**
 * The default share: a rule is tight when less than this share of the way is left.
 * @category evaluate
 */
export const TIGHT_SHARE = 0.3

/**
 * Whether a rule with this much room left (`slack`, ≥ 0 when it holds) is tight: the room is
 * at most `share` of the larger of the rule's limit and the party's net gain (plus the gain
 * tolerance, so an exactly reached floor is tight). Measuring against the gain too keeps a
 * floor of 0 from being tight for a party that gains a lot.
 *
 * @example
 * isTight(0.1, 1, 1.5, 1e-9) // => true: 0.1 ≤ 0.3 × 1.5
 * isTight(1, 0, 1, 1e-9) // => false: a gain of 1 over a floor of 0
 *
 * @category evaluate
 */
export const isTight = (
  slack: number,
  limit: number,
  gain: number,
  tolerance: number,
  share: number = TIGHT_SHARE,
): boolean => slack <= share * Math.max(Math.abs(limit), Math.abs(gain)) + tolerance
