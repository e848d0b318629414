/**
 * Regions of the space of change sets, for listing the k best deals with distinct sets of
 * changed issues (Lawler's k-best partitioning). A region fixes, for some issues, whether
 * they change (1) or stay (0); the others are free. The best deal of a region is found by
 * one branch and bound on the region's own problem, in which "changes" is a must-change
 * constraint and "stays" blocks every other option, so the bounds see the region too.
 *
 * Once a region's best deal, with change set S, is listed, the rest of the region (every
 * change set but S) is split into disjoint regions, one per free issue f_t in turn: the
 * issues before f_t fixed as in S, f_t fixed to the opposite. Every change set of the region
 * other than S lies in exactly one part, so a change set already listed is never searched
 * again, and no search enumerates the variants of one (three issues of 10,000 options: the
 * second search no longer walks the 10^12 variants of the first deal's set).
 */
import type { SearchProblem } from './SearchProblem.js'

/** Per issue: −1 free, 0 stays at the status quo, 1 changes. @category search */
export type ChangeSetRegion = Int8Array

/**
 * The problem restricted to a region: issues fixed to change must change, issues fixed to
 * stay keep only their status-quo option.
 * @example
 * regionProblem(problem, Int8Array.of(1, -1)).mustChange // => Uint8Array [1, 0]: road must change
 * @category search
 */
export const regionProblem = (problem: SearchProblem, region: ChangeSetRegion): SearchProblem => {
  const { c } = problem
  const choosable = Uint8Array.from(problem.choosable)
  const mustChange = Uint8Array.from(problem.mustChange)
  for (let i = 0; i < c.issueCount; i++) {
    if (region[i] === 1) mustChange[i] = 1
    if (region[i] === 0)
      for (let o = 0; o < c.optionCount[i]!; o++) if (o !== c.statusQuo[i]) choosable[c.offsets[i]! + o] = 0
  }
  return { ...problem, choosable, mustChange }
}

/** Whether some option of issue i other than its status quo may be chosen. */
const canChange = (problem: SearchProblem, i: number): boolean => {
  const { c } = problem
  for (let o = 0; o < c.optionCount[i]!; o++)
    if (o !== c.statusQuo[i] && problem.choosable[c.offsets[i]! + o] === 1) return true
  return false
}

/**
 * The region minus one change set `changed` (1 where the listed deal changes the issue), as
 * disjoint regions, in `order` (issue indices; the search's own order keeps the first parts
 * large). Parts that no deal can fill (an issue that cannot change fixed to change, one that
 * must change fixed to stay) are left out.
 * @example
 * splitRegion(problem, Int8Array.of(-1, -1), Uint8Array.of(1, 1), [0, 1]) // => [Int8Array [0, -1], Int8Array [1, 0]]
 * @category search
 */
export const splitRegion = (
  problem: SearchProblem,
  region: ChangeSetRegion,
  changed: Uint8Array,
  order: ArrayLike<number>,
): ChangeSetRegion[] => {
  const parts: ChangeSetRegion[] = []
  const prefix = Int8Array.from(region)
  for (let t = 0; t < order.length; t++) {
    const i = order[t]!
    if (region[i] !== -1) continue
    const flip = changed[i] === 1 ? 0 : 1
    const possible = flip === 1 ? canChange(problem, i) : problem.mustChange[i] !== 1
    if (possible) {
      const part = Int8Array.from(prefix)
      part[i] = flip
      parts.push(part)
    }
    prefix[i] = changed[i] === 1 ? 1 : 0
  }
  return parts
}
