import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb, type ScenarioArbOptions } from '@mandjes/testkit/arbitraries.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { bestOf, constraintsArb, isSound } from '@mandjes/testkit/searchFixtures.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { ObjectiveSpec, SearchOptions } from './Search.js'

const objectives: readonly ObjectiveSpec[] = [
  'sum',
  'nash',
  'maxmin',
  'fewest',
  ['maxmin', 'fewest'],
  ['fewest', 'sum'],
]
const small = { minIssues: 2, maxIssues: 6, maxOptions: 4, maxParties: 5 }
const kinds: readonly (readonly [string, ScenarioArbOptions])[] = [
  ['plain', small],
  [
    'mandates, reservations, interactions, partial stakeholders',
    { ...small, mandates: true, reservations: true, interactions: true, partialStakeholders: true },
  ],
  ['payments and mandates', { ...small, maxIssues: 5, compensation: true, mandates: true, reservations: true }],
  ['real-valued with interactions', { ...small, realValues: true, interactions: true }],
]

/** A scenario with random search options: objective, constraints (half the time), gain rule. */
const caseArb = (options: ScenarioArbOptions) =>
  scenarioArb(options).chain((scenario) =>
    fc
      .record({
        objective: fc.constantFrom(...objectives),
        constraints: fc.option(constraintsArb(scenario), { nil: undefined }),
        nonNegative: fc.boolean(),
      })
      .map(({ objective, constraints, nonNegative }) => {
        const search: SearchOptions = {
          objective,
          ...(constraints === undefined ? {} : { constraints }),
          ...(nonNegative ? { rules: { gainRule: 'nonNegative' as const } } : {}),
        }
        return [scenario, search] as const
      }),
  )

describe('findDeal against the exhaustive oracle', () => {
  for (const [name, options] of kinds) {
    it(`returns only valid deals that keep the constraints, of the oracle's optimal value, and NoDeal exactly when the oracle finds none (${name})`, () =>
      fc.assert(
        fc.property(caseArb(options), ([scenario, search]) => {
          const oracle = exhaustive(scenario, search)
          const result = findDeal(scenario, search)
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(isSound(scenario, search, result.best)).toBe(true)
            result.best.value.forEach((v, k) => expect(v).toBeCloseTo(oracle.best.value[k]!, 6))
          }
          if (result._tag === 'NoDeal' && oracle._tag === 'NoDeal') {
            expect(result.certificate.binding).toEqual(oracle.certificate.binding)
          }
        }),
        { numRuns: 300 },
      ))
  }
})

describe('findDeal on negotiations where each party cares about some issues', () => {
  it('agrees with the oracle for every objective, with and without interaction terms', () =>
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 5, max: 7 }),
        fc.constantFrom(...objectives),
        fc.boolean(),
        (seed, parties, issues, objective, interactions) => {
          const scenario = negotiationScenario({ parties, issues, options: 3, seed, interactions })
          const oracle = exhaustive(scenario, { objective })
          const result = findDeal(scenario, { objective })
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(isSound(scenario, { objective }, result.best)).toBe(true)
            result.best.value.forEach((v, k) =>
              expect(v === oracle.best.value[k] || Math.abs(v - oracle.best.value[k]!) < 1e-6).toBe(true),
            )
          }
        },
      ),
      { numRuns: 80 },
    ))
})

describe('findDeal under a node budget', () => {
  it('returns a valid best-so-far deal and a bound no valid deal exceeds', () =>
    fc.assert(
      fc.property(
        caseArb({ ...small, mandates: true, interactions: true }),
        fc.integer({ min: 1, max: 60 }),
        ([scenario, search], nodes) => {
          const result = findDeal(scenario, { ...search, budget: { nodes } })
          const best = bestOf(result)
          if (best !== undefined) expect(isSound(scenario, search, best)).toBe(true)
          if (result._tag === 'BudgetExhausted') {
            const oracle = exhaustive(scenario, search)
            const top = bestOf(oracle)
            if (top !== undefined) expect(result.bound[0]!).toBeGreaterThanOrEqual(top.value[0]! - 1e-6)
            expect(result.gap).toBeGreaterThanOrEqual(-1e-9)
          }
        },
      ),
      { numRuns: 150 },
    ))
})
