import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb, type ScenarioArbOptions } from '@mandjes/testkit/arbitraries.js'
import { constraintsArb, isSound } from '@mandjes/testkit/searchFixtures.js'
import { allDeals } from './allDeals.js'
import { startClock } from './engine/budget.js'
import { dealFrontier } from './dealFrontier.js'
import { forEachValidDeal } from './exhaustive.js'
import { explainDeal } from '../evaluate/explainDeal.js'
import { compareValues } from './objectives.js'
import type { RankedDeal, SearchOptions } from './Search.js'
import { problemOf } from './engine/SearchProblem.js'
import { topDeals } from './topDeals.js'

const small: ScenarioArbOptions = {
  minIssues: 2,
  maxIssues: 5,
  maxOptions: 3,
  maxParties: 4,
  mandates: true,
  interactions: true,
  reservations: true,
  partialStakeholders: true,
}
const withOptions = (options = small) =>
  scenarioArb(options).chain((s) =>
    fc
      .record({
        constraints: fc.option(constraintsArb(s), { nil: undefined }),
        objective: fc.constantFrom('sum' as const, 'maxmin' as const, 'nash' as const),
      })
      .map(({ constraints, objective }): [typeof s, SearchOptions] => [
        s,
        { objective, ...(constraints === undefined ? {} : { constraints }) },
      ]),
  )

const oracleDeals = (scenario: Parameters<typeof problemOf>[0], options: SearchOptions): RankedDeal[] => {
  const found: RankedDeal[] = []
  forEachValidDeal(problemOf(scenario, options), startClock(), (d) => (found.push(d), true))
  return found
}

describe('every search returns only valid deals, and agrees with enumeration', () => {
  it('allDeals counts exactly the valid deals and returns each of them valid', () =>
    fc.assert(
      fc.property(withOptions({ ...small, compensation: true }), ([scenario, options]) => {
        const all = allDeals(scenario, options)
        expect(all.complete).toBe(true)
        expect(all.count).toBe(oracleDeals(scenario, options).length)
        all.deals.forEach((d) => expect(isSound(scenario, options, d)).toBe(true))
      }),
      { numRuns: 150 },
    ))

  it('topDeals gives, for each set of changed issues, its best deal, in the oracle’s order', () =>
    fc.assert(
      fc.property(withOptions(), fc.integer({ min: 1, max: 4 }), ([scenario, options], k) => {
        const top = topDeals(scenario, k, options)
        top.deals.forEach((d) => expect(isSound(scenario, options, d)).toBe(true))
        const problem = problemOf(scenario, options)
        const tolerances = [...problem.objectiveTolerances, 0.5]
        const keyOf = (d: RankedDeal) => [...d.value, -d.changes.length]
        const bestPerSet = new Map<string, RankedDeal>()
        for (const d of oracleDeals(scenario, options)) {
          const set = d.changes.join()
          const held = bestPerSet.get(set)
          if (held === undefined || compareValues(keyOf(d), keyOf(held), tolerances) > 0) bestPerSet.set(set, d)
        }
        const expected = [...bestPerSet.values()]
          .sort((a, b) => compareValues(keyOf(b), keyOf(a), tolerances))
          .slice(0, k)
        expect(top.deals.length).toBe(expected.length)
        top.deals.forEach((d, j) => expect(compareValues(keyOf(d), keyOf(expected[j]!), tolerances)).toBe(0))
        expect(new Set(top.deals.map((d) => d.changes.join())).size).toBe(top.deals.length)
      }),
      { numRuns: 150 },
    ))

  it('dealFrontier (exact) holds exactly the undominated gain vectors of the valid deals', () =>
    fc.assert(
      fc.property(withOptions({ ...small, maxParties: 3 }), ([scenario, options]) => {
        const frontier = dealFrontier(scenario, options)
        frontier.deals.forEach((d) => expect(isSound(scenario, options, d)).toBe(true))
        const ids = scenario.parties.map((p) => p.id)
        const vectors = oracleDeals(scenario, options).map((d) => ids.map((id) => d.gains[id]!))
        const dominated = (x: number[]) =>
          vectors.some((y) => y.every((v, p) => v >= x[p]! - 1e-9) && y.some((v, p) => v > x[p]! + 1e-9))
        const key = (x: number[]) => x.map((v) => v.toFixed(6)).join()
        const expected = new Set(vectors.filter((x) => !dominated(x)).map(key))
        expect(new Set(frontier.deals.map((d) => key(ids.map((id) => d.gains[id]!))))).toEqual(expected)
      }),
      { numRuns: 150 },
    ))

  it('dealFrontier (sampled) returns valid deals no valid deal dominates', () =>
    fc.assert(
      fc.property(withOptions({ ...small, minParties: 4, maxParties: 5 }), ([scenario, options]) => {
        const frontier = dealFrontier(scenario, { ...options, samples: 6 })
        const ids = scenario.parties.map((p) => p.id)
        const vectors = oracleDeals(scenario, options).map((d) => ids.map((id) => d.gains[id]!))
        for (const d of frontier.deals) {
          expect(isSound(scenario, options, d)).toBe(true)
          const x = ids.map((id) => d.gains[id]!)
          expect(vectors.some((y) => y.every((v, p) => v >= x[p]! - 1e-9) && y.some((v, p) => v > x[p]! + 1e-6))).toBe(
            false,
          )
        }
      }),
      { numRuns: 60 },
    ))

  it('explainDeal splits each party’s gain into what it gets, gives, interactions and money', () =>
    fc.assert(
      fc.property(withOptions({ ...small, compensation: true }), ([scenario, options]) => {
        for (const d of allDeals(scenario, { ...options, cap: 5 }).deals) {
          const e = explainDeal(scenario, d.deal)
          expect(e.valid).toBe(true)
          for (const p of e.parties) {
            const total = [...p.gets, ...p.gives].reduce((s, c) => s + c.gain, 0) + p.interactionGain + p.moneyGain
            expect(total).toBeCloseTo(p.gain, 9)
            expect(p.mandateHolds).toBe(true)
            expect(p.participant).toBe(d.participants.includes(p.party))
          }
        }
      }),
      { numRuns: 100 },
    ))
})
