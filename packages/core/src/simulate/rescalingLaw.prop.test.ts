import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import { rescalingFactors, scaleAtLeastOne, staysNormal } from '@mandjes/testkit/rescaling.js'
import type { Scenario } from '../model/Scenario.js'
import { scaleParty } from '../search/scaleParty.js'
import { councilVerdict } from './councilJudgement.js'
import { densePicture, gainsOfChanges, type DenseChange } from './densePicture.js'
import { defaultCouncilInterests } from './SimulationConfig.js'
import { voteOnChanges } from './voteOnChanges.js'
import { withMandateWidth } from './withMandateWidth.js'

/** A scenario, changes on it, the party rescaled and the factor. */
const caseArb = simulationScenarioArb.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    picks: fc.tuple(...scenario.issues.map((issue) => fc.integer({ min: 0, max: issue.options.length - 1 }))),
    scaled: fc.integer({ min: 0, max: scenario.parties.length - 1 }),
    factor: fc.constantFrom(...rescalingFactors),
    width: fc.constantFrom(0, 0.5),
  }),
)

const changesOf = (scenario: Scenario, picks: readonly number[]): DenseChange[] =>
  picks.flatMap((o, i) =>
    scenario.issues[i]!.options[o]!.id === scenario.statusQuo.choices[scenario.issues[i]!.id]
      ? []
      : [{ issue: i, option: o }],
  )

/** Every verdict the simulation gives on one party: its vote, its council's, its narrowed mandate. */
const verdictsOf = (scenario: Scenario, changes: readonly DenseChange[], width: number) => {
  const dense = densePicture(scenario)
  const gains = gainsOfChanges(dense, changes)
  const rules = {
    decisionRule: { _tag: 'unanimity' as const },
    goodwill: { altruism: 0, grant: 0 },
    gainRule: 'strict' as const,
  }
  const votes = changes.length === 0 ? [] : voteOnChanges(dense, changes, rules).votes
  return scenario.parties.map((party, p) => ({
    vote: votes.find((v) => v.party === party.id),
    council:
      changes.length === 0
        ? true
        : councilVerdict(dense, p, changes, gains[p]!, 1, 'front', defaultCouncilInterests, {}).accepts,
    redLines: withMandateWidth(scenario, width).parties[p]!.mandate.redLines,
  }))
}

describe('the rescaling law in the simulation: rescaling one party changes no verdict on any party', () => {
  it('gives every party the same vote, council verdict and narrowed mandate when one party is scaled up to 1e12', () =>
    fc.assert(
      fc.property(caseArb, ({ scenario, picks, scaled, factor, width }) => {
        fc.pre(staysNormal(scenario, scaled, factor) && scaleAtLeastOne(scenario, scaled))
        const changes = changesOf(scenario, picks)
        const bigger = scaleParty(scenario, scenario.parties[scaled]!.id, factor)
        const strip = (v: ReturnType<typeof verdictsOf>) =>
          v.map(({ vote, ...rest }) => ({ ...rest, vote: vote === undefined ? undefined : { ...vote, gain: 0 } }))
        expect(strip(verdictsOf(bigger, changes, width))).toEqual(strip(verdictsOf(scenario, changes, width)))
      }),
      { numRuns: 300 },
    ))
})
