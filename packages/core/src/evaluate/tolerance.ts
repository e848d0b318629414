/**
 * The one tolerance for comparing gains, used by every validity check, search and simulation.
 *
 * Utilities are sums of products of user numbers; summing the same terms in another order
 * changes the last bits. Comparing with a tolerance keeps a deal from flipping between valid
 * and invalid by that noise. The tolerance is relative to the size of the numbers involved:
 * `GAIN_TOLERANCE × max(1, |scale|)`, where the scale is the largest absolute utility term of
 * the scenario (see `toleranceFor`).
 *
 * - "strictly gains" means `gain > tolerance`;
 * - "does not lose" means `gain >= -tolerance`.
 *
 * @category evaluate
 */
export const GAIN_TOLERANCE = 1e-9

/**
 * Whether a gain counts as a strict improvement under a tolerance.
 * @example
 * isStrictGain(1e-12, 1e-9) // => false
 * isStrictGain(0.01, 1e-9) // => true
 * @category evaluate
 */
export const isStrictGain = (gain: number, tolerance: number): boolean => gain > tolerance

/**
 * Whether a gain counts as "no loss" under a tolerance.
 * @example
 * isNoLoss(-1e-12, 1e-9) // => true
 * @category evaluate
 */
export const isNoLoss = (gain: number, tolerance: number): boolean => gain >= -tolerance

/** Whether `value` reaches `minimum` under a tolerance. @category evaluate */
export const reaches = (value: number, minimum: number, tolerance: number): boolean => value >= minimum - tolerance
