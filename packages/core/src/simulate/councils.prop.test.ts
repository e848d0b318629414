import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { involvementOf } from './ratify.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate } from './simulate.js'

const runArb = simulationScenarioArb.chain((s) =>
  fc.tuple(fc.constant(s), settingsArb(s), fc.integer({ min: 0, max: 1000 })),
)

describe('simulate: councils with interests', () => {
  it('a council with full trust that was involved up front never blocks a deal its own valuation accepts', () => {
    let seen = 0
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed]) => {
        const trusting = {
          ...settings,
          councils: { ...settings.councils!, involvement: 'front' as const, trust: 1 },
          trustDynamics: { afterKept: 0.1, afterFailed: 0 },
        }
        const result = simulate(scenario, { ...trusting, seed, history: false })
        const tol = toleranceFor(scenario)
        for (const e of result.events) {
          if (e._tag !== 'CouncilsDecided') continue
          for (const vote of e.councils) {
            if (vote.redLine || vote.councilGain < -tol) continue
            seen++
            expect(vote.trust).toBe(1)
            expect(vote.ratifies).toBe(true)
          }
        }
      }),
      { numRuns: 150 },
    )
    expect(seen).toBeGreaterThan(0)
  }, 60_000)

  it(
    'no ratified deal picks an option on the red line of a council that was asked, or falls below its own threshold',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const result = simulate(scenario, { ...settings, seed, history: false })
          const config = simulationConfig(settings)
          for (const agreement of result.agreements) {
            const decided = result.events.find((e) => e._tag === 'CouncilsDecided' && e.proposal === agreement.proposal)
            if (decided === undefined || decided._tag !== 'CouncilsDecided')
              throw new Error('a ratified deal without a council decision')
            for (const vote of decided.councils) {
              const own = config.councils.perParty[vote.party]?.redLines ?? []
              for (const [issue, option] of Object.entries(agreement.changes))
                expect(own.some((r) => r.issue === issue && r.option === option)).toBe(false)
              expect(vote.accepts).toBe(true)
              expect(vote.councilGain).toBeGreaterThanOrEqual(vote.threshold - toleranceFor(scenario) * 2)
              expect(['front', 'during', 'after']).toContain(involvementOf(config, vote.party))
            }
          }
        }),
        { numRuns: 150 },
      ),
    60_000,
  )
})
