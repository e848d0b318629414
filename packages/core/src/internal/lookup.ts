import type { Issue, IssueId } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'

/** Id → object maps for a scenario, built once per scenario object and cached. */
export interface Lookup {
  readonly party: ReadonlyMap<PartyId, Party>
  readonly issue: ReadonlyMap<IssueId, Issue>
}

const cache = new WeakMap<Scenario, Lookup>()

export const lookup = (scenario: Scenario): Lookup => {
  let found = cache.get(scenario)
  if (found === undefined) {
    found = {
      party: new Map(scenario.parties.map((p) => [p.id, p])),
      issue: new Map(scenario.issues.map((i) => [i.id, i])),
    }
    cache.set(scenario, found)
  }
  return found
}
