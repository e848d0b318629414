/**
 * A party's mandate (the council's kaders) from its file form. Besides checking every issue,
 * option and domain it names, this catches a mandate that contradicts itself: red lines and
 * allowed options that together rule out every option of an issue, the status quo included.
 * Such a council has said "none of these", which no deal and no deadlock can honour.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Mandate } from '../model/Mandate.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { OptionRef } from '../model/Valuation.js'
import type { DecodeContext, KnownIssue } from './DecodeContext.js'
import { quote, type ProblemPath } from './Problem.js'
import { recordFrom } from '../internal/recordFrom.js'
import type { PartyFile } from './ScenarioFile.js'

type MandateFile = NonNullable<PartyFile['mandate']>

/** Decodes a mandate; undefined when any reference in it does not resolve. */
export const decodeMandate = (ctx: DecodeContext, file: MandateFile, path: ProblemPath): Mandate | undefined => {
  const before = ctx.problems.length
  const redLines = (file.redLines ?? []).map((ref, k) => ctx.optionRef(ref, [...path, 'redLines', k]))
  const allowed: [IssueId, OptionId[]][] = []
  const allowedIssues: KnownIssue[] = []
  for (const [key, options] of Object.entries(file.allowedOptions ?? {})) {
    const issue = ctx.issue(key, [...path, 'allowedOptions', key])
    if (issue === undefined) continue
    const ids = options.map((o, k) => ctx.option(issue, o, [...path, 'allowedOptions', key, k]))
    allowed.push([issue.id, ids as OptionId[]])
    allowedIssues.push(issue)
  }
  const minDomainGain: [DomainId, number][] = []
  for (const [key, minimum] of Object.entries(file.minDomainGain ?? {})) {
    const domain = ctx.resolve(ctx.domains, 'unknownDomain', 'policy domain', 'domains listed under domains', key, [
      ...path,
      'minDomainGain',
      key,
    ])
    if (domain !== undefined && domain !== 'unchecked') minDomainGain.push([domain, minimum])
  }
  // An unreadable issue leaves references into it unresolved without a new problem.
  const unresolved =
    redLines.includes(undefined) || allowed.some(([, ids]) => ids.includes(undefined as unknown as OptionId))
  if (ctx.problems.length > before || unresolved) return undefined

  const mandate: Mandate = {
    redLines: redLines as OptionRef[],
    allowedOptions: recordFrom(allowed),
    minDomainGain: recordFrom(minDomainGain),
    ...(file.minGain === undefined ? {} : { minGain: file.minGain }),
    ...(file.maxPayment === undefined ? {} : { maxPayment: file.maxPayment }),
  }
  // Sets keep this linear in the mandate's size, however many options an issue has.
  const redLinesByIssue = new Map<IssueId, Set<OptionId>>()
  for (const ref of mandate.redLines)
    redLinesByIssue.set(ref.issue, (redLinesByIssue.get(ref.issue) ?? new Set()).add(ref.option))
  const named = new Map<IssueId, KnownIssue>()
  for (const issue of allowedIssues) named.set(issue.id, issue)
  for (const id of redLinesByIssue.keys()) named.set(id, ctx.issues.byId.get(id)!)
  for (const issue of named.values()) {
    if (issue.options === undefined) continue
    const redLines = redLinesByIssue.get(issue.id)
    const listed = mandate.allowedOptions[issue.id]
    const only = listed === undefined ? undefined : new Set(listed)
    const ruledOut = (id: OptionId) => redLines?.has(id) === true || (only !== undefined && !only.has(id))
    if (issue.options.every((o) => ruledOut(o.id))) {
      const where = only === undefined ? [...path, 'redLines'] : [...path, 'allowedOptions', issue.id]
      ctx.report(
        'contradictoryMandate',
        where,
        `the mandate rules out every option of ${quote(issue.id)}, the status quo included; drop a red line or allow at least one option.`,
      )
    }
  }
  return ctx.problems.length > before ? undefined : mandate
}
