import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { deepFreeze } from '@mandjes/testkit/simulationFixtures.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { replay } from './History.js'
import { truthNow } from './pictures.js'
import { simulationConfig } from './SimulationConfig.js'
import { resume, simulate, type SimulateOptions } from './simulate.js'
import type { SimulationResult } from './SimulationResult.js'

const runArb = simulationScenarioArb.chain((s) =>
  fc.tuple(fc.constant(s), settingsArb(s), fc.integer({ min: 0, max: 1000 })),
)
const hardKaders = new Set(['RedLine', 'OptionNotAllowed', 'PaymentCapExceeded'])

/** Every ratified deal, checked by `checkDeal` against the truth at the moment it was ratified. */
const ratifiedDeals = (scenario: Scenario, settings: SimulateOptions, result: SimulationResult) => {
  const config = simulationConfig((({ seed: _s, ...rest }) => rest)(settings))
  return result.agreements.map((agreement) => {
    const step = result.history!.steps.findIndex((s) => s.label === `councils decide on proposal ${agreement.proposal}`)
    const before = replay(result.history!, step)
    expect(before.choices).toEqual(agreement.baseline)
    const truth = truthNow(scenario, config, before)
    const check = checkDeal(truth, { choices: { ...agreement.baseline, ...agreement.changes }, payments: [] })
    return { agreement, truth, check, config }
  })
}

const largestSwing = (scenario: Scenario, party: number): number =>
  Math.max(
    0,
    ...scenario.issues.map((issue) => {
      const v = scenario.parties[party]!.valuations[issue.id]
      if (v === undefined) return 0
      const values = issue.options.map((o) => v.stake * v.values[o.id]!)
      return Math.max(...values) - Math.min(...values)
    }),
  )

describe('simulate: laws', () => {
  it(
    'no ratified deal leaves a party worse off unless goodwill or an outvoting majority allows exactly that',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const result = simulate(scenario, { ...settings, seed })
          for (const { agreement, truth, check, config } of ratifiedDeals(scenario, settings, result)) {
            const tol = toleranceFor(truth)
            if (
              config.decisionRule._tag === 'unanimity' &&
              config.goodwill.altruism === 0 &&
              config.goodwill.grant === 0
            )
              expect(check.flaws).toEqual([])
            truth.parties.forEach((party, p) => {
              const gain = check.gains[party.id]!
              if (gain >= -tol) return
              expect(agreement.voters).toContain(party.id)
              if (agreement.outvoted.some((o) => o.party === party.id))
                return expect(config.decisionRule._tag).toBe('qualifiedMajority')
              const others = agreement.voters.filter((v) => v !== party.id).map((v) => check.gains[v]!)
              const meanOthers = others.length === 0 ? 0 : others.reduce((a, b) => a + b, 0) / others.length
              expect(gain + config.goodwill.altruism * meanOthers).toBeGreaterThanOrEqual(
                -config.goodwill.grant * largestSwing(truth, p) - 2 * tol,
              )
            })
          }
        }),
        { numRuns: 200 },
      ),
    20_000,
  )

  it(
    'no mandate is ever broken by a ratified deal',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const result = simulate(scenario, { ...settings, seed })
          for (const { agreement, check } of ratifiedDeals(scenario, settings, result)) {
            const outvoted = new Set(agreement.outvoted.map((o) => o.party))
            for (const flaw of check.flaws) {
              expect(hardKaders.has(flaw._tag)).toBe(false)
              if (flaw._tag === 'BelowMinGain' || flaw._tag === 'BelowDomainGain')
                expect(outvoted.has(flaw.party)).toBe(true)
            }
          }
        }),
        { numRuns: 200 },
      ),
    20_000,
  )

  it(
    'replaying the history from the initial state gives exactly the final state, also through JSON',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const result = simulate(scenario, { ...settings, seed })
          expect(JSON.stringify(replay(JSON.parse(JSON.stringify(result.history))))).toBe(JSON.stringify(result.state))
        }),
        { numRuns: 40 },
      ),
    20_000,
  )

  it(
    'the same seed gives the same run, and simulate never mutates its input',
    () =>
      fc.assert(
        fc.property(runArb, ([scenario, settings, seed]) => {
          const before = JSON.stringify([scenario, settings])
          const first = simulate(deepFreeze(scenario), deepFreeze({ ...settings, seed }))
          const second = simulate(structuredClone(scenario), { ...structuredClone(settings), seed })
          expect(JSON.stringify([scenario, settings])).toBe(before)
          expect(JSON.stringify(second)).toBe(JSON.stringify(first))
          expect(first.seed).toBe(seed)
        }),
        { numRuns: 40 },
      ),
    20_000,
  )

  it(
    'a run saved at any meeting and resumed from JSON ends as the uninterrupted run',
    () =>
      fc.assert(
        fc.property(runArb, fc.nat(), ([scenario, settings, seed], cut) => {
          const whole = simulate(scenario, { ...settings, seed, history: false })
          const stopAt = cut % (settings.rounds! + 1)
          const saved = JSON.parse(
            JSON.stringify(simulate(scenario, { ...settings, seed, stopAt, history: false }).state),
          )
          expect(JSON.stringify(resume(scenario, saved, { ...settings, history: false }).state)).toBe(
            JSON.stringify(whole.state),
          )
          // The saved state is the caller's: resuming leaves it as it was, not even frozen.
          expect(Object.isFrozen(saved.choices)).toBe(false)
        }),
        { numRuns: 40 },
      ),
    20_000,
  )
})
