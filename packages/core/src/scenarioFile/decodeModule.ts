/**
 * A module issue from its file form: its `module:` section checked (eligible members that
 * exist, once each; hosts among them; member counts that leave a coalition) and its options
 * built, one per coalition (see `moduleOptionsOf`). A module has at most `maxModuleMembers`
 * eligible members: it becomes one issue with an option per coalition (and host), up to n × 2^(n−1) + 1 of them.
 */
import type { IssueOption } from '../model/Issue.js'
import type { Module, ModuleMember } from '../model/Module.js'
import type { PartyId } from '../model/Party.js'
import { maxModuleMembers, moduleOptionsOf, noMembersOption } from '../evaluate/moduleCoalitions.js'
import type { DecodeContext } from './DecodeContext.js'
import { quote, type ProblemPath } from './Problem.js'
import type { IssueFile } from './ScenarioFile.js'

/** A decoded module and the options built from it. */
export interface DecodedModule {
  readonly module: Module
  readonly options: readonly IssueOption[]
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 1

/**
 * Checks a module issue's `kind`, `module`, `options` and `range` against each other and reads
 * the module; undefined when the issue is no module (nothing reported) or when it has problems
 * (reported). `ok` is false in the second case.
 */
export const decodeModule = (
  ctx: DecodeContext,
  file: IssueFile,
  path: ProblemPath,
): { readonly ok: boolean; readonly decoded?: DecodedModule } => {
  const raw = file.module
  const before = ctx.problems.length
  if (file.kind !== 'module') {
    if (raw === undefined) return { ok: true }
    ctx.report(
      'conflictingFields',
      [...path, 'module'],
      'only module issues have a module section; add "kind: module" to the issue or remove its module.',
    )
    return { ok: false }
  }
  if (raw === undefined) {
    ctx.report(
      'missingField',
      [...path, 'module'],
      'a module issue needs a module section: fixedCost and the members who may join.',
    )
    return { ok: false }
  }
  for (const key of ['options', 'range'] as const)
    if (file[key] !== undefined)
      ctx.report(
        'conflictingFields',
        [...path, key],
        `a module's options are its coalitions, built from its module section; remove ${key}.`,
      )
  const at = [...path, 'module']
  if (raw.members.length > maxModuleMembers) {
    ctx.report(
      'tooMany',
      [...at, 'members'],
      `the module ${quote(file.id)} has ${raw.members.length} eligible members, more than the limit of ${maxModuleMembers}: it becomes one issue with an option per coalition (${2 ** raw.members.length} here). Split it into smaller modules, or leave out parties whose choice is known.`,
    )
    return { ok: false }
  }
  const members: ModuleMember[] = []
  const seen = new Set<string>()
  raw.members.forEach((m, k) => {
    const where = [...at, 'members', k, 'party']
    const party = ctx.resolve(ctx.parties, 'unknownParty', 'party', 'parties listed under parties', m.party, where)
    if (seen.has(m.party))
      ctx.report('duplicateId', where, `${quote(m.party)} is listed twice as a member; list each party once.`)
    else if (m.party.includes('+') || m.party.includes('@') || m.party === noMembersOption)
      ctx.report(
        'invalidValue',
        where,
        `a module member's id may not contain "+" or "@" or be "${noMembersOption}" (they build the coalitions' option ids); rename the party.`,
      )
    seen.add(m.party)
    if (party !== undefined && party !== 'unchecked')
      members.push({ party, join: m.join, ...(m.host === undefined ? {} : { host: m.host }) })
  })
  const affected: Record<string, number> = {}
  for (const [ref, value] of Object.entries(raw.affected ?? {})) {
    const party = ctx.resolve(ctx.parties, 'unknownParty', 'party', 'parties listed under parties', ref, [
      ...at,
      'affected',
      ref,
    ])
    if (party !== undefined && party !== 'unchecked') affected[party] = value
  }
  const hosts = raw.hosts?.map((ref, k) => {
    if (!seen.has(ref))
      ctx.report(
        'invalidValue',
        [...at, 'hosts', k],
        `${quote(ref)} is not a member of the module ${quote(file.id)}; a host must be one of its members.`,
      )
    return ref as PartyId
  })
  const minMembers = raw.minMembers ?? Math.min(2, Math.max(1, raw.members.length))
  if (!isCount(minMembers) || minMembers > raw.members.length)
    ctx.report(
      'outOfRange',
      [...at, 'minMembers'],
      `minMembers must be a whole number from 1 to the ${raw.members.length} members; found ${minMembers}.`,
    )
  if (raw.maxMembers !== undefined && (!isCount(raw.maxMembers) || raw.maxMembers < minMembers))
    ctx.report(
      'outOfRange',
      [...at, 'maxMembers'],
      `maxMembers must be a whole number of at least minMembers (${minMembers}); found ${raw.maxMembers}.`,
    )
  if (ctx.problems.length > before) return { ok: false }
  const module: Module = {
    members,
    fixedCost: raw.fixedCost,
    affected,
    ...(hosts === undefined ? {} : { hosts }),
    minMembers,
    ...(raw.maxMembers === undefined ? {} : { maxMembers: raw.maxMembers }),
  }
  const options = moduleOptionsOf(module)
  if (options.length === 1) {
    ctx.report(
      'noOptions',
      at,
      `the module ${quote(file.id)} allows no coalition (check minMembers, maxMembers and hosts).`,
    )
    return { ok: false }
  }
  return { ok: true, decoded: { module, options } }
}
