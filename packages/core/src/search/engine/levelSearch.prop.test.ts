import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { levelCap, levelDives, levelProof } from './levelDives.js'
import { planSearch } from './searchPlan.js'
import { problemOf } from './SearchProblem.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { rankDeal } from '../rankDeal.js'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'

// The level search as a proof and as a dive, against the exhaustive oracle on small
// scenarios: above the optimum it proves that nothing is better; below it, it climbs to the
// optimum; every deal it hands out is valid and never better than the optimum; the level cap
// never bounds below the optimum. findDeal with
// a time budget (the only searches that run the level proof) agrees with the oracle.

const options = { objective: 'maxmin', payments: false } as const

const cases = fc.oneof(
  sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true }),
  withLossBoundsArb(
    withModuleArb(sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true }), {
      maxMembers: 4,
      runningToday: true,
    }),
  ),
  scenarioArb({ maxParties: 4, maxIssues: 4, mandates: true, partialStakeholders: true, realValues: true }),
)

const valueOf = (scenario: Scenario, x: Int32Array): number | undefined => {
  const problem = problemOf(scenario, options)
  return rankDeal(problem, dealOfChoices(problem.c, x))?.value[0]
}

describe('levelProof and levelDives', () => {
  it('prove the oracle optimum from above and climb to it from below', () => {
    fc.assert(
      fc.property(cases, fc.double({ min: 0.01, max: 2, noNaN: true }), (scenario, below) => {
        const problem = problemOf(scenario, options)
        const plan = planSearch(problem, 30)
        const tol = problem.objectiveTolerances[0]!
        const oracle = exhaustive(scenario, options)
        if (oracle._tag !== 'Optimal' || !Number.isFinite(oracle.best.value[0]!)) return true
        const optimum = oracle.best.value[0]!
        const above = levelProof(problem, plan, optimum, tol)
        if (above.outcome !== 'proved' || above.better.length > 0) return false
        const climb = levelProof(problem, plan, optimum - below, tol)
        const last = climb.better[climb.better.length - 1]
        const reached = last === undefined ? undefined : valueOf(scenario, last)
        return climb.outcome === 'proved' && reached !== undefined && reached >= optimum - tol
      }),
      { numRuns: 300 },
    )
  })

  it('hand out only valid deals, never better than the optimum', () => {
    fc.assert(
      fc.property(cases, (scenario) => {
        const problem = problemOf(scenario, options)
        const oracle = exhaustive(scenario, options)
        const dived = levelDives(problem, planSearch(problem, 30))
        if (oracle._tag !== 'Optimal') return dived.length === 0
        return dived.every((x) => {
          const value = valueOf(scenario, x)
          return value !== undefined && value <= oracle.best.value[0]! + 1e-9
        })
      }),
      { numRuns: 300 },
    )
  })

  it('cap the value at or above the optimum, with valid deals on the way', () => {
    fc.assert(
      fc.property(
        cases,
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (scenario, below, tests) => {
          const problem = problemOf(scenario, options)
          const oracle = exhaustive(scenario, options)
          if (oracle._tag !== 'Optimal' || !Number.isFinite(oracle.best.value[0]!)) return true
          const optimum = oracle.best.value[0]!
          const { bound, better } = levelCap(problem, planSearch(problem, 30), optimum - below, Infinity, tests)
          return (
            bound >= optimum &&
            better.every((x) => {
              const value = valueOf(scenario, x)
              return value !== undefined && value <= optimum + 1e-9
            })
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('let findDeal with a time budget prove the oracle optimum', () => {
    fc.assert(
      fc.property(cases, (scenario) => {
        const result = findDeal(scenario, { ...options, budget: { timeMs: 60_000 } })
        const oracle = exhaustive(scenario, options)
        if (oracle._tag !== 'Optimal') return result._tag === 'NoDeal'
        if (result._tag !== 'Optimal') return false
        const [found, truth] = [result.best.value[0]!, oracle.best.value[0]!]
        return found === truth || Math.abs(found - truth) <= 1e-9
      }),
      { numRuns: 200 },
    )
  })
})
