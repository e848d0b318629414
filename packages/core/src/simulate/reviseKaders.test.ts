import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { pool, roadHousingAndPool } from '@mandjes/testkit/simulationFixtures.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { trueScenario } from './pictures.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate } from './simulate.js'
import { withMandateWidth } from './withMandateWidth.js'

/** The mandje, with A losing 3 if the pool closes (so at width 0.5 A may still give up 1 on the road). */
const scenario = (): Scenario => {
  const base = roadHousingAndPool()
  return {
    ...base,
    parties: base.parties.map((p, k) =>
      k === 0
        ? {
            ...p,
            valuations: {
              ...p.valuations,
              [pool]: { stake: 1, values: { keep: 0, close: -3 } as Record<OptionId, number> },
            },
          }
        : p,
    ),
  }
}

describe('elections that revise the kaders', () => {
  it('a new council whose largest loss shrank narrows its executive’s room, and the mandje no longer fits', () => {
    // Housing arrives after the first election (meeting 4), so the mandje is decided under the new kaders.
    const settings = {
      seed: 7,
      rounds: 12,
      mandateWidth: 0.5,
      agenda: [{ issue: 'housing' as IssueId, arrives: 5, deadline: 12 }],
      councils: { involvement: 'front' as const, trust: 1, perParty: {} },
    }
    const kept = simulate(scenario(), { ...settings, elections: { every: 4, stakeShift: 1 } })
    const revised = simulate(scenario(), { ...settings, elections: { every: 4, stakeShift: 1, reviseKaders: true } })
    expect(kept.state.choices).toEqual({ road: 'via-b', housing: 'west', pool: 'keep' })
    expect(revised.state.choices).toEqual({ road: 'none', housing: 'none', pool: 'keep' })
  })

  it(
    'with revision, the kaders in force are the ones the mandate width derives from the valuations after the election',
    () =>
      fc.assert(
        fc.property(
          simulationScenarioArb.chain((s) =>
            fc.tuple(fc.constant(s), settingsArb(s, { elections: false }), fc.integer({ min: 0, max: 1000 })),
          ),
          ([s, settings, seed]) => {
            const withRevision = {
              ...settings,
              mandateWidth: 0.5,
              elections: { every: 1, stakeShift: 1, reviseKaders: true },
            }
            const result = simulate(s, { ...withRevision, seed, history: false })
            const config = simulationConfig(withRevision)
            const truth = trueScenario(s, config, result.state)
            const unwidened = trueScenario(s, { ...config, mandateWidth: 1 }, result.state)
            expect(truth.parties.map((p) => p.mandate)).toEqual(
              withMandateWidth(unwidened, 0.5).parties.map((p) => p.mandate),
            )
          },
        ),
        { numRuns: 100 },
      ),
    60_000,
  )
})
