import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { everyDeal } from '@mandjes/testkit/bruteForceDeals.js'
import { disagreementByDefinition, noStatusQuoVariantsArb, utilityByDefinition } from '@mandjes/testkit/noStatusQuo.js'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'
import { analyzeScenario, type AnalysisPoint } from './analyzeScenario.js'

// The analysis of a game without a status quo against the definition written out from scratch
// (no compiled arrays, no integer grid): every outcome settles every issue, each party's
// reference point is the better of its disagreement point (its reservation utility when it
// values an issue without a status quo) and its reservation utility, an outcome counts when
// every party gains more than the tolerance over it, and the bargaining points are the frontier
// outcomes that maximise their criterion. Values are small integers and reservations halves,
// so every comparison below is exact in floating point.

interface Outcome {
  readonly key: string
  readonly gains: readonly number[]
}

const keyOf = (s: Scenario, choices: Readonly<Record<IssueId, OptionId>>): string =>
  s.issues.map((i) => choices[i.id]).join('|')

const referenceOf = (s: Scenario, party: Party): number =>
  Math.max(disagreementByDefinition(s, party), party.reservationUtility ?? -Infinity)

const feasibleByDefinition = (s: Scenario): Outcome[] => {
  const tolerance = toleranceFor(s)
  return everyDeal(s)
    .map((deal) => ({
      key: keyOf(s, deal.choices),
      gains: s.parties.map((party) => utilityByDefinition(s, party, deal) - referenceOf(s, party)),
    }))
    .filter((o) => o.gains.every((g) => g > tolerance))
}

const dominates = (a: readonly number[], b: readonly number[]): boolean =>
  a.every((x, p) => x >= b[p]!) && a.some((x, p) => x > b[p]!)

/** The outcomes with the highest score; `compare(a, b) > 0` when a scores higher. */
const argmax = (outcomes: readonly Outcome[], compare: (a: Outcome, b: Outcome) => number): Outcome[] => {
  let top: Outcome[] = []
  for (const o of outcomes) {
    const c = top.length === 0 ? 1 : compare(o, top[0]!)
    if (c > 0) top = [o]
    else if (c === 0) top.push(o)
  }
  return top
}

const sorted = (keys: readonly string[]): string[] => [...new Set(keys)].sort()
const keysOf = (s: Scenario, points: readonly AnalysisPoint[]): string[] =>
  sorted(points.map((p) => keyOf(s, p.choices)))

const scenarios = noStatusQuoVariantsArb(
  outcomeSpaceArb({ minParties: 2, maxParties: 4, maxIssues: 5, maxOptions: 3, reservations: true }),
)

describe('the analysis of a scenario without a status quo, by the definition', () => {
  it('finds the frontier and the four classic bargaining points the definition finds', () =>
    fc.assert(
      fc.property(scenarios, (s) => {
        const analysis = analyzeScenario(s, { maxTiesPerPoint: 100_000 })
        expect(analysis.status).toBe('complete')
        const feasible = feasibleByDefinition(s)
        const frontier = feasible.filter((o) => !feasible.some((other) => dominates(other.gains, o.gains)))
        const onFrontier = new Set(frontier.map((o) => o.key))
        expect(keysOf(s, analysis.frontier)).toEqual(sorted(frontier.map((o) => o.key)))
        expect(analysis.conflict.acceptableOutcomes).toBe(String(feasible.length))

        const product = (o: Outcome) => o.gains.reduce((a, b) => a * b, 1)
        const least = (o: Outcome) => Math.min(...o.gains)
        const total = (o: Outcome) => o.gains.reduce((a, b) => a + b, 0)
        const ideal = s.parties.map((_, p) => Math.max(0, ...feasible.map((o) => o.gains[p]!)))
        // The smallest share of the ideal gain, compared as exact fractions g_p / ideal_p.
        const share = (o: Outcome): [number, number] =>
          o.gains.reduce<[number, number]>(
            (best, g, p) => (g * best[1] < best[0] * ideal[p]! ? [g, ideal[p]!] : best),
            [1, 1],
          )
        const byShare = (a: Outcome, b: Outcome) => {
          const [x, y] = [share(a), share(b)]
          return x[0] * y[1] - y[0] * x[1]
        }
        const expected = {
          nash: argmax(feasible, (a, b) => product(a) - product(b)),
          kalaiSmorodinsky: argmax(feasible, byShare),
          egalitarian: argmax(feasible, (a, b) => least(a) - least(b)),
          maxWelfare: argmax(feasible, (a, b) => total(a) - total(b)),
        }
        for (const [name, winners] of Object.entries(expected) as [keyof typeof expected, Outcome[]][])
          expect(keysOf(s, analysis[name]), name).toEqual(
            sorted(winners.map((o) => o.key).filter((k) => onFrontier.has(k))),
          )
        for (const point of analysis.kalaiSmorodinskySpread) expect(onFrontier.has(keyOf(s, point.choices))).toBe(true)
      }),
      { numRuns: 200 },
    ))

  it('reports each party’s disagreement point as its reservation utility when it values an open issue', () =>
    fc.assert(
      fc.property(scenarios, (s) => {
        const analysis = analyzeScenario(s)
        for (const party of s.parties) expect(analysis.reservation[party.id]).toBe(referenceOf(s, party))
      }),
      { numRuns: 100 },
    ))
})

describe('the road that must be built (an example)', () => {
  it('has two frontier outcomes, and every bargaining point routes the road east', () => {
    const analysis = analyzeScenario(requiredRoad)
    expect(analysis.reservation).toEqual({ A: 1, B: 0.5 })
    expect(analysis.frontier.map((p) => p.choices)).toEqual([
      { road: 'west', h: 'a' },
      { road: 'east', h: 'a' },
    ])
    for (const points of [analysis.nash, analysis.kalaiSmorodinsky, analysis.egalitarian, analysis.maxWelfare])
      expect(points.map((p) => p.choices)).toEqual([{ road: 'east', h: 'a' }])
    expect(analysis.conflict.acceptableOutcomes).toBe('2')
  })
})
