import { describe, expect, it } from 'vitest'
import { C, swimmingPool } from '@mandjes/testkit/simulationFixtures.js'
import type { Scenario } from '../model/Scenario.js'
import { simulate } from './simulate.js'

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }
const twoThirds = { _tag: 'qualifiedMajority' as const, quota: 2 / 3, vetoHolders: [] }
const weighing = (scenario: Scenario, weight: number): Scenario => ({
  ...scenario,
  parties: scenario.parties.map((p) => (p.id === C ? { ...p, weight } : p)),
})

describe('weighted decision rules', () => {
  it('a municipality with half the votes stops what two smaller ones want under a two-thirds majority', () => {
    const run = (scenario: Scenario) =>
      simulate(scenario, {
        seed: 1,
        rounds: 3,
        councils: trusting,
        mediator: { _tag: 'noPackageDeals' },
        decisionRule: twoThirds,
      })
    expect(run(swimmingPool()).agreements).toHaveLength(1)
    // C has weight 2 of 4: the yes votes hold half the weight, below two thirds.
    expect(run(weighing(swimmingPool(), 2)).agreements).toEqual([])
  })

  it('a lighter loser is outvoted by the weighted share: the margin is the yes weight over all voters minus the quota', () => {
    const run = simulate(weighing(swimmingPool(), 0.5), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      decisionRule: twoThirds,
    })
    // Yes: weight 2 of 2.5.
    expect(run.agreements[0]!.outvoted).toEqual([{ party: C, gain: -0.5, margin: expect.closeTo(0.8 - 2 / 3, 12) }])
  })

  it('weight 1 everywhere is the plain count', () => {
    const plain = simulate(swimmingPool(), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      decisionRule: twoThirds,
    })
    const ones = simulate(weighing(swimmingPool(), 1), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'noPackageDeals' },
      decisionRule: twoThirds,
    })
    expect(ones.agreements).toEqual(plain.agreements)
  })
})
