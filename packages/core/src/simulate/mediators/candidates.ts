/**
 * What a mediator can put on the table: per open issue, the prepared options other than the
 * one in force, by index in the mediator's dense picture. Shared by the built-in strategies.
 */
import type { IssueId, OptionId } from '../../model/Issue.js'
import type { DenseChange, DensePicture } from '../densePicture.js'
import type { MediatorView } from '../Mediator.js'
import { own } from '../../internal/recordFrom.js'
import { indexIn } from '../../evaluate/idIndex.js'

/**
 * One open issue and the options that would change it, by index.
 * @category simulate
 */
export interface Candidate {
  readonly issue: number
  readonly options: readonly number[]
}

/**
 * The open issues with their changeable options. Options a party's kaders forbid are left out
 * when `skipForbidden` is set: proposing them only collects a red-line veto.
 * @example
 * candidatesOf(view, densePicture(view.picture)) // => [{ issue: 0, options: [1] }, { issue: 1, options: [1, 2] }]
 * @category simulate
 */
export const candidatesOf = (view: MediatorView, d: DensePicture, skipForbidden = true): readonly Candidate[] => {
  const { c } = d
  const out: Candidate[] = []
  for (const id of view.open) {
    const i = indexIn(c.issueIds, id)
    const options: number[] = []
    for (const option of own(view.prepared, id) ?? []) {
      const o = indexIn(c.optionIds[i]!, option)
      if (o < 0 || o === c.statusQuo[i]) continue
      if (skipForbidden && !isAllowed(d, i, o)) continue
      options.push(o)
    }
    if (options.length > 0) out.push({ issue: i, options })
  }
  return out
}

/**
 * Whether no party's kaders forbid agreeing to option o of issue i.
 * @example
 * isAllowed(densePicture(picture), 0, 1) // => true: the fixture has no red lines
 * @category simulate
 */
export const isAllowed = (d: DensePicture, i: number, o: number): boolean => {
  const { c } = d
  const flat = c.offsets[i]! + o
  for (let p = 0; p < c.partyCount; p++) if (d.forbidden[p * c.totalOptions + flat] === 1) return false
  return true
}

/**
 * Dense changes back to a proposal's changes by id.
 * @example
 * changesRecord(dense, [{ issue: 0, option: 1 }]) // => { road: 'via-b' }
 * @category simulate
 */
export const changesRecord = (
  d: DensePicture,
  changes: readonly DenseChange[],
): Readonly<Record<IssueId, OptionId>> => {
  const out: Record<IssueId, OptionId> = {}
  for (const { issue, option } of changes) out[d.c.issueIds[issue]!] = d.c.optionIds[issue]![option]!
  return out
}

/**
 * Sum of a gain vector.
 * @example
 * total([1, -0.5, 2]) // => 2.5
 * @category simulate
 */
export const total = (gains: ArrayLike<number>): number => {
  let sum = 0
  for (let p = 0; p < gains.length; p++) sum += gains[p]!
  return sum
}
