import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import type { NegotiationState, AgendaStatus } from './NegotiationState.js'
import type { SimulationConfig } from './SimulationConfig.js'

/**
 * The state before the first meeting: every issue waiting, the status quo in force, each
 * council's starting trust, and the information the civil servants prepared: which parties
 * exaggerate, the seed of the mediator's errors and which alternatives are on the table. The
 * random choices are drawn here, in a fixed order, from the run's seed.
 *
 * @example
 * const s = initialState(scenario, simulationConfig(), 42)
 * s.seed // => 42
 * Object.values(s.issues).every((status) => status === 'waiting') // => true
 *
 * @category simulate
 */
export const initialState = (scenario: Scenario, config: SimulationConfig, seed: number): NegotiationState => {
  const random = new RandomStream(rngFromSeed(seed))
  const issues: Record<IssueId, AgendaStatus> = {}
  for (const issue of scenario.issues) issues[issue.id] = 'waiting'
  const trust: Record<PartyId, number> = {}
  for (const party of scenario.parties)
    trust[party.id] = config.councils.perParty[party.id]?.trust ?? config.councils.trust

  // The noise seed is one draw, so the mediator's errors are fixed for the whole run and can
  // be regenerated from state instead of storing one number per party, issue and option.
  const noiseSeed = Math.floor(random.next() * 4294967296)
  const transparency = config.information.transparency
  const strategic: PartyId[] = []
  if (transparency._tag === 'strategic') {
    const order = random.shuffled(scenario.parties.map((p) => p.id))
    const count = Math.round(transparency.share * order.length)
    const chosen = new Set(order.slice(0, count))
    for (const party of scenario.parties) if (chosen.has(party.id)) strategic.push(party.id)
  }
  const prepared: Record<IssueId, OptionId[]> = {}
  for (const issue of scenario.issues) {
    const statusQuo = scenario.statusQuo.choices[issue.id]!
    const alternatives = issue.options.map((o) => o.id).filter((o) => o !== statusQuo)
    const keep =
      config.information.alternativesPrepared >= 1
        ? alternatives.length
        : Math.max(1, Math.round(config.information.alternativesPrepared * alternatives.length))
    const picked = new Set(keep >= alternatives.length ? alternatives : random.shuffled(alternatives).slice(0, keep))
    // Scenario order, so the prepared list does not depend on how the shuffle ordered it.
    prepared[issue.id] = issue.options.map((o) => o.id).filter((o) => o === statusQuo || picked.has(o))
  }
  return {
    seed,
    round: 0,
    finished: false,
    rng: random.rng,
    issues,
    coolingOff: {},
    choices: { ...scenario.statusQuo.choices },
    trust,
    programme: {},
    information: { noiseSeed, strategic, revealed: secretaryKnows(scenario, config, noiseSeed), prepared },
    agreements: [],
    proposals: 0,
    events: [],
    memory: null,
  }
}

/**
 * What the basiscoalitie's secretary knows truly from the start: each member's valuation of
 * each issue it values, with probability `secretary` (one draw per member and issue, from a
 * stream of its own, so the run's other draws do not change and a better secretary knows a
 * superset in the same run).
 */
const secretaryKnows = (
  scenario: Scenario,
  config: SimulationConfig,
  noiseSeed: number,
): Record<PartyId, readonly IssueId[]> => {
  const coalition = config.basiscoalitie
  const known: Record<PartyId, readonly IssueId[]> = {}
  if (coalition === null) return known
  const members = new Set(coalition.members)
  const random = new RandomStream(rngFromSeed((noiseSeed ^ 0x5ec2e7a1) >>> 0))
  for (const party of scenario.parties) {
    const issues: IssueId[] = []
    for (const issue of scenario.issues) {
      const u = random.next()
      if (members.has(party.id) && party.valuations[issue.id] !== undefined && u < coalition.secretary)
        issues.push(issue.id)
    }
    if (issues.length > 0) known[party.id] = issues
  }
  return known
}
