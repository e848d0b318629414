import type { IssueId } from './Issue.js'

/** A regional target's identifier. @category model */
export type TargetId = string & { readonly _brand: 'TargetId' }

/**
 * One issue in a target's sum: the quantity chosen on it counts `weight` times.
 * @category model
 */
export interface TargetTerm {
  readonly issue: IssueId
  readonly weight: number
}

/**
 * A regional target (regionale opgave): a bound on a weighted sum of the quantities a deal
 * chooses, such as "300,000 homes to 2040" (atLeast 300000 over the municipalities' homes) or
 * "at least 30% social housing" (social counts 0.7, the rest −0.3, atLeast 0). Every deal
 * must meet every target; the status quo need not (a target is why the region negotiates).
 * @category model
 */
export interface Target {
  readonly id: TargetId
  readonly name: string
  /** Quantity issues and their weights; each issue at most once. */
  readonly terms: readonly TargetTerm[]
  /** The weighted sum must be at least this. */
  readonly atLeast?: number
  /** The weighted sum must be at most this. */
  readonly atMost?: number
}
