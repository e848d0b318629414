import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import { truthNow } from './pictures.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate } from './simulate.js'

const runArb = simulationScenarioArb.chain((s) =>
  fc.tuple(fc.constant(s), settingsArb(s), fc.integer({ min: 0, max: 1000 })),
)

describe('one meaning of deadlock', () => {
  it(
    'the deadlocks left at the end of a run are exactly the undecided issues findDeadlocks calls deadlocked from the agreements in force',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const result = simulate(scenario, { ...settings, seed, history: false })
          const config = simulationConfig(settings)
          const report = findDeadlocks(truthNow(scenario, config, result.state), config.dealRules)
          const expected = report.issues
            .filter(
              (a) =>
                a.status === 'deadlocked' &&
                result.state.issues[a.issue] !== 'agreed' &&
                result.state.issues[a.issue] !== 'waiting',
            )
            .map((a) => a.issue)
          expect(result._tag === 'AllAgreed' ? [] : result.deadlocks).toEqual(expected)
          if (result._tag !== 'AllAgreed') expect(result.deadlocks.length).toBeGreaterThan(0)
        }),
        { numRuns: 100 },
      ),
    30_000,
  )

  it('an issue with nothing to gain is never among the deadlocks a mediator sees', () => {
    let checked = 0
    fc.assert(
      fc.property(runArb, ([scenario, given, seed]) => {
        // With full information, every alternative prepared and the scenario's own kaders, the
        // mediator's picture at the first meeting is the truth from the status quo.
        const settings = {
          ...given,
          agenda: [],
          mandateWidth: 1,
          information: { transparency: { _tag: 'full' as const }, alternativesPrepared: 1, learnFromRejections: false },
        }
        const config = simulationConfig(settings)
        const result = simulate(scenario, { ...settings, seed, rounds: 1, history: false })
        const first = result.events.find((e) => e._tag === 'MeetingHeld')
        if (first === undefined || first._tag !== 'MeetingHeld') return
        const status = new Map(findDeadlocks(scenario, config.dealRules).issues.map((a) => [a.issue, a.status]))
        for (const issue of first.deadlocks) expect(status.get(issue)).toBe('deadlocked')
        checked += first.deadlocks.length
      }),
      { numRuns: 100 },
    )
    // The law must have met some deadlocks to say anything.
    expect(checked).toBeGreaterThan(0)
  }, 30_000)
})
