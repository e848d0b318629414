/**
 * The two pictures of a negotiation in a given state: the truth (valuations after any
 * election, mandates narrowed by the mandate width) and the mediator's picture (the truth
 * seen through the information model). Both take the agreements in force as their status
 * quo, so gains are measured from where the region stands now.
 *
 * Laws: the pictures are pure functions of (scenario, config, state); with full transparency
 * the mediator's picture has the true valuations; an issue a party revealed is seen truly.
 * Results are cached per input object, and immer keeps unchanged parts of the state
 * identical, so a meeting where nothing changed reuses the previous pictures.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Party, PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { Valuation } from '../model/Valuation.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import type { InformationState, NegotiationState } from './NegotiationState.js'
import type { SimulationConfig, Transparency } from './SimulationConfig.js'
import { withMandateWidth } from './withMandateWidth.js'
import { registerCache } from './simulationCaches.js'
import { emptyRecord, own } from '../internal/recordFrom.js'

const memo = <K extends object, V>() => new WeakMap<K, V>()
const trueCache = memo<Scenario, WeakMap<object, Scenario>>()
const revisedCache = memo<Scenario, WeakMap<object, Scenario>>()
const believedCache = memo<Scenario, WeakMap<InformationState, Scenario>>()
const atCache = memo<Scenario, WeakMap<object, Scenario>>()
let atContent = memo<Scenario, Map<string, Scenario>>()
registerCache(() => (atContent = memo()))
/** Pictures kept per scenario by the content of their status quo before starting afresh (invented; a picture is small, its compiled form a few kB). */
const AT_CONTENT_SIZE = 2048
const emptyProgramme = Object.freeze({})

/**
 * The same scenario with another status quo (the agreements in force).
 * @example
 * scenarioAt(scenario, { road: 'via-b', housing: 'west' }).statusQuo.choices.road // => 'via-b'
 * @category simulate
 */
export const scenarioAt = (scenario: Scenario, choices: Readonly<Record<IssueId, OptionId>>): Scenario => {
  let byChoices = atCache.get(scenario)
  if (byChoices === undefined) atCache.set(scenario, (byChoices = new WeakMap()))
  let found = byChoices.get(choices)
  if (found === undefined) {
    // Equal choices give the same object, across runs too, so everything cached per picture
    // (its compiled form, its deadlocks, its searches) is shared by runs that reach it.
    let byContent = atContent.get(scenario)
    if (byContent === undefined) atContent.set(scenario, (byContent = new Map()))
    const key = Object.entries(choices).flat().join('\u0000')
    found = byContent.get(key)
    if (found === undefined) {
      if (byContent.size >= AT_CONTENT_SIZE) byContent.clear()
      byContent.set(key, (found = { ...scenario, statusQuo: { choices, payments: [] } }))
    }
    byChoices.set(choices, found)
  }
  return found
}

/**
 * The true valuations and kaders in a state, from the scenario's own status quo.
 * @example
 * trueScenario(scenario, simulationConfig(), initialState(scenario, simulationConfig(), 1)) === scenario // => true
 * @category simulate
 */
export const trueScenario = (scenario: Scenario, config: SimulationConfig, state: NegotiationState): Scenario => {
  const base = withMandateWidth(scenario, config.mandateWidth)
  const programme = Object.keys(state.programme).length === 0 ? emptyProgramme : state.programme
  if (programme === emptyProgramme) return base
  // Revised kaders: the new councils derive the width's red lines from their new interests,
  // so the stakes shift first and the width applies after (cached under the raw scenario).
  const revise = config.elections?.reviseKaders === true
  const key = revise ? scenario : base
  let byProgramme = (revise ? revisedCache : trueCache).get(key)
  if (byProgramme === undefined) (revise ? revisedCache : trueCache).set(key, (byProgramme = new WeakMap()))
  let found = byProgramme.get(programme)
  if (found === undefined) {
    const shifted = { ...key, parties: key.parties.map((p) => shiftStakes(p, own(state.programme, p.id) ?? {})) }
    found = revise ? withMandateWidth(shifted, config.mandateWidth) : shifted
    byProgramme.set(programme, found)
  }
  return found
}

