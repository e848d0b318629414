import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import type { Scenario } from '../model/Scenario.js'
import type { MediatorSpec } from './Mediator.js'
import { clearSimulationCaches } from './simulationCaches.js'
import { simulate, type SimulateOptions } from './simulate.js'
import { staggeredAgenda } from './agenda.js'

/**
 * The fast path (searches, pictures and deadlock verdicts shared across runs, steps without
 * freezing when no history is recorded) against the old one (every run from empty caches,
 * every search its own, the history recorded): the same seed gives the same history and the
 * same final state, byte for byte, whatever other runs filled the caches first.
 */
const oldPath = (scenario: Scenario, settings: SimulateOptions, seed: number) => {
  clearSimulationCaches()
  const mediator = (settings.mediator ?? { _tag: 'bestPackage', objective: 'sum' }) as MediatorSpec
  const result = simulate(scenario, {
    ...settings,
    ...(mediator._tag === 'bestPackage' ? { mediator: { ...mediator, reuseSearches: false } } : {}),
    seed,
    history: true,
  })
  return {
    history: JSON.stringify(result.history),
    state: JSON.stringify(result.state),
    row: JSON.stringify(result.gains),
  }
}

const fastPath = (
  scenario: Scenario,
  settings: SimulateOptions,
  seed: number,
  others: readonly number[],
  otherSettings: SimulateOptions = settings,
) => {
  // Other runs first, so the caches hold what they found (in a different order each time).
  for (const other of others) simulate(scenario, { ...otherSettings, seed: other, history: false })
  const recorded = simulate(scenario, { ...settings, seed, history: true })
  const unrecorded = simulate(scenario, { ...settings, seed, history: false })
  return {
    history: JSON.stringify(recorded.history),
    state: JSON.stringify(unrecorded.state),
    row: JSON.stringify(unrecorded.gains),
  }
}

const mediatorArb: fc.Arbitrary<MediatorSpec> = fc.constantFrom<MediatorSpec>(
  { _tag: 'bestPackage', objective: 'sum' },
  { _tag: 'bestPackage', objective: 'maxmin' },
  { _tag: 'noPackageDeals' },
  { _tag: 'bilateralExchanges' },
  { _tag: 'singleNegotiatingText' },
)

describe('shared caches: the fast path gives the runs of the old path', () => {
  it('same seed, same history and state, on random scenarios and settings', () =>
    fc.assert(
      fc.property(
        simulationScenarioArb.chain((s) =>
          fc.tuple(
            fc.constant(s),
            settingsArb(s),
            mediatorArb,
            fc.integer({ min: 0, max: 1000 }),
            fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 }),
          ),
        ),
        ([scenario, settings, mediator, seed, others]) => {
          const withMediator = { ...settings, mediator }
          const old = oldPath(scenario, withMediator, seed)
          const fast = fastPath(scenario, withMediator, seed, others)
          expect(fast.history).toBe(old.history)
          expect(fast.state).toBe(old.state)
          expect(fast.row).toBe(old.row)
        },
      ),
      { numRuns: 60 },
    ))

  it('same seed, same history on the benchmark negotiation (10 parties, 30 issues, 40 meetings)', () => {
    const scenario = negotiationScenario({ parties: 10, issues: 30, options: 4, seed: 2025 })
    const settings: SimulateOptions = {
      rounds: 40,
      agenda: staggeredAgenda(scenario, { rounds: 40, seed: 2025 }),
      councils: { involvement: 'during', trust: 0.5, perParty: {} },
      mediator: { _tag: 'bestPackage', objective: 'sum' },
    }
    for (const [seed, others] of [
      [3, [1, 2]],
      [1, [5, 3, 2]],
      [8, [8, 4]],
    ] as const) {
      const old = oldPath(scenario, settings, seed)
      const fast = fastPath(scenario, settings, seed, others)
      expect(fast.history).toBe(old.history)
      expect(fast.state).toBe(old.state)
    }
  })

  it('same seed, same history when runs prepare different alternatives of the same pictures', () => {
    const scenario = negotiationScenario({ parties: 6, issues: 8, options: 4, seed: 7 })
    for (const alternativesPrepared of [0.3, 0.6]) {
      const settings: SimulateOptions = {
        rounds: 8,
        agenda: staggeredAgenda(scenario, { rounds: 8, seed: 3 }),
        information: { transparency: { _tag: 'full' }, alternativesPrepared, learnFromRejections: true },
        civilServants: { freedom: 0.3 },
      }
      for (const [seed, others] of [
        [2, [1, 3, 4, 5]],
        [6, [7, 2, 9]],
      ] as const) {
        const old = oldPath(scenario, settings, seed)
        // The other runs prepare other alternatives of the same pictures, and none during the run.
        const fast = fastPath(scenario, settings, seed, others, { ...settings, civilServants: null })
        expect(fast.history).toBe(old.history)
        expect(fast.state).toBe(old.state)
      }
    }
  })

  it('a run after a cleared cache is the same run again', () => {
    const scenario = negotiationScenario({ parties: 6, issues: 10, options: 3, seed: 4, interactions: true })
    const settings: SimulateOptions = {
      rounds: 12,
      information: { transparency: { _tag: 'noisy', sd: 0.3 }, alternativesPrepared: 0.6, learnFromRejections: true },
    }
    const first = JSON.stringify(simulate(scenario, { ...settings, seed: 11, history: false }).state)
    clearSimulationCaches()
    expect(JSON.stringify(simulate(scenario, { ...settings, seed: 11, history: false }).state)).toBe(first)
  })
})
