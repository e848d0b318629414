import { castDraft } from 'immer'
import type { IssueId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream } from '../internal/random.js'
import type { Recorder } from './History.js'
import type { Mediator, ProposalDraft } from './Mediator.js'
import { mediatorView } from './mediatorView.js'
import { openMeeting } from './openMeeting.js'
import { prepareAlternatives } from './civilServants.js'
import { reopenAgreements } from './reopenAgreements.js'
import type { AgendaItem, SimulationConfig } from './SimulationConfig.js'
import { takeProposal } from './takeProposal.js'

/**
 * Plays one meeting of the basiscoalitie, as recorded steps:
 *
 * 1. the meeting opens (elections, deadlines, arrivals; see `openMeeting`); civil servants with
 *    freedom prepare alternatives and share facts (see `prepareAlternatives`);
 * 2. the mediator looks at the open issues and deadlocks by its own picture and proposes;
 * 3. each proposal in turn goes to the table and, if adopted, to the councils (see
 *    `takeProposal`); proposals on different issues run side by side, each among the parties
 *    it touches (changing coalitions);
 * 4. the meeting closes: the run is finished after the last meeting or when every issue is
 *    agreed or lapsed.
 *
 * A `signal` goes to the mediator's searches (`MediatorView.signal`); once it fires, the
 * meeting's steps are no longer those its seed decides, and `simulate` rolls the meeting back.
 * @example
 * playRound(scenario, config, agenda, mediatorFor(config.mediator), recorder) // recorder.state.round === 1
 * @category simulate
 */
export const playRound = (
  scenario: Scenario,
  config: SimulationConfig,
  agenda: Readonly<Record<IssueId, AgendaItem>>,
  mediator: Mediator,
  recorder: Recorder,
  signal?: AbortSignal,
): void => {
  const before = recorder.state.events.length
  openMeeting(scenario, config, agenda, recorder)
  if (config.elections?.reopen === true && recorder.state.events.slice(before).some((e) => e._tag === 'ElectionHeld'))
    reopenAgreements(scenario, config, recorder)
  prepareAlternatives(scenario, config, recorder)
  const state = recorder.state
  const round = state.round
  const random = new RandomStream(state.rng)
  const view = mediatorView(scenario, config, state, agenda, random, signal)
  const move = view.open.length === 0 ? { proposals: [] as readonly ProposalDraft[] } : mediator(view)
  const first = state.proposals
  recorder.step(`mediator proposes at meeting ${round}`, (draft) => {
    draft.rng = random.rng
    draft.events.push(castDraft({ _tag: 'MeetingHeld', round, open: view.open, deadlocks: view.deadlocks }))
    move.proposals.forEach((p, k) => {
      draft.events.push(
        castDraft({
          _tag: 'Proposed',
          round,
          proposal: first + k,
          by: p.by ?? 'mediator',
          changes: p.changes,
          note: p.note ?? '',
        }),
      )
    })
    draft.proposals = first + move.proposals.length
    if (move.memory !== undefined) draft.memory = castDraft(move.memory)
  })
  move.proposals.forEach((p, k) => takeProposal(scenario, config, recorder, first + k, p.changes))
  const settled = Object.values(recorder.state.issues).every((s) => s === 'agreed' || s === 'lapsed')
  recorder.step(`meeting ${round} closes`, (draft) => {
    draft.round = round + 1
    draft.finished = round + 1 >= config.rounds || settled
  })
}
