import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { RandomStream } from '../internal/random.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { issueAnalysisOf, regionGainOf } from '../analyze/findDeadlocks.js'
import { densePicture, gainsOfChanges, type DenseChange, type DensePicture } from './densePicture.js'
import type { MediatorView } from './Mediator.js'
import type { NegotiationState } from './NegotiationState.js'
import { pictureNow, truthNow } from './pictures.js'
import type { AgendaItem, SimulationConfig } from './SimulationConfig.js'
import { voteOnChanges, type VotingRules } from './voteOnChanges.js'
import { own } from '../internal/recordFrom.js'
import { registerCache } from './simulationCaches.js'
import { indexIn } from '../evaluate/idIndex.js'

/**
 * The rules the table votes by, from a configuration.
 * @example
 * votingRules(simulationConfig()).decisionRule // => { _tag: 'unanimity' }
 * @category simulate
 */
export const votingRules = (config: SimulationConfig): VotingRules => ({
  decisionRule: config.decisionRule,
  goodwill: config.goodwill,
  gainRule: config.dealRules.gainRule,
})

/**
 * Changes by id to changes by index, or the reason they cannot be voted on: an issue that is
 * not open, an option that was not prepared. Entries equal to the option in force are dropped.
 * @example
 * toDenseChanges(dense, { road: 'via-b' }, state) // => { changes: [{ issue: 0, option: 1 }] }
 * toDenseChanges(dense, { road: 'via-c' }, state) // => { reason: 'option via-c of road was not prepared' }
 * @category simulate
 */
export const toDenseChanges = (
  d: DensePicture,
  changes: Readonly<Record<IssueId, OptionId>>,
  state: NegotiationState,
): { readonly changes: readonly DenseChange[] } | { readonly reason: string } => {
  const out: DenseChange[] = []
  const { c } = d
  for (let i = 0; i < c.issueCount; i++) {
    const id = c.issueIds[i]!
    const option = changes[id]
    if (option === undefined || option === state.choices[id]) continue
    if (state.issues[id] !== 'open') return { reason: `issue ${id} is not open` }
    if (isCooling(state, id)) return { reason: `issue ${id} cools off after a blocked deal` }
    if (!(own(state.information.prepared, id) ?? []).includes(option))
      return { reason: `option ${option} of ${id} was not prepared` }
    out.push({ issue: i, option: indexIn(c.optionIds[i]!, option) })
  }
  for (const id of Object.keys(changes))
    if (!c.issueIds.includes(id as IssueId)) return { reason: `unknown issue ${id}` }
  return out.length === 0 ? { reason: 'the proposal changes nothing' } : { changes: out }
}

/**
 * The open issues that are deadlocked by the mediator's picture: a view over
 * `issueAnalysisOf` (the one meaning of deadlock), with the agreements in force as status quo
 * and only the prepared options considered, kept when no prepared option on its own passes
 * the table's vote either (a majority may adopt what unanimity would not). An issue where no
 * prepared option gains the region anything is not a deadlock.
 * @example
 * deadlocksOf(dense, ['road', 'housing'], state, rules, defaultDealRules) // => ['road', 'housing']
 * @category simulate
 */
export const deadlocksOf = (
  d: DensePicture,
  open: readonly IssueId[],
  state: NegotiationState,
  rules: VotingRules,
  dealRules: DealRules,
): readonly IssueId[] => {
  const { c } = d
  return open.filter((id) => {
    const i = indexIn(c.issueIds, id)
    const prepared = new Set<number>()
    for (const option of own(state.information.prepared, id) ?? []) {
      const o = indexIn(c.optionIds[i]!, option)
      if (o >= 0 && o !== c.statusQuo[i]) prepared.add(o)
    }
    // Cheap necessary conditions first (same verdict, less work): a deadlock needs an option
    // the region gains from, and no option the table adopts on its own.
    const tolerance = dealRules.tolerance ?? c.tolerance
    let gains = false
    for (const o of prepared) if (regionGainOf(c, i, o) > tolerance) gains = true
    if (!gains) return false
    for (const o of prepared) if (voteOnChanges(d, [{ issue: i, option: o }], rules).adopted) return false
    return issueAnalysisOf(c, i, dealRules, (o) => prepared.has(o)).status === 'deadlocked'
  })
}

