import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { compareValues } from '../objectives.js'
import { exhaustive } from '../exhaustive.js'
import { rankDeal } from '../rankDeal.js'
import type { Objective } from '../Search.js'
import { dealOfLeaf } from './bestCollector.js'
import { neighbourhoodSearch } from './neighbourhoodSearch.js'
import { problemOf } from './SearchProblem.js'
import { runToEnd } from './steps.js'

// Sparse-ish scenarios: stakeholders are subsets, with mandates and interaction terms.
const sparse = {
  minIssues: 2,
  maxIssues: 6,
  maxOptions: 3,
  maxParties: 5,
  partialStakeholders: true,
  mandates: true,
  interactions: true,
}
const caseArb = fc.tuple(
  scenarioArb(sparse),
  fc.constantFrom<Objective>('sum', 'maxmin', 'nash', 'fewest'),
  fc.integer({ min: 1, max: 1000 }),
)

describe('neighbourhood search', () => {
  it('returns only valid deals, each better than the one before, none better than the oracle', () =>
    fc.assert(
      fc.property(caseArb, ([scenario, objective, seed]) => {
        const problem = problemOf(scenario, { objective })
        const tolerances = [...problem.objectiveTolerances, 0.5]
        const points = runToEnd(
          neighbourhoodSearch(problem, undefined, {
            rounds: 20,
            staleRounds: 20,
            size: 2,
            nodesPerRound: 50,
            seed,
            until: Infinity,
          }),
        )
        const oracle = exhaustive(scenario, { objective })
        let before: readonly number[] | undefined
        for (const x of points) {
          const ranked = rankDeal(
            problem,
            dealOfLeaf(problem, { choices: x, nets: undefined, key: [], gains: new Float64Array(0) }),
          )
          expect(ranked).toBeDefined()
          const key = [...ranked!.value, -ranked!.changes.length]
          if (before !== undefined) expect(compareValues(key, before, tolerances)).toBeGreaterThanOrEqual(0)
          before = key
          expect(oracle._tag).toBe('Optimal')
          if (oracle._tag === 'Optimal')
            expect(ranked!.value[0]!).toBeLessThanOrEqual(oracle.best.value[0]! + tolerances[0]!)
        }
      }),
      { numRuns: 150 },
    ))

  it("with a neighbourhood as large as the scenario and no node limit, one round finds the oracle's optimum", () =>
    fc.assert(
      fc.property(caseArb, ([scenario, objective, seed]) => {
        const problem = problemOf(scenario, { objective })
        const points = runToEnd(
          neighbourhoodSearch(problem, undefined, {
            rounds: 1,
            staleRounds: 1,
            size: scenario.issues.length,
            nodesPerRound: Infinity,
            seed,
            until: Infinity,
          }),
        )
        const oracle = exhaustive(scenario, { objective })
        if (oracle._tag !== 'Optimal') {
          expect(points).toEqual([])
          return
        }
        const last = points[points.length - 1]
        expect(last).toBeDefined()
        const ranked = rankDeal(
          problem,
          dealOfLeaf(problem, { choices: last!, nets: undefined, key: [], gains: new Float64Array(0) }),
        )
        expect(ranked!.value[0]!).toBeCloseTo(oracle.best.value[0]!, 6)
      }),
      { numRuns: 150 },
    ))
})
