/**
 * Regional targets on a deal, the plain way (ids, not indices): the weighted sum a target
 * bounds, its tolerance, and whether a total meets it. `checkDeal` uses these, so every
 * search's exit door does; the engine's pruning (`search/engine/targetBounds.ts`) and the
 * MILP constraints compute the same sums on their own forms.
 *
 * Tolerance: quantities are user numbers (homes, euros), summed in different orders by
 * different searches. A target counts as met within `GAIN_TOLERANCE × max(1, scale)`, where
 * the scale is the largest absolute weighted sum the target's issues can produce, so the test
 * means the same whether the quantities are homes or millions of euros.
 */
import type { Deal } from '../model/Deal.js'
import type { Issue } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import type { Target } from '../model/Target.js'
import { lookup } from '../internal/lookup.js'
import { GAIN_TOLERANCE } from './tolerance.js'

/** The quantity an option of an issue stands for (0 for options without one). */
const quantityOf = (issue: Issue, optionId: string): number =>
  issue.options.find((o) => o.id === optionId)?.quantity ?? 0

/**
 * The weighted sum of the quantities a deal chooses on a target's issues.
 * @example
 * targetTotal(mra, homes2040, mra.statusQuo) // => 248000
 * @category evaluate
 */
export const targetTotal = (scenario: Scenario, target: Target, deal: Deal): number => {
  const issues = lookup(scenario).issue
  let total = 0
  for (const { issue, weight } of target.terms) {
    const found = issues.get(issue)
    const option = deal.choices[issue]
    if (found !== undefined && option !== undefined) total += weight * quantityOf(found, option)
  }
  return total
}

/**
 * The smallest and largest weighted sum a target's issues can produce, over every option of
 * each (mandates and search constraints aside).
 * @example
 * targetRange(mra, homes2040) // => { min: 248000, max: 365000 }: every municipality's lowest and highest homes option
 * @category evaluate
 */
export const targetRange = (scenario: Scenario, target: Target): { readonly min: number; readonly max: number } => {
  const issues = lookup(scenario).issue
  let min = 0
  let max = 0
  for (const { issue, weight } of target.terms) {
    const found = issues.get(issue)
    if (found === undefined || found.options.length === 0) continue
    const values = found.options.map((o) => weight * (o.quantity ?? 0))
    min += Math.min(...values)
    max += Math.max(...values)
  }
  return { min, max }
}

/**
 * The absolute tolerance for one target: `GAIN_TOLERANCE × max(1, |bounds|, largest |sum|)`.
 * @example
 * targetTolerance(mra, homes2040) // => 0.000365: 1e-9 × the largest sum, 365,000
 * @category evaluate
 */
export const targetTolerance = (scenario: Scenario, target: Target): number => {
  const { min, max } = targetRange(scenario, target)
  return (
    GAIN_TOLERANCE *
    Math.max(1, Math.abs(min), Math.abs(max), Math.abs(target.atLeast ?? 0), Math.abs(target.atMost ?? 0))
  )
}

/**
 * Whether a total meets a target's bounds, within a tolerance.
 * @example
 * meetsTarget({ atLeast: 300000 }, 299999, 1e-4) // => false
 * @category evaluate
 */
export const meetsTarget = (target: Pick<Target, 'atLeast' | 'atMost'>, total: number, tolerance: number): boolean =>
  (target.atLeast === undefined || total >= target.atLeast - tolerance) &&
  (target.atMost === undefined || total <= target.atMost + tolerance)

// Certificates are English text: numbers with thousands separators, up to six decimals, so a
// reason reads "at least 300,000 homes" and still shows 0.125 exactly.
const quantityFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 })

/**
 * A quantity as a certificate prints it: English separators, up to six decimals, and the
 * unit when there is one.
 * @example
 * quantityText(300000, 'homes') // => '300,000 homes'
 * @category evaluate
 */
export const quantityText = (value: number, unit?: string): string =>
  `${quantityFormat.format(value)}${unit === undefined ? '' : ` ${unit}`}`

/**
 * The unit a target counts in: its issues' unit when they all share one (and every weight is
 * 1, so the sum is still a count of it), else none.
 * @example
 * targetUnit(mra, homes2040) // => 'homes'
 * @category evaluate
 */
export const targetUnit = (scenario: Scenario, target: Target): string | undefined => {
  const units = new Set(target.terms.map((t) => scenario.issues.find((i) => i.id === t.issue)?.unit))
  const [only] = units
  return units.size === 1 && only !== undefined && target.terms.every((t) => t.weight === 1) ? only : undefined
}

/**
 * The bounds of a target in words, for messages: "at least 300,000 homes", "between 10 and 20".
 * @example
 * describeBounds({ atLeast: 300000 }) // => 'at least 300,000'
 * describeBounds({ atLeast: 300000 }, 'homes') // => 'at least 300,000 homes'
 * @category evaluate
 */
export const describeBounds = (target: Pick<Target, 'atLeast' | 'atMost'>, unit?: string): string =>
  target.atLeast !== undefined && target.atMost !== undefined
    ? `between ${quantityText(target.atLeast)} and ${quantityText(target.atMost, unit)}`
    : target.atLeast !== undefined
      ? `at least ${quantityText(target.atLeast, unit)}`
      : `at most ${quantityText(target.atMost!, unit)}`
