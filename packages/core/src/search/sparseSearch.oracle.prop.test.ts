import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Deal } from '../model/Deal.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { allDeals } from './allDeals.js'
import { startClock } from './engine/budget.js'
import { exhaustive, forEachValidDeal } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import { findDealAsync } from './findDealAsync.js'
import { compareValues } from './objectives.js'
import type { ObjectiveSpec, RankedDeal, SearchOptions } from './Search.js'
import { problemOf } from './engine/SearchProblem.js'
import { topDeals } from './topDeals.js'
import { bestOf, constraintsArb, isSound } from '@mandjes/testkit/searchFixtures.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'

// Every search against the exhaustive oracle on small sparse scenarios, down to which parties
// take part: on sparse scenarios participation is the hard part (a party takes part only when
// one of the issues it has a say on changes, or money moves to or from it).
const objectives: readonly ObjectiveSpec[] = [
  'sum',
  'maxmin',
  'nash',
  'fewest',
  ['maxmin', 'fewest'],
  ['fewest', 'sum'],
]
const caseArb = sparseScenarioArb({ maxParties: 5, maxIssues: 5, compensation: true, interactions: true }).chain(
  (scenario) =>
    fc
      .record({
        objective: fc.constantFrom(...objectives),
        constraints: fc.option(constraintsArb(scenario), { nil: undefined, freq: 3 }),
      })
      .map(({ objective, constraints }): [Scenario, SearchOptions] => [
        scenario,
        { objective, ...(constraints === undefined ? {} : { constraints }) },
      ]),
)

/** The participants by definition: stakeholders of a changed issue, and everyone paying or paid. */
const participantsOf = (scenario: Scenario, deal: Deal): PartyId[] => {
  const taking = new Set<PartyId>()
  for (const issue of scenario.issues)
    if (deal.choices[issue.id] !== scenario.statusQuo.choices[issue.id])
      issue.stakeholders.forEach((p) => taking.add(p))
  for (const p of deal.payments) taking.add(p.from).add(p.to)
  return scenario.parties.map((p) => p.id).filter((id) => taking.has(id))
}

// A deal that changes only issues nobody has a say on has no participants: maxmin and nash are −Infinity.
const close = (a: number, b: number) => a === b || Math.abs(a - b) < 1e-6

const optimalDeals = (scenario: Scenario, options: SearchOptions, value: readonly number[]): RankedDeal[] => {
  const found: RankedDeal[] = []
  forEachValidDeal(problemOf(scenario, options), startClock(), (d) => {
    if (d.value.every((v, k) => close(v, value[k]!))) found.push(d)
    return true
  })
  return found
}

/** `best` is sound, scores the oracle's optimum, and has the participants some optimal deal of the oracle has. */
const agrees = (scenario: Scenario, options: SearchOptions, tag: string, best: RankedDeal | undefined) => {
  const oracle = exhaustive(scenario, options)
  expect(tag).toBe(oracle._tag)
  if (oracle._tag !== 'Optimal' || best === undefined) return
  expect(isSound(scenario, options, best)).toBe(true)
  best.value.forEach((v, k) => expect(close(v, oracle.best.value[k]!)).toBe(true))
  expect([...best.participants].sort()).toEqual(participantsOf(scenario, best.deal).sort())
  const sets = optimalDeals(scenario, options, oracle.best.value).map((d) => [...d.participants].sort().join())
  expect(sets).toContain([...best.participants].sort().join())
}

describe('every search agrees with the exhaustive oracle on sparse scenarios, including who takes part', () => {
  it('findDeal', () =>
    fc.assert(
      fc.property(caseArb, ([scenario, options]) => {
        const r = findDeal(scenario, options)
        agrees(scenario, options, r._tag, bestOf(r))
      }),
      { numRuns: 200 },
    ))

  it('findDealAsync', () =>
    fc.assert(
      fc.asyncProperty(caseArb, async ([scenario, options]) => {
        const r = await findDealAsync(scenario, options)
        agrees(scenario, options, r._tag, bestOf(r))
      }),
      { numRuns: 60 },
    ))

  it('topDeals(1)', () =>
    fc.assert(
      fc.property(caseArb, ([scenario, options]) => {
        const top = topDeals(scenario, 1, options)
        expect(top.complete).toBe(true)
        agrees(scenario, options, top.deals.length === 0 ? 'NoDeal' : 'Optimal', top.deals[0])
      }),
      { numRuns: 200 },
    ))

  it('topDeals(k): the best deal of each of the oracle’s k best change sets, in order, proved', () =>
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 4 }), ([scenario, options], k) => {
        const top = topDeals(scenario, k, options)
        expect(top.complete).toBe(true)
        expect(top.certificate.proved).toBe(true)
        top.deals.forEach((d) => expect(isSound(scenario, options, d)).toBe(true))
        const problem = problemOf(scenario, options)
        const tolerances = [...problem.objectiveTolerances, 0.5]
        const keyOf = (d: RankedDeal) => [...d.value, -d.changes.length]
        const bestPerSet = new Map<string, RankedDeal>()
        forEachValidDeal(problem, startClock(), (d) => {
          const held = bestPerSet.get(d.changes.join())
          if (held === undefined || compareValues(keyOf(d), keyOf(held), tolerances) > 0)
            bestPerSet.set(d.changes.join(), d)
          return true
        })
        const expected = [...bestPerSet.values()]
          .sort((a, b) => compareValues(keyOf(b), keyOf(a), tolerances))
          .slice(0, k)
        expect(top.deals.length).toBe(expected.length)
        top.deals.forEach((d, j) => expect(compareValues(keyOf(d), keyOf(expected[j]!), tolerances)).toBe(0))
        expect(new Set(top.deals.map((d) => d.changes.join())).size).toBe(top.deals.length)
        // Proved: the bound is the first deal's own value, as findDeal's Optimal gives it.
        if (top.deals.length > 0) expect(top.certificate).toMatchObject({ bound: top.deals[0]!.value, gap: 0 })
      }),
      { numRuns: 200 },
    ))

  it('allDeals returns exactly the oracle’s valid deals, each with its own participants', () =>
    fc.assert(
      fc.property(caseArb, ([scenario, options]) => {
        const all = allDeals(scenario, options)
        const oracle: RankedDeal[] = []
        forEachValidDeal(problemOf(scenario, options), startClock(), (d) => (oracle.push(d), true))
        expect(all.complete).toBe(true)
        expect(all.count).toBe(oracle.length)
        const key = (d: RankedDeal) =>
          `${JSON.stringify(Object.entries(d.deal.choices).sort())}|${[...d.participants].sort().join()}`
        // At most 3^5 deals, under allDeals' cap of 1000: every one is returned.
        expect(all.deals.map(key).sort()).toEqual(oracle.map(key).sort())
        for (const d of all.deals) expect([...d.participants].sort()).toEqual(participantsOf(scenario, d.deal).sort())
      }),
      { numRuns: 200 },
    ))
})
