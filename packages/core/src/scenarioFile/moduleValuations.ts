/**
 * The parties' valuations of module issues, filled in from the modules when a scenario is
 * built: a module's values come from its terms (see `moduleValuesOf`), never from a party's
 * own `valuations`, so they cannot drift apart.
 */
import type { Issue, IssueId, OptionId } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import { moduleValuesOf } from '../evaluate/moduleCoalitions.js'

/** Per module issue, each party's values of its coalitions. */
export type ModuleValues = ReadonlyMap<IssueId, ReadonlyMap<PartyId, Readonly<Record<OptionId, number>>>>

/** The values of every module issue among `issues`. */
export const modulesValuesOf = (issues: readonly Pick<Issue, 'id' | 'module' | 'options'>[]): ModuleValues =>
  new Map(
    issues.flatMap((issue) =>
      issue.module === undefined ? [] : [[issue.id, moduleValuesOf(issue.module, issue.options)]],
    ),
  )

/** The party with its valuations of the modules added (stake 1: values are in the module's unit). */
export const withModuleValues = (party: Party, modules: ModuleValues): Party => {
  const added: [IssueId, { stake: number; values: Readonly<Record<OptionId, number>> }][] = []
  for (const [issue, values] of modules) {
    const own = values.get(party.id)
    if (own !== undefined) added.push([issue, { stake: 1, values: own }])
  }
  return added.length === 0 ? party : { ...party, valuations: { ...party.valuations, ...Object.fromEntries(added) } }
}
