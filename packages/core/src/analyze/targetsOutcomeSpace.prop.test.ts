import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { byVector, dominates, enumerateOutcomes, isFeasible } from '@mandjes/testkit/frontierOracle.js'
import { dealOfChoices } from '../evaluate/compile.js'
import { meetsTarget, targetTolerance, targetTotal } from '../evaluate/targetTotal.js'
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { analyzeScenario } from './analyzeScenario.js'
import { outcomeSpace, type OutcomeSpace, type ReferencePoint } from './OutcomeSpace.js'
import { frontierOfSpace } from './paretoFrontier.js'

const small = { minParties: 2, maxParties: 4, minIssues: 1, maxIssues: 4, maxOptions: 3, reservations: true }

const meetsEvery = (scenario: Scenario, deal: Deal): boolean =>
  (scenario.targets ?? []).every((t) => meetsTarget(t, targetTotal(scenario, t, deal), targetTolerance(scenario, t)))

/** The frontier by brute force over the outcomes that meet every target. */
const oracle = (scenario: Scenario, space: OutcomeSpace) => {
  const all = enumerateOutcomes(space).filter((o) => meetsEvery(scenario, dealOfChoices(space.compiled, o.choices)))
  return all.filter((o) => isFeasible(space, o.gains) && !all.some((other) => dominates(other.gains, o.gains)))
}

describe('regional targets in the outcome-space analysis', () => {
  for (const reference of ['reservation', 'none'] as const satisfies readonly ReferencePoint[]) {
    it(`the frontier is the enumerated frontier of the outcomes that meet every target (reference ${reference})`, () =>
      fc.assert(
        fc.property(targetScenarioArb(small), (scenario) => {
          const space = outcomeSpace(scenario, { reference })
          if (space._tag !== 'OutcomeSpace') throw new Error('small scenarios always fit')
          const result = frontierOfSpace(space, { maxTiesPerPoint: 10_000 })
          if (result._tag !== 'Frontier') throw new Error(result._tag)
          const outcomes = result.points.flatMap((p) => p.outcomes.map((choices) => ({ gains: p.gains, choices })))
          expect(byVector(outcomes)).toEqual(byVector(oracle(scenario, space)))
        }),
        { numRuns: 250 },
      ))
  }

  it('puts every bargaining outcome on a deal that meets every target', () =>
    fc.assert(
      fc.property(targetScenarioArb(small), (scenario) => {
        const analysis = analyzeScenario(scenario)
        const points = [
          ...analysis.frontier,
          ...analysis.nash,
          ...analysis.kalaiSmorodinsky,
          ...analysis.kalaiSmorodinskySpread,
          ...analysis.egalitarian,
          ...analysis.maxWelfare,
        ]
        for (const point of points) expect(meetsEvery(scenario, { choices: point.choices, payments: [] })).toBe(true)
      }),
      { numRuns: 200 },
    ))
})
