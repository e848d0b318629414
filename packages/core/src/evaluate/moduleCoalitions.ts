/**
 * A module's options and values, built from its terms: one option per coalition the module
 * allows (and per host, when it has a host choice), and each party's value of each. The
 * decoder builds a module issue with these, so every search, check and report sees an
 * ordinary issue whose options say who takes part (`IssueOption.members`).
 */
import type { IssueOption, OptionId } from '../model/Issue.js'
import type { Module } from '../model/Module.js'
import type { PartyId } from '../model/ids.js'

/** The id of the option where nobody joins (the module does not run). @category evaluate */
export const noMembersOption = 'none' as OptionId

/** The most eligible members one module may have: 2^8 coalitions, up to 1,025 options with hosts. @category evaluate */
export const maxModuleMembers = 8

/**
 * The options of a module: first `none` (nobody joins), then every coalition of at least
 * `minMembers` and at most `maxMembers` eligible parties, ordered by the module's member
 * order as a binary count. A coalition's id is its members' ids joined by `+`
 * (`tiel+buren`); with a host choice there is one option per member that may host, with
 * `@host` after it (`tiel+buren@tiel`), and a coalition without such a member is left out.
 *
 * @example
 * moduleOptionsOf({ members: [{ party: 'a', join: 1 }, { party: 'b', join: 1 }], fixedCost: 1, affected: {}, minMembers: 1 }).map((o) => o.id)
 * // => ['none', 'a', 'b', 'a+b']
 * @category evaluate
 */
export const moduleOptionsOf = (
  module: Module,
  nameOf: (party: PartyId) => string = (party) => party,
): readonly IssueOption[] => {
  const n = module.members.length
  const most = module.maxMembers ?? n
  const options: IssueOption[] = [{ id: noMembersOption, label: 'nobody joins', members: [] }]
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = module.members.filter((_, k) => (mask & (1 << k)) !== 0).map((m) => m.party)
    if (members.length < module.minMembers || members.length > most) continue
    const id = members.join('+')
    const names = members.map(nameOf).join(', ')
    if (module.hosts === undefined) {
      options.push({ id: id as OptionId, label: names, members })
      continue
    }
    for (const host of members) {
      if (!module.hosts.includes(host)) continue
      options.push({ id: `${id}@${host}` as OptionId, label: `${names}; host ${nameOf(host)}`, members, host })
    }
  }
  return options
}

/**
 * A party's value of one option of a module: as a member `join − fixedCost / members`, plus
 * `host` when it hosts; outside a running module its `affected` value; 0 when nobody joins.
 * @example
 * const module = { members: [{ party: 'a', join: 1 }, { party: 'b', join: 1 }], fixedCost: 1, affected: {}, minMembers: 1 }
 * moduleValueOf(module, { id: 'a+b', label: 'a, b', members: ['a', 'b'] }, 'a') // => 0.5
 * @category evaluate
 */
export const moduleValueOf = (module: Module, option: IssueOption, party: PartyId): number => {
  const members = option.members ?? []
  if (members.length === 0) return 0
  if (!members.includes(party)) return module.affected[party] ?? 0
  const terms = module.members.find((m) => m.party === party)!
  return terms.join - module.fixedCost / members.length + (option.host === party ? (terms.host ?? 0) : 0)
}

/**
 * The parties a module means something to: its eligible members, then the affected parties.
 * @example
 * moduleParties({ members: [{ party: 'a', join: 1 }], fixedCost: 1, affected: { p: -0.1 }, minMembers: 1 }) // => ['a', 'p']
 * @category evaluate
 */
export const moduleParties = (module: Module): readonly PartyId[] => [
  ...module.members.map((m) => m.party),
  ...(Object.keys(module.affected) as PartyId[]).filter((p) => !module.members.some((m) => m.party === p)),
]

/**
 * Every party's values of a module issue's options, by option id (stake 1): what the decoder
 * puts in the parties' valuations.
 * @example
 * const module = { members: [{ party: 'a', join: 1 }, { party: 'b', join: 1 }], fixedCost: 1, affected: {}, minMembers: 2 }
 * moduleValuesOf(module, moduleOptionsOf(module)).get('a') // => { none: 0, 'a+b': 0.5 }
 * @category evaluate
 */
export const moduleValuesOf = (
  module: Module,
  options: readonly IssueOption[],
): ReadonlyMap<PartyId, Readonly<Record<OptionId, number>>> =>
  new Map(
    moduleParties(module).map((party) => [
      party,
      Object.fromEntries(options.map((o) => [o.id, moduleValueOf(module, o, party)])) as Record<OptionId, number>,
    ]),
  )
