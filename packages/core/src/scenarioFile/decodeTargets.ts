/**
 * Regional targets from their file form. A target must name quantity issues that exist, each
 * once, and give `atLeast`, `atMost` or both, with `atLeast ≤ atMost`. A target no deal can
 * reach is not a file problem: it is a deadlock, which the searches certify.
 */
import type { IssueId } from '../model/Issue.js'
import type { Target, TargetId, TargetTerm } from '../model/Target.js'
import type { DecodeContext } from './DecodeContext.js'
import { quote, type ProblemPath } from './Problem.js'
import type { TargetFile } from './ScenarioFile.js'

/** Decodes one target; undefined when it has a problem (reported on ctx). */
export const decodeTarget = (
  ctx: DecodeContext,
  file: TargetFile,
  path: ProblemPath,
  seenIds: Set<string>,
): Target | undefined => {
  const before = ctx.problems.length
  if (seenIds.has(file.id))
    ctx.report(
      'duplicateId',
      [...path, 'id'],
      `another target already has the id ${quote(file.id)}; ids must be unique, so rename one.`,
    )
  seenIds.add(file.id)
  const terms: TargetTerm[] = []
  const seenIssues = new Set<string>()
  file.sum.forEach((term, k) => {
    const ref = typeof term === 'string' ? term : term.issue
    const at: ProblemPath = typeof term === 'string' ? [...path, 'sum', k] : [...path, 'sum', k, 'issue']
    if (seenIssues.has(ref))
      ctx.report(
        'duplicateId',
        at,
        `${quote(ref)} is listed twice in this target's sum; list each issue once (use weight to count it more).`,
      )
    seenIssues.add(ref)
    const issue = ctx.issue(ref, at)
    if (issue === undefined) return
    if (!issue.quantities) {
      ctx.report(
        'notAQuantityIssue',
        at,
        `${quote(ref)} is not a quantity issue, so it has no quantities to add up; add "kind: quantity" to it or leave it out of the target.`,
      )
      return
    }
    terms.push({ issue: issue.id as IssueId, weight: typeof term === 'string' ? 1 : (term.weight ?? 1) })
  })
  if (file.atLeast === undefined && file.atMost === undefined)
    ctx.report('missingField', path, 'a target needs a bound: give atLeast, atMost or both.')
  if (file.atLeast !== undefined && file.atMost !== undefined && file.atLeast > file.atMost) {
    ctx.report(
      'outOfRange',
      [...path, 'atMost'],
      `atMost (${file.atMost}) is below atLeast (${file.atLeast}), so no deal could meet the target; swap or correct them.`,
    )
  }
  if (ctx.problems.length > before) return undefined
  return {
    id: file.id as TargetId,
    name: file.name ?? file.id,
    terms,
    ...(file.atLeast === undefined ? {} : { atLeast: file.atLeast }),
    ...(file.atMost === undefined ? {} : { atMost: file.atMost }),
  }
}
