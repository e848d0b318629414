import { castDraft } from 'immer'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import { own } from '../internal/recordFrom.js'
import type { Recorder } from './History.js'
import type { SimulationConfig } from './SimulationConfig.js'

/**
 * The civil servants' work at the start of a meeting (see `CivilServants`): for every open
 * issue, in scenario order, each option not yet prepared is prepared with probability
 * `freedom`, and the issue's facts are shared with probability `freedom` (the mediator learns
 * every stakeholder's true valuation of it; with full transparency it knew them already).
 * The draws come from a stream of their own for this meeting (from the run's noise seed), a
 * fixed number per issue whether used or not, so the run's other draws do not change and, in
 * the same run, more freedom prepares a superset. One recorded step, when anything changed.
 * @example
 * prepareAlternatives(scenario, simulationConfig({ civilServants: { freedom: 1 } }), recorder) // every option of every open issue prepared
 * @category simulate
 */
export const prepareAlternatives = (scenario: Scenario, config: SimulationConfig, recorder: Recorder): void => {
  const freedom = config.civilServants?.freedom ?? 0
  if (freedom === 0) return
  const state = recorder.state
  const round = state.round
  const random = new RandomStream(rngFromSeed((state.information.noiseSeed ^ Math.imul(round + 1, 0x2545f491)) >>> 0))
  const learn = config.information.transparency._tag !== 'full'
  const prepared: [IssueId, OptionId[]][] = []
  const shared: IssueId[] = []
  for (const issue of scenario.issues) {
    const draws = issue.options.map(() => random.next())
    const facts = random.next()
    if (state.issues[issue.id] !== 'open') continue
    const have = own(state.information.prepared, issue.id) ?? []
    const fresh = issue.options.filter((o, k) => !have.includes(o.id) && draws[k]! < freedom).map((o) => o.id)
    if (fresh.length > 0) prepared.push([issue.id, fresh])
    if (learn && facts < freedom) shared.push(issue.id)
  }
  const reveal = scenario.parties.flatMap((party) => {
    const known = own(state.information.revealed, party.id) ?? []
    const fresh = shared.filter((i) => party.valuations[i] !== undefined && !known.includes(i))
    return fresh.length === 0 ? [] : [[party.id, known, fresh] as const]
  })
  if (prepared.length === 0 && reveal.length === 0) return
  recorder.step(`civil servants prepare at meeting ${round}`, (draft) => {
    for (const [id, fresh] of prepared) {
      const issue = scenario.issues.find((i) => i.id === id)!
      const now = new Set([...(own(state.information.prepared, id) ?? []), ...fresh])
      // Scenario order, as the start's preparation lists them.
      draft.information.prepared[id] = issue.options.map((o) => o.id).filter((o) => now.has(o))
      draft.events.push(castDraft({ _tag: 'AlternativesPrepared', round, issue: id, options: fresh }))
    }
    for (const [party, known, fresh] of reveal) {
      draft.information.revealed[party] = [...known, ...fresh]
      draft.events.push(castDraft({ _tag: 'InformationRevealed', round, party, issues: fresh }))
    }
  })
}