/** Whether an issue of a blocked deal is still cooling off at the current meeting. */
const isCooling = (state: NegotiationState, issue: IssueId): boolean =>
  (own(state.coolingOff, issue) ?? 0) > state.round

/** The changes by index, or none when they cannot be voted on. */
const denseOrNothing = (
  d: DensePicture,
  changes: Readonly<Record<IssueId, OptionId>>,
  state: NegotiationState,
): readonly DenseChange[] => {
  const dense = toDenseChanges(d, changes, state)
  return 'changes' in dense ? dense.changes : []
}

const knownCache = new WeakMap<Scenario, Map<PartyId, Scenario>>()
let deadlockCache = new WeakMap<DensePicture, Map<string, readonly IssueId[]>>()
registerCache(() => (deadlockCache = new WeakMap()))
/** Deadlock verdicts kept per picture before starting afresh (invented; each is a short list). */
const DEADLOCK_CACHE_SIZE = 1024

/**
 * `deadlocksOf`, remembered per picture (pictures are shared by equal content, see
 * `scenarioAt`) and per open issues, prepared options and rules: the verdict is a pure
 * function of those, and runs of a sweep meet the same ones meeting after meeting.
 */
const cachedDeadlocks = (
  d: DensePicture,
  open: readonly IssueId[],
  state: NegotiationState,
  rules: VotingRules,
  dealRules: DealRules,
): readonly IssueId[] => {
  let byKey = deadlockCache.get(d)
  if (byKey === undefined) deadlockCache.set(d, (byKey = new Map()))
  const parts: string[] = [JSON.stringify(rules), String(dealRules.tolerance ?? '')]
  for (const id of open) parts.push(id, (own(state.information.prepared, id) ?? []).join('\u0001'))
  const key = parts.join('\u0000')
  let found = byKey.get(key)
  if (found === undefined) {
    if (byKey.size >= DEADLOCK_CACHE_SIZE) byKey.clear()
    byKey.set(key, (found = deadlocksOf(d, open, state, rules, dealRules)))
  }
  return found
}

/**
 * The view a mediator gets at the current meeting.
 * @example
 * mediatorView(scenario, config, state, agenda, random).open // => ['road', 'housing']
 * @category simulate
 */
export const mediatorView = (
  scenario: Scenario,
  config: SimulationConfig,
  state: NegotiationState,
  agenda: Readonly<Record<IssueId, AgendaItem>>,
  random: RandomStream,
  signal?: AbortSignal,
): MediatorView => {
  const picture = pictureNow(scenario, config, state)
  const dense = densePicture(picture)
  const rules = votingRules(config)
  const open = scenario.issues.filter((i) => state.issues[i.id] === 'open' && !isCooling(state, i.id)).map((i) => i.id)
  const deadlines: Record<IssueId, number> = {}
  for (const issue of scenario.issues) deadlines[issue.id] = agenda[issue.id]!.deadline
  return {
    round: state.round,
    rounds: config.rounds,
    picture,
    open,
    deadlocks: cachedDeadlocks(dense, open, state, rules, config.dealRules),
    prepared: state.information.prepared,
    deadlines,
    config,
    state,
    memory: state.memory,
    random,
    ...(signal === undefined ? {} : { signal }),
    predict: (changes) => {
      return voteOnChanges(dense, denseOrNothing(dense, changes, state), rules)
    },
    consult: (from, to) => {
      const truth = densePicture(truthNow(scenario, config, state))
      const before = gainsOfChanges(truth, denseOrNothing(truth, from, state))
      const after = gainsOfChanges(truth, denseOrNothing(truth, to, state))
      // Each party answers by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
      return Array.from(after, (g, p) => {
        const diff = g - before[p]!
        const tol = truth.c.partyTolerance[p]!
        return diff > tol ? 1 : diff < -tol ? -1 : 0
      })
    },
    knownBy: (party) => {
      let byParty = knownCache.get(picture)
      if (byParty === undefined) knownCache.set(picture, (byParty = new Map()))
      let known = byParty.get(party)
      if (known === undefined) {
        const truth = truthNow(scenario, config, state)
        const own = truth.parties.find((p) => p.id === party)
        known =
          own === undefined ? picture : { ...picture, parties: picture.parties.map((p) => (p.id === party ? own : p)) }
        byParty.set(party, known)
      }
      return known
    },
  }
}
