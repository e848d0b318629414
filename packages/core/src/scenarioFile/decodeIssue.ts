/**
 * One issue from its file form: its domain, its options (see `resolveOptions`) and, when the
 * file lists them, its stakeholders. Default stakeholders need the parties, so the scenario
 * decoder fills them in last (see `defaultStakeholders`).
 */
import type { Issue, IssueId } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { DecodeContext, KnownIssue } from './DecodeContext.js'
import { quote, type ProblemPath } from './Problem.js'
import { resolveOptions } from './resolveOptions.js'
import { decodeModule } from './decodeModule.js'
import type { IssueFile } from './ScenarioFile.js'

/** An issue read from a file; `stakeholders` is undefined when the file leaves them to the default. */
export type DecodedIssue = Omit<Issue, 'stakeholders'> & { readonly stakeholders: readonly PartyId[] | undefined }

/** Decodes one issue and fills in its registry entry's options; undefined when unreadable. */
export const decodeIssue = (
  ctx: DecodeContext,
  file: IssueFile,
  known: KnownIssue | undefined,
  path: ProblemPath,
  optionsReadable = true,
): DecodedIssue | undefined => {
  const before = ctx.problems.length
  const domain = ctx.resolve(
    ctx.domains,
    'unknownDomain',
    'policy domain',
    'domains listed under domains',
    file.domain,
    [...path, 'domain'],
  )
  const read = decodeModule(ctx, file, path)
  const options =
    read.decoded?.options ??
    (optionsReadable && read.ok && file.kind !== 'module' ? resolveOptions(ctx, file, path) : undefined)
  // Only the first issue with an id owns its registry entry; a duplicate is already reported.
  if (known !== undefined && options !== undefined) {
    known.options = options
    known.optionIds = new Set(options.map((o) => o.id))
  }
  let stakeholders: PartyId[] | undefined
  if (file.stakeholders !== undefined) {
    const seen = new Set<string>()
    stakeholders = []
    file.stakeholders.forEach((ref, k) => {
      const party = ctx.resolve(ctx.parties, 'unknownParty', 'party', 'parties listed under parties', ref, [
        ...path,
        'stakeholders',
        k,
      ])
      if (seen.has(ref))
        ctx.report(
          'duplicateId',
          [...path, 'stakeholders', k],
          `${quote(ref)} is listed twice as a stakeholder; list each party once.`,
        )
      seen.add(ref)
      if (party !== undefined && party !== 'unchecked') stakeholders!.push(party)
    })
  }
  if (ctx.problems.length > before || options === undefined || domain === undefined || domain === 'unchecked')
    return undefined
  return {
    id: file.id as IssueId,
    name: file.name ?? file.id,
    domain: domain as DomainId,
    kind: file.kind ?? 'choice',
    ...(file.unit === undefined ? {} : { unit: file.unit }),
    options,
    stakeholders,
    ...(read.decoded === undefined ? {} : { module: read.decoded.module }),
  }
}

/**
 * The default stakeholders of every issue: each party with a stake above 0 in it, or whose
 * mandate names it (a red line or allowed options), in the parties' order. Built in one pass
 * over the parties, so it takes time in proportion to the file, not parties × issues.
 */
export const defaultStakeholders = (parties: readonly Party[]): ReadonlyMap<IssueId, readonly PartyId[]> => {
  const byIssue = new Map<IssueId, PartyId[]>()
  for (const party of parties) {
    const named = new Set<IssueId>()
    for (const [issue, valuation] of Object.entries(party.valuations))
      if (valuation !== undefined && valuation.stake > 0) named.add(issue as IssueId)
    for (const ref of party.mandate.redLines) named.add(ref.issue)
    for (const issue of Object.keys(party.mandate.allowedOptions)) named.add(issue as IssueId)
    for (const issue of named) {
      const list = byIssue.get(issue)
      if (list === undefined) byIssue.set(issue, [party.id])
      else list.push(party.id)
    }
  }
  return byIssue
}
