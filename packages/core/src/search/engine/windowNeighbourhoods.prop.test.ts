import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import type { Scenario } from '../../model/Scenario.js'
import { exhaustive } from '../exhaustive.js'
import { rankDeal } from '../rankDeal.js'
import { dealOfLeaf } from './bestCollector.js'
import { neighbourhoodSearch } from './neighbourhoodSearch.js'
import { windowNeighbourhoods, windowRounds } from './windowNeighbourhoods.js'
import { problemOf, type SearchProblem } from './SearchProblem.js'
import { runToEnd } from './steps.js'
import { offerPoint } from './runEngineWithWindows.js'
import { checkDeal } from '../../evaluate/checkDeal.js'

const dense = scenarioArb({ minIssues: 2, maxIssues: 5, maxOptions: 3, maxParties: 4, mandates: true })
const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
const arbs: readonly [string, fc.Arbitrary<Scenario>][] = [
  ['dense', dense],
  ['sparse', sparse],
  ['sparse with a module', withModuleArb(sparseScenarioArb({ maxParties: 5, maxIssues: 4 }))],
  ['sparse with loss bounds', withLossBoundsArb(sparse)],
  ['dense with targets', targetScenarioArb({ minIssues: 2, maxIssues: 5, maxOptions: 3, maxParties: 4 })],
]

const valueOf = (problem: SearchProblem, x: Int32Array) =>
  rankDeal(problem, dealOfLeaf(problem, { choices: x, nets: undefined, key: [], gains: new Float64Array(0) }))

/** The spread rounds' best (may be none), then the window rounds from it. */
const windowsAfterSpread = (problem: SearchProblem, seed: number) => {
  const spread = runToEnd(
    neighbourhoodSearch(problem, undefined, {
      rounds: 6,
      staleRounds: 6,
      size: 2,
      nodesPerRound: 20,
      seed,
      until: Infinity,
    }),
  )
  const start = spread[spread.length - 1]
  const handed: Int32Array[] = []
  const rounds = windowRounds(problem, start, Infinity, (x) => handed.push(x))
  const windows = rounds === undefined ? [] : runToEnd(rounds)
  // What the rounds return is what they handed on, point by point.
  expect(handed.map((x) => x.join(','))).toEqual(windows.map((x) => x.join(',')))
  return { start, windows }
}

describe.each(arbs)('window rounds on %s scenarios', (_, arb) => {
  it('return only valid deals, each strictly better than its start, none better than the oracle', () =>
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (scenario, seed) => {
        const problem = problemOf(scenario, { objective: 'sum' })
        const tolerance = problem.objectiveTolerances[0]!
        const { start, windows } = windowsAfterSpread(problem, seed)
        const oracle = exhaustive(scenario, { objective: 'sum' })
        let before = start === undefined ? -Infinity : valueOf(problem, start)!.value[0]!
        for (const x of windows) {
          const ranked = valueOf(problem, x)
          expect(ranked).toBeDefined()
          expect(ranked!.value[0]!).toBeGreaterThan(before - tolerance)
          before = ranked!.value[0]!
          expect(oracle._tag).toBe('Optimal')
          if (oracle._tag === 'Optimal') expect(before).toBeLessThanOrEqual(oracle.best.value[0]! + tolerance)
        }
      }),
      { numRuns: 120 },
    ))

  it('give the same points for the same seed', () =>
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 1000 }), (scenario, seed) => {
        const problem = problemOf(scenario, { objective: 'sum' })
        const a = windowsAfterSpread(problem, seed).windows.map((x) => x.join(','))
        const b = windowsAfterSpread(problem, seed).windows.map((x) => x.join(','))
        expect(a).toEqual(b)
      }),
      { numRuns: 60 },
    ))
})

describe('window neighbourhoods', () => {
  it("as large as the scenario, with no node limit, reach the oracle's optimum from any valid start", () =>
    fc.assert(
      fc.property(sparse, fc.integer({ min: 1, max: 1000 }), (scenario, seed) => {
        const problem = problemOf(scenario, { objective: 'sum' })
        const oracle = exhaustive(scenario, { objective: 'sum' })
        const spread = runToEnd(
          neighbourhoodSearch(problem, undefined, {
            rounds: 3,
            staleRounds: 3,
            size: 1,
            nodesPerRound: 10,
            seed,
            until: Infinity,
          }),
        )
        const start = spread[spread.length - 1]
        if (start === undefined || oracle._tag !== 'Optimal') return
        const N = scenario.issues.length
        const more = runToEnd(
          neighbourhoodSearch(problem, start, {
            rounds: Infinity,
            staleRounds: Infinity,
            size: N,
            nodesPerRound: Infinity,
            seed,
            until: Infinity,
            picker: windowNeighbourhoods(N),
          }),
        )
        const best = more[more.length - 1] ?? start
        expect(valueOf(problem, best)!.value[0]!).toBeGreaterThanOrEqual(
          oracle.best.value[0]! - problem.objectiveTolerances[0]!,
        )
      }),
      { numRuns: 120 },
    ))

  it('offer a point to the collector exactly when checkDeal finds it valid, with its value as key', () =>
    fc.assert(
      fc.property(
        sparse.chain((scenario) =>
          fc.tuple(
            fc.constant(scenario),
            fc.tuple(...scenario.issues.map((issue) => fc.nat(issue.options.length - 1))),
          ),
        ),
        ([scenario, picks]) => {
          const problem = problemOf(scenario, { objective: 'sum' })
          const x = Int32Array.from(picks)
          const offered: (readonly number[])[] = []
          const collector = {
            key: () => undefined,
            offer: (leaf: { key: readonly number[] }) => (offered.push(leaf.key), true),
          }
          const deal = dealOfLeaf(problem, { choices: x, nets: undefined, key: [], gains: new Float64Array(0) })
          const valid = checkDeal(scenario, deal).valid
          expect(offerPoint(problem, collector, x)).toBe(valid)
          expect(offered.length).toBe(valid ? 1 : 0)
          if (valid) expect(offered[0]![0]!).toBeCloseTo(valueOf(problem, x)!.value[0]!, 9)
        },
      ),
      { numRuns: 150 },
    ))

  it('run only under sum', () =>
    fc.assert(
      fc.property(
        sparse,
        fc.constantFrom('maxmin' as const, 'nash' as const, 'fewest' as const),
        (scenario, objective) => {
          const problem = problemOf(scenario, { objective })
          expect(windowRounds(problem, Int32Array.from(problem.c.statusQuo), Infinity, () => {})).toBeUndefined()
        },
      ),
      { numRuns: 20 },
    ))
})
