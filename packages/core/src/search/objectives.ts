/**
 * The objectives a search maximises, defined once for the oracle, the branch and bound and
 * every ranking. Each objective runs over a deal's participants only; outsiders neither add
 * to the sum nor count in the product or the minimum (they gain nothing by definition of a
 * valid deal, up to the tolerance). Larger is better for every objective.
 *
 * Laws: values within `objectiveTolerance` count as equal; `nash` does not change when one
 * party's valuations (and money value, reservation and floors) are multiplied by a positive
 * constant, because each gain is divided by the party's own `nashScaleOf`.
 */
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { Objective, ObjectiveSpec } from './Search.js'

/**
 * The objectives of a spec as a list, defaulting to the largest total gain.
 * @example
 * objectivesOf(undefined) // => ['sum']
 * objectivesOf(['maxmin', 'fewest']) // => ['maxmin', 'fewest']
 * @category search
 */
export const objectivesOf = (spec: ObjectiveSpec | undefined): readonly Objective[] =>
  spec === undefined ? ['sum'] : typeof spec === 'string' ? [spec] : spec.length === 0 ? ['sum'] : spec

/**
 * The unit a party's gains are measured in for the Nash product: the spread of its
 * utility over the issues (`Σ stake × (largest − smallest value)`), plus the size of its
 * interaction terms. A party that values no issue falls back to its money value, then to 1.
 * Multiplying the party's valuations by c multiplies this scale by c.
 * @example
 * nashScaleOf(scenario, scenario.parties[0]) // => 5: A's road spreads 1, its housing 4
 * @category search
 */
export const nashScaleOf = (scenario: Scenario, party: Party): number => {
  let scale = 0
  for (const issue of scenario.issues) {
    const v = party.valuations[issue.id]
    if (v === undefined) continue
    let lo = Infinity
    let hi = -Infinity
    for (const o of issue.options) {
      const x = v.values[o.id] ?? 0
      lo = Math.min(lo, x)
      hi = Math.max(hi, x)
    }
    scale += v.stake * (hi - lo)
  }
  for (const i of party.interactions) scale += Math.abs(i.value)
  return scale > 0 ? scale : party.moneyValue > 0 ? party.moneyValue : 1
}

/**
 * One objective's value for a deal, given every party's gain (by party index), which
 * parties take part, and how many issues it changes.
 * - `sum`: `Σ_{p participant} gain_p`;
 * - `nash`: `Σ_{p participant} ln(gain_p / scale_p)` (−Infinity when a participant gains no
 *   more than `tolerance`, which counts as no gain, or when nobody takes part: a deal that
 *   changes only issues nobody cares about ranks last);
 * - `maxmin`: `min_{p participant} gain_p` (−Infinity without participants);
 * - `fewest`: `−changes`.
 * @example
 * objectiveValue('sum', [1, 2, 0], [true, true, false], 2, [1, 1, 1]) // => 3
 * objectiveValue('fewest', [1, 2, 0], [true, true, false], 2, [1, 1, 1]) // => -2
 * @category search
 */
export const objectiveValue = (
  objective: Objective,
  gains: ArrayLike<number>,
  participant: ArrayLike<boolean | number>,
  changes: number,
  nashScale: ArrayLike<number>,
  tolerance = 0,
): number => {
  if (objective === 'fewest') return -changes
  let total = objective === 'maxmin' ? Infinity : 0
  let any = false
  for (let p = 0; p < gains.length; p++) {
    if (!participant[p]) continue
    any = true
    const g = gains[p]!
    if (objective === 'sum') total += g
    else if (objective === 'maxmin') total = Math.min(total, g)
    else total += g > tolerance ? Math.log(g / nashScale[p]!) : -Infinity
  }
  return any ? total : objective === 'sum' ? 0 : -Infinity
}

/**
 * How close two values of an objective must be to count as a tie: the gain tolerance
 * (times the number of parties for sums), 1e-9 on the logarithmic Nash scale, and less than
 * one change for `fewest`.
 * @example
 * objectiveTolerance('fewest', 1e-9, 3) // => 0.5
 * @category search
 */
export const objectiveTolerance = (objective: Objective, tolerance: number, partyCount: number): number =>
  objective === 'fewest'
    ? 0.5
    : objective === 'nash'
      ? 1e-9
      : objective === 'sum'
        ? tolerance * (partyCount + 1)
        : tolerance

/**
 * Compares two value vectors lexicographically: positive when `a` is better, negative when
 * `b` is, 0 when they tie on every component within its tolerance.
 * @example
 * compareValues([3, -1], [3, -2], [1e-9, 0.5]) // => 1
 * @category search
 */
export const compareValues = (a: readonly number[], b: readonly number[], tolerances: readonly number[]): number => {
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!
    const y = b[k]!
    const eps = tolerances[k]!
    if (x > y + eps || (y === -Infinity && x > -Infinity)) return 1
    if (x < y - eps || (x === -Infinity && y > -Infinity)) return -1
  }
  return 0
}
