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

/**
 * The bounds of a target in words, for messages: "at least 300000", "between 10 and 20".
 * @example
 * describeBounds({ atLeast: 300000 }) // => 'at least 300000'
 * @category evaluate
 */
export const describeBounds = (target: Pick<Target, 'atLeast' | 'atMost'>): string =>
  target.atLeast !== undefined && target.atMost !== undefined
    ? `between ${target.atLeast} and ${target.atMost}`
    : target.atLeast !== undefined
      ? `at least ${target.atLeast}`
      : `at most ${target.atMost}`
