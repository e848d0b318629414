import { castDraft } from 'immer'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream } from '../internal/random.js'
import { densePicture } from './densePicture.js'
import type { Recorder } from './History.js'
import { toDenseChanges, votingRules } from './mediatorView.js'
import { truthNow } from './pictures.js'
import { councilsDecide } from './ratify.js'
import type { SimulationConfig } from './SimulationConfig.js'
import { trustChanges } from './trust.js'
import { voteOnChanges, yesVoters } from './voteOnChanges.js'
import { own } from '../internal/recordFrom.js'

/**
 * Puts one proposal to the table and, when adopted, to the councils. Two recorded steps:
 *
 * 1. the vote: each executive votes by its party's true interests and mandate (see
 *    `voteOnChanges`); with `learnFromRejections`, every executive that says no explains why,
 *    so the mediator learns its true valuation of the issues in the proposal;
 * 2. the ratification: the councils of the yes-voters decide (see `ratify`). If every one
 *    ratifies, the deal is in force: its issues are agreed and the trust of those councils
 *    rises. If one blocks, the deal fails, their trust falls, and its issues cool off: they
 *    cannot be tabled for `ratification.coolingOff` meetings.
 *
 * With a basiscoalitie, the package goes to its members first: when a member among the voters
 * would reject it, it is sent back instead of tabled (see `sentBackByCore`).
 *
 * A proposal that touches an issue no longer open (an earlier deal at the same meeting
 * decided it) is voided.
 * @example
 * takeProposal(scenario, config, recorder, 0, { road: 'via-b', housing: 'west' }) // recorder.state.agreements.length === 1
 * @category simulate
 */
export const takeProposal = (
  scenario: Scenario,
  config: SimulationConfig,
  recorder: Recorder,
  id: number,
  changes: Readonly<Record<IssueId, OptionId>>,
): void => {
  const state = recorder.state
  const round = state.round
  const truth = densePicture(truthNow(scenario, config, state))
  const dense = toDenseChanges(truth, changes, state)
  if ('reason' in dense) {
    recorder.step(`proposal ${id} voided`, (draft) => {
      draft.events.push({ _tag: 'ProposalVoided', round, proposal: id, reason: dense.reason })
    })
    return
  }
  const decision = voteOnChanges(truth, dense.changes, votingRules(config))
  const issues = dense.changes.map((ch) => truth.c.issueIds[ch.issue]!)
  const full = config.information.transparency._tag === 'full'
  if (sentBackByCore(config, recorder, id, decision, issues, full)) return
  const learn = config.information.learnFromRejections && !full
  recorder.step(`vote on proposal ${id}`, (draft) => {
    draft.events.push(
      castDraft({
        _tag: 'Voted',
        round,
        proposal: id,
        votes: decision.votes,
        adopted: decision.adopted,
        yesShare: decision.yesShare,
        outvoted: decision.outvoted,
      }),
    )
    if (!learn) return
    for (const vote of decision.votes) {
      if (vote.accepts) continue
      const known = own(draft.information.revealed, vote.party) ?? []
      const fresh = issues.filter((i) => !known.includes(i))
      if (fresh.length === 0) continue
      draft.information.revealed[vote.party] = [...known, ...fresh]
      draft.events.push({ _tag: 'InformationRevealed', round, party: vote.party, issues: fresh })
    }
  })
  if (!decision.adopted) return

  const yes = yesVoters(decision)
  const random = new RandomStream(recorder.state.rng)
  const councils = councilsDecide(truth, dense.changes, decision.gains, yes, recorder.state.trust, config, random)
  const ratified = councils.every((c) => c.ratifies)
  const trust = trustChanges(config.trustDynamics, recorder.state.trust, yes, ratified ? 'kept' : 'failed')
  recorder.step(`councils decide on proposal ${id}`, (draft) => {
    draft.rng = random.rng
    draft.events.push(castDraft({ _tag: 'CouncilsDecided', round, proposal: id, councils, ratified }))
    for (const t of trust) draft.trust[t.party] = t.after
    draft.events.push(castDraft({ _tag: 'TrustChanged', round, cause: ratified ? 'kept' : 'failed', changes: trust }))
    if (!ratified) {
      for (const issue of issues) draft.coolingOff[issue] = round + 1 + config.ratification.coolingOff
      return
    }
    const gains: Record<PartyId, number> = {}
    truth.c.partyIds.forEach((party, p) => (gains[party] = decision.gains[p]!))
    const applied: Record<IssueId, OptionId> = {}
    for (const { issue, option } of dense.changes)
      applied[truth.c.issueIds[issue]!] = truth.c.optionIds[issue]![option]!
    draft.agreements.push(
      castDraft({
        proposal: id,
        round,
        changes: applied,
        baseline: state.choices,
        voters: decision.votes.map((v) => v.party),
        outvoted: decision.outvoted,
        gains,
      }),
    )
    for (const [issue, option] of Object.entries(applied) as [IssueId, OptionId][]) {
      draft.choices[issue] = option
      draft.issues[issue] = 'agreed'
    }
  })
}

/**
 * The basiscoalitie prepares the package before the wider table: the members among its voters
 * vote on it first, by the same rule as at the table (true interests and mandates). When one
 * would reject it, it is not tabled (`ProposalVoided`, naming them) and each of them says why
 * in the coalition: the mediator learns its true valuation of the package's issues, whether or
 * not rejections at the table are explained. Returns whether the package was sent back.
 */
const sentBackByCore = (
  config: SimulationConfig,
  recorder: Recorder,
  id: number,
  decision: ReturnType<typeof voteOnChanges>,
  issues: readonly IssueId[],
  full: boolean,
): boolean => {
  if (config.basiscoalitie === null) return false
  const members = new Set(config.basiscoalitie.members)
  const against = decision.votes.filter((v) => members.has(v.party) && !v.accepts).map((v) => v.party)
  if (against.length === 0) return false
  const round = recorder.state.round
  recorder.step(`proposal ${id} sent back by the basiscoalitie`, (draft) => {
    draft.events.push({
      _tag: 'ProposalVoided',
      round,
      proposal: id,
      reason: `sent back by the basiscoalitie: ${against.join(', ')} would reject it`,
    })
    if (full) return
    for (const party of against) {
      const known = own(draft.information.revealed, party) ?? []
      const fresh = issues.filter((i) => !known.includes(i))
      if (fresh.length === 0) continue
      draft.information.revealed[party] = [...known, ...fresh]
      draft.events.push({ _tag: 'InformationRevealed', round, party, issues: fresh })
    }
  })
  return true
}
