import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { checkDeal } from '../../evaluate/checkDeal.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { rankDeal } from '../rankDeal.js'
import { coalitionDeals } from './coalitionDeals.js'
import { problemOf, type SearchProblem } from './SearchProblem.js'

// The coalition deals against an enumeration of every deal: each deal handed out is valid and
// better than the one before, and the last is as good as the best deal whose every change
// involves only parties of one coalition (a set of at most `maxSize` parties that is some
// option's participants), each change harming no outsider on its own.

const options = { objective: 'maxmin', payments: false } as const

const cases = fc.oneof(
  sparseScenarioArb({ maxParties: 6, maxIssues: 5, interactions: true }),
  withLossBoundsArb(
    withModuleArb(sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true }), {
      maxMembers: 4,
      runningToday: true,
    }),
  ),
  scenarioArb({ maxParties: 4, maxIssues: 4, mandates: true, partialStakeholders: true, realValues: true }),
)

/** Every choice vector of a small problem. */
const everyChoice = (problem: SearchProblem): Int32Array[] => {
  const { issueCount: N, optionCount } = problem.c
  let all: number[][] = [[]]
  for (let i = 0; i < N; i++) all = all.flatMap((x) => Array.from({ length: optionCount[i]! }, (_, o) => [...x, o]))
  return all.map((x) => Int32Array.from(x))
}

/** The best max-min value among the deals within one coalition, by enumeration. */
const bestWithinCoalitions = (problem: SearchProblem, maxSize: number): number => {
  const { c } = problem
  const { partyCount: P, totalOptions: T, offsets, gain, statusQuo, optionStakeholder } = c
  const membersOf = (k: number) => Array.from({ length: P }, (_, p) => p).filter((p) => optionStakeholder[k * P + p])
  // An option a coalition may use: choosable, one to maxSize participants, no outsider harmed.
  const usable = (i: number, k: number) => {
    const sq = offsets[i]! + statusQuo[i]!
    const members = membersOf(k)
    if (!problem.choosable[k] || members.length === 0 || members.length > maxSize) return false
    for (let p = 0; p < P; p++)
      if (!members.includes(p) && gain[p * T + k]! - gain[p * T + sq]! < -problem.ownTolerance[p]!) return false
    return true
  }
  const keys: number[][] = []
  for (let i = 0; i < c.issueCount; i++)
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++)
      if (k !== offsets[i]! + statusQuo[i]! && usable(i, k)) keys.push(membersOf(k))
  let best = -Infinity
  for (const x of everyChoice(problem)) {
    const changed = Array.from(x, (o, i) => [i, offsets[i]! + o] as const).filter(
      ([i, k]) => k !== offsets[i]! + statusQuo[i]!,
    )
    if (changed.length === 0 || !changed.every(([i, k]) => usable(i, k))) continue
    const within = keys.some((s) => changed.every(([, k]) => membersOf(k).every((p) => s.includes(p))))
    if (!within) continue
    const value = rankDeal(problem, dealOfChoices(c, x))?.value[0]
    if (value !== undefined && value > best) best = value
  }
  return best
}

const run = (problem: SearchProblem, maxSize: number) =>
  coalitionDeals(problem, { maxSize, nodesPerCoalition: 100_000, until: Infinity })

describe('coalitionDeals', () => {
  it('hands out valid deals, each better than the one before', () => {
    fc.assert(
      fc.property(cases, (scenario: Scenario) => {
        const problem = problemOf(scenario, options)
        const tol = problem.objectiveTolerances[0]!
        let last = -Infinity
        return run(problem, 3).every((x) => {
          const deal = dealOfChoices(problem.c, x)
          const value = rankDeal(problem, deal)?.value[0]
          if (value === undefined || !checkDeal(scenario, deal).valid || value < last - tol) return false
          last = value
          return true
        })
      }),
      { numRuns: 300 },
    )
  })

  it('finds the best deal within a coalition, as the enumeration does', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 3 }), (scenario: Scenario, maxSize) => {
        const problem = problemOf(scenario, options)
        const tol = problem.objectiveTolerances[0]!
        const expected = bestWithinCoalitions(problem, maxSize)
        const found = run(problem, maxSize)
        const last = found[found.length - 1]
        const value =
          last === undefined ? -Infinity : (rankDeal(problem, dealOfChoices(problem.c, last))?.value[0] ?? -Infinity)
        return expected === -Infinity ? value === -Infinity : Math.abs(value - expected) <= tol
      }),
      { numRuns: 300 },
    )
  })
})
