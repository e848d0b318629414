import type { IssueId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream } from '../internal/random.js'
import type { Recorder } from './History.js'
import type { AgendaItem, SimulationConfig } from './SimulationConfig.js'
import { emptyRecord, own } from '../internal/recordFrom.js'

/**
 * Opens meeting `state.round`: holds municipal elections when one is due, closes the issues
 * whose deadline has come (the status quo holds) and opens the issues that arrive.
 *
 * Elections are held at every multiple of `elections.every` after the start. Each party's new
 * college programme multiplies its stake on every issue it values by `exp(stakeShift × z)`,
 * one standard normal z per (party, issue) in scenario order. Issues already agreed stay
 * agreed: agreements made before an election stay in force.
 * @example
 * openMeeting(scenario, config, agenda, recorder) // recorder.state.issues.road === 'open'
 * @category simulate
 */
export const openMeeting = (
  scenario: Scenario,
  config: SimulationConfig,
  agenda: Readonly<Record<IssueId, AgendaItem>>,
  recorder: Recorder,
): void => {
  const state = recorder.state
  const round = state.round
  const elections = config.elections
  const electionDue = elections !== null && round > 0 && round % elections.every === 0
  // Read the agenda from the plain state; the draft is only written to (reading through
  // immer's proxies for every issue at every meeting would cost more than the meeting).
  const lapse: IssueId[] = []
  const arrive: IssueId[] = []
  for (const issue of scenario.issues) {
    const { arrives, deadline } = agenda[issue.id]!
    const status = state.issues[issue.id]
    if (status === 'open' && round >= deadline) lapse.push(issue.id)
    else if (status === 'waiting' && round >= arrives) (round >= deadline ? lapse : arrive).push(issue.id)
  }
  if (!electionDue && lapse.length === 0 && arrive.length === 0) return
  recorder.step(`meeting ${round} opens`, (draft) => {
    if (electionDue) {
      const random = new RandomStream(draft.rng)
      for (const party of scenario.parties) {
        const factors: Partial<Record<IssueId, number>> = Object.assign(
          emptyRecord<IssueId, number>(),
          own(draft.programme, party.id) ?? {},
        )
        for (const issue of scenario.issues) {
          const z = random.normal()
          if (party.valuations[issue.id] !== undefined)
            factors[issue.id] = (own(factors, issue.id) ?? 1) * Math.exp(elections.stakeShift * z)
        }
        draft.programme[party.id] = factors
      }
      draft.rng = random.rng
      draft.events.push({ _tag: 'ElectionHeld', round })
    }
    // Scenario order for the events, whichever list an issue is in.
    for (const issue of scenario.issues) {
      if (lapse.includes(issue.id)) {
        draft.issues[issue.id] = 'lapsed'
        draft.events.push({ _tag: 'DeadlinePassed', round, issue: issue.id })
      } else if (arrive.includes(issue.id)) {
        draft.issues[issue.id] = 'open'
        draft.events.push({ _tag: 'IssueArrived', round, issue: issue.id })
      }
    }
  })
}
