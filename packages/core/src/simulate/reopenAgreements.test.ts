import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { B, roadHousingAndPool } from '@mandjes/testkit/simulationFixtures.js'
import { scaleParty } from '../search/scaleParty.js'
import { gainOf } from '../evaluate/gainOf.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { replay } from './History.js'
import { scenarioAt, trueScenario } from './pictures.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate } from './simulate.js'

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }

describe('elections that may reopen agreements', () => {
  it('a new council whose party now loses by the mandje reopens it; without the switch it stays in force', () => {
    const settings = { seed: 12, rounds: 10, councils: trusting }
    const reopening = simulate(roadHousingAndPool(), {
      ...settings,
      elections: { every: 4, stakeShift: 1, reopen: true },
    })
    const keeping = simulate(roadHousingAndPool(), { ...settings, elections: { every: 4, stakeShift: 1 } })
    expect(keeping.state.choices).toEqual({ road: 'via-b', housing: 'west', pool: 'keep' })
    expect(reopening.events.filter((e) => e._tag === 'AgreementReopened')).toEqual([
      { _tag: 'AgreementReopened', round: 4, proposal: 0, issues: ['road', 'housing'], by: ['A'] },
    ])
    expect(reopening.state.choices).toEqual({ road: 'none', housing: 'none', pool: 'keep' })
    expect(reopening.agreements).toEqual([])
  })

  it('reopens for A next to a B counted a trillion times larger, by A’s own tolerance', () => {
    // Regression: judged by the scenario's tolerance (set by B), A's loss fell under it and stayed in force.
    const settings = { seed: 12, rounds: 10, councils: trusting, elections: { every: 4, stakeShift: 1, reopen: true } }
    const reopened = (scenario: ReturnType<typeof roadHousingAndPool>) =>
      simulate(scenario, settings).events.filter((e) => e._tag === 'AgreementReopened')
    expect(reopened(scaleParty(roadHousingAndPool(), B, 1e12))).toEqual(reopened(roadHousingAndPool()))
    expect(reopened(roadHousingAndPool())).toHaveLength(1)
  })

  it('right after an election with reopening, no agreement in force leaves one of its voters worse off', () => {
    let elections = 0
    const runArb = simulationScenarioArb.chain((s) =>
      fc.tuple(fc.constant(s), settingsArb(s, { elections: false }), fc.integer({ min: 0, max: 1000 })),
    )
    fc.assert(
      fc.property(runArb, fc.constantFrom(1, 2), ([scenario, settings, seed], every) => {
        const withElections = {
          ...settings,
          rounds: Math.max(3, settings.rounds ?? 3),
          elections: { every, stakeShift: 1, reopen: true },
        }
        const result = simulate(scenario, { ...withElections, seed })
        const config = simulationConfig(withElections)
        const steps = result.history!.steps
        for (const e of result.events) {
          if (e._tag !== 'ElectionHeld') continue
          elections++
          const labels = [`meeting ${e.round} opens`, `agreements reopened after the election of meeting ${e.round}`]
          let last = -1
          steps.forEach((s, k) => {
            if (labels.includes(s.label)) last = k
          })
          const after = replay(result.history!, last + 1)
          const truth = trueScenario(scenario, config, after)
          for (const agreement of after.agreements) {
            const without = { ...after.choices }
            for (const issue of Object.keys(agreement.changes) as (keyof typeof without)[])
              without[issue] = agreement.baseline[issue]!
            for (const party of agreement.voters)
              expect(
                gainOf(scenarioAt(truth, without), party, { choices: after.choices, payments: [] }),
              ).toBeGreaterThanOrEqual(-toleranceFor(truth))
          }
        }
      }),
      { numRuns: 100 },
    )
    expect(elections).toBeGreaterThan(0)
  }, 60_000)
})
