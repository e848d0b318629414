/**
 * After municipal elections, new councils may reopen agreements (the source document: the
 * four-year cycle brings new colleges whose programmes change what a deal is worth). With
 * `elections.reopen` on, right after an election every agreement in force is judged again
 * by the new valuations: when a party that voted on it now loses by keeping it (its gain from
 * the agreement's changes, against their baseline and with every other agreement in force,
 * is below −tolerance), the agreement is reopened: its issues go back to their baseline
 * options and are open again, and the agreement leaves the list of agreements in force
 * (`AgreementReopened`). Agreements are judged in the order they were made, each against the
 * choices left by the reopenings before it.
 *
 * Law (tested): right after an election with reopening, no agreement in force leaves one of
 * its voters worse off by the new valuations.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { gainOf } from '../evaluate/gainOf.js'
import { partyTolerances } from '../evaluate/toleranceFor.js'
import type { Recorder } from './History.js'
import { scenarioAt, trueScenario } from './pictures.js'
import type { SimulationConfig } from './SimulationConfig.js'

/**
 * Reopens the agreements a voter now loses by (module header). Call right after an election.
 * @example
 * reopenAgreements(scenario, config, recorder) // recorder.state.agreements: those still worth keeping
 * @category simulate
 */
export const reopenAgreements = (scenario: Scenario, config: SimulationConfig, recorder: Recorder): void => {
  const state = recorder.state
  if (state.agreements.length === 0) return
  const truth = trueScenario(scenario, config, state)
  // Each voter by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
  const tolerances = partyTolerances(truth)
  const tolOf = new Map(truth.parties.map((party, p) => [party.id, tolerances[p]!]))
  let choices: Record<IssueId, OptionId> = { ...state.choices }
  const reopened: number[] = []
  const losers: PartyId[][] = []
  for (const agreement of state.agreements) {
    const without: Record<IssueId, OptionId> = { ...choices }
    for (const issue of Object.keys(agreement.changes) as IssueId[]) without[issue] = agreement.baseline[issue]!
    const at = scenarioAt(truth, without)
    const losing = agreement.voters.filter((party) => gainOf(at, party, { choices, payments: [] }) < -tolOf.get(party)!)
    if (losing.length === 0) continue
    reopened.push(agreement.proposal)
    losers.push(losing)
    choices = without
  }
  if (reopened.length === 0) return
  recorder.step(`agreements reopened after the election of meeting ${state.round}`, (draft) => {
    reopened.forEach((proposal, k) => {
      const agreement = draft.agreements.find((a) => a.proposal === proposal)!
      for (const issue of Object.keys(agreement.changes) as IssueId[]) {
        draft.choices[issue] = agreement.baseline[issue]!
        draft.issues[issue] = 'open'
      }
      draft.events.push({
        _tag: 'AgreementReopened',
        round: draft.round,
        proposal,
        issues: Object.keys(agreement.changes) as IssueId[],
        by: losers[k]!,
      })
    })
    draft.agreements = draft.agreements.filter((a) => !reopened.includes(a.proposal))
  })
}
