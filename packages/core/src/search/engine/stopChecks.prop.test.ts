import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { checkDeal } from '../../evaluate/checkDeal.js'
import { exhaustive } from '../exhaustive.js'
import { findDeal } from '../findDeal.js'
import type { Objective } from '../Search.js'
import { levelCap } from './levelDives.js'
import { levelPropagation } from './levelPropagation.js'
import { levelSearch } from './levelSearch.js'
import { computePairs, createNodeState } from './NodeState.js'
import { maxminRelaxation, nashRelaxation, sumRelaxation } from './linearBounds.js'
import { neighbourhoodSearch, type NeighbourhoodOptions } from './neighbourhoodSearch.js'
import { planSearch } from './searchPlan.js'
import { problemOf, type SearchProblem } from './SearchProblem.js'
import { runToEnd } from './steps.js'

// The phases that end at a time of their own (neighbourhood rounds, root relaxations, level
// searches) also end once the caller's stop signal fires: a CLI's Ctrl-C must not wait for a
// 30 s budget's share. Laws, without clocks: a phase stopped after k of its steps is the
// phase run for k steps, and a stopped bound is still a bound.

const cases = fc.tuple(
  fc.oneof(
    sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true }),
    scenarioArb({ maxParties: 4, maxIssues: 5, mandates: true, partialStakeholders: true }),
  ),
  fc.constantFrom<Objective>('sum', 'maxmin', 'nash', 'fewest'),
  fc.integer({ min: 0, max: 6 }),
)

/** Runs a generator to its end, counting its yields; `stopAfter` fires once `yields ≥ k`. */
const drive = <T>(start: (stopped: () => boolean) => Generator<void, T>, k: number): { value: T; yields: number } => {
  let yields = 0
  const steps = start(() => yields >= k)
  for (;;) {
    const next = steps.next()
    if (next.done === true) return { value: next.value, yields }
    yields++
  }
}

const rounds = (stopped?: () => boolean, count = 200): NeighbourhoodOptions => ({
  rounds: count,
  staleRounds: count,
  size: 2,
  nodesPerRound: 50,
  seed: 7,
  until: Infinity,
  stopped,
})

const relaxation = (problem: SearchProblem, iterations: number, stopped?: () => boolean) => {
  const lowest = planSearch(problem, 0).lowest
  const objective = problem.objectives[0]
  return objective === 'sum'
    ? sumRelaxation(problem, lowest, iterations, Infinity, stopped)
    : objective === 'maxmin'
      ? maxminRelaxation(problem, problem.alwaysParticipant, iterations, Infinity, stopped)
      : nashRelaxation(problem, problem.alwaysParticipant, lowest.map(Math.abs), iterations, Infinity, stopped)
}

describe('stop checks inside the search phases', () => {
  it('a neighbourhood search stopped after k rounds is the search of k rounds', () =>
    fc.assert(
      fc.property(cases, ([scenario, objective, k]) => {
        const problem = problemOf(scenario, { objective })
        const stopped = drive((s) => neighbourhoodSearch(problem, undefined, rounds(s)), k)
        // It yields after every round: a stop at k ends it before round k + 1 starts.
        expect(stopped.yields).toBeLessThanOrEqual(k)
        const short = runToEnd(neighbourhoodSearch(problem, undefined, rounds(undefined, k)))
        expect(stopped.value.map((x) => [...x])).toEqual(short.map((x) => [...x]))
      }),
      { numRuns: 150 },
    ))

  it('a root relaxation stopped after k iterations gives the bound of k iterations', () =>
    fc.assert(
      fc.property(cases, ([scenario, objective, k]) => {
        if (objective === 'fewest') return
        const problem = problemOf(scenario, { objective, payments: false })
        const stopped = drive((s) => relaxation(problem, 300, s), k)
        const short = runToEnd(relaxation(problem, Math.max(1, k)))
        expect(stopped.value.bound?.root).toEqual(short.bound?.root)
        expect(stopped.yields).toBeLessThanOrEqual(Math.max(1, k))
      }),
      { numRuns: 150 },
    ))

  it('a level search asked to stop ends at its first look, before it finds or rules out anything', () =>
    fc.assert(
      fc.property(cases, ([scenario]) => {
        const problem = problemOf(scenario, { objective: 'maxmin', payments: false })
        const plan = planSearch(problem, 0)
        const prop = levelPropagation(problem, plan)
        const oracle = exhaustive(scenario, { objective: 'maxmin', payments: false })
        if (!prop.usable || oracle._tag !== 'Optimal' || !Number.isFinite(oracle.best.value[0]!)) return
        // A level some valid deal reaches: only a search that ran could answer anything but 'Stopped'.
        const limits = { perFirstChange: Infinity, until: Infinity, work: Infinity, stopped: () => true }
        // At the root the level search counts interaction terms at their upper bounds, as levelDives does.
        const state = createNodeState(problem, plan)
        computePairs(state)
        const decided = Float64Array.from(state.pairUpper)
        const result = levelSearch(problem, plan, prop, decided, oracle.best.value[0]! - 1, limits, () => true)
        expect(result._tag).toBe('Stopped')
      }),
      { numRuns: 150 },
    ))

  it('a level cap stopped at any look still bounds the optimum', () =>
    fc.assert(
      fc.property(cases, ([scenario, , k]) => {
        const problem = problemOf(scenario, { objective: 'maxmin', payments: false })
        const oracle = exhaustive(scenario, { objective: 'maxmin', payments: false })
        if (oracle._tag !== 'Optimal') return
        const from = oracle.best.value[0]! - 1
        let looks = 0
        const capped = levelCap(problem, planSearch(problem, 0), from, Infinity, 6, () => ++looks > k)
        expect(capped.bound).toBeGreaterThanOrEqual(oracle.best.value[0]! - problem.objectiveTolerances[0]!)
      }),
      { numRuns: 150 },
    ))

  it('findDeal stopped at any look of its signal returns only a valid deal and a bound above the optimum', () =>
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 40 }), ([scenario, objective], firesAt) => {
        const options = { objective, payments: false } as const
        const { signal } = firingSignal(firesAt)
        // A time budget: the phases that end at a time of their own run only under one.
        const result = findDeal(scenario, { ...options, budget: { timeMs: 60_000, signal } })
        const oracle = exhaustive(scenario, options)
        if (result._tag === 'NoDeal') {
          expect(oracle._tag).toBe('NoDeal')
          return
        }
        const best = result._tag === 'Optimal' ? result.best : result.best._tag === 'Some' ? result.best.value : null
        if (best !== null) expect(checkDeal(scenario, best.deal).valid).toBe(true)
        if (oracle._tag === 'Optimal')
          expect(result.bound[0]!).toBeGreaterThanOrEqual(
            oracle.best.value[0]! - 1e-6 * (1 + Math.abs(oracle.best.value[0]!)),
          )
      }),
      { numRuns: 150 },
    ))
})