/**
 * The mediator's picture of the valuations, from the scenario's own status quo.
 * @example
 * // With full transparency (the default) the mediator's picture is the truth.
 * believedScenario(scenario, simulationConfig(), state) === trueScenario(scenario, simulationConfig(), state) // => true
 * @category simulate
 */
export const believedScenario = (scenario: Scenario, config: SimulationConfig, state: NegotiationState): Scenario => {
  const truth = trueScenario(scenario, config, state)
  const transparency = config.information.transparency
  if (transparency._tag === 'full') return truth
  let byInfo = believedCache.get(truth)
  if (byInfo === undefined) believedCache.set(truth, (byInfo = new WeakMap()))
  let found = byInfo.get(state.information)
  if (found === undefined) byInfo.set(state.information, (found = distort(truth, transparency, state.information)))
  return found
}

/**
 * The true picture with the agreements in force as status quo.
 * @example
 * truthNow(scenario, config, state).statusQuo.choices // => state.choices
 * @category simulate
 */
export const truthNow = (scenario: Scenario, config: SimulationConfig, state: NegotiationState): Scenario =>
  scenarioAt(trueScenario(scenario, config, state), state.choices)

/**
 * The mediator's picture with the agreements in force as status quo.
 * @example
 * pictureNow(scenario, config, state).statusQuo.choices // => state.choices
 * @category simulate
 */
export const pictureNow = (scenario: Scenario, config: SimulationConfig, state: NegotiationState): Scenario =>
  scenarioAt(believedScenario(scenario, config, state), state.choices)

const shiftStakes = (party: Party, factors: Readonly<Partial<Record<IssueId, number>>>): Party => {
  const valuations = emptyRecord<IssueId, Valuation | undefined>()
  for (const [issue, v] of Object.entries(party.valuations) as [IssueId, Valuation][])
    valuations[issue] = { ...v, stake: v.stake * (own(factors, issue) ?? 1) }
  return { ...party, valuations }
}

const distort = (truth: Scenario, transparency: Transparency, info: InformationState): Scenario => {
  // One normal draw per (party, issue, option) in scenario order, whether used or not, so a
  // party's errors do not depend on which other parties value which issues.
  const random = new RandomStream(rngFromSeed(info.noiseSeed))
  const strategic = new Set<PartyId>(info.strategic)
  const parties = truth.parties.map((party): Party => {
    const revealed = new Set(own(info.revealed, party.id) ?? [])
    const valuations = emptyRecord<IssueId, Valuation | undefined>()
    for (const issue of truth.issues) {
      const noise = issue.options.map(() => random.normal())
      const v = party.valuations[issue.id]
      if (v === undefined) continue
      if (revealed.has(issue.id)) {
        valuations[issue.id] = v
        continue
      }
      const values = emptyRecord<OptionId, number>()
      const all = issue.options.map((o) => v.values[o.id]!)
      // A loop, not Math.max(...all): spreading 150,000 values overflows the call stack.
      let high = -Infinity
      let low = Infinity
      for (const x of all) {
        high = Math.max(high, x)
        low = Math.min(low, x)
      }
      const spread = high - low
      const base = v.values[truth.statusQuo.choices[issue.id]!]!
      issue.options.forEach((o, k) => {
        const value = v.values[o.id]!
        if (transparency._tag === 'noisy') values[o.id] = value + transparency.sd * spread * noise[k]!
        else if (transparency._tag === 'strategic' && strategic.has(party.id) && value > base)
          values[o.id] = base + (value - base) * (1 + transparency.exaggeration)
        else values[o.id] = value
      })
      valuations[issue.id] = { stake: v.stake, values }
    }
    return { ...party, valuations }
  })
  return { ...truth, parties }
}
