import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IssueOption, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { relabel } from '@mandjes/testkit/relabel.js'
import { bestOf, constraintsArb } from '@mandjes/testkit/searchFixtures.js'
import { startClock } from './engine/budget.js'
import { forEachValidDeal } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import { compareValues } from './objectives.js'
import { scaleParty } from './scaleParty.js'
import type { Objective, SearchOptions, SearchResult } from './Search.js'
import { problemOf } from './engine/SearchProblem.js'

const rich = {
  minIssues: 2,
  maxIssues: 5,
  maxOptions: 3,
  maxParties: 4,
  mandates: true,
  reservations: true,
  interactions: true,
  partialStakeholders: true,
}
const linear: readonly Objective[] = ['sum', 'maxmin', 'fewest']

/** The valid deals of a scenario, as canonical strings of their choices. */
const validDeals = (
  scenario: Scenario,
  options: SearchOptions = {},
  map: (c: Record<string, string>) => Record<string, string> = (c) => c,
) => {
  const found: string[] = []
  forEachValidDeal(problemOf(scenario, options), startClock(), (d) => {
    const c = map(d.deal.choices)
    found.push(
      JSON.stringify(
        Object.keys(c)
          .sort()
          .map((k) => [k, c[k]]),
      ),
    )
    return true
  })
  return found.sort()
}

const valueOf = (r: SearchResult) => bestOf(r)?.value ?? [-Infinity]

describe('search laws: relabelling and rescaling', () => {
  it('renaming and reordering parties, issues and options changes neither the valid deals nor the optimal value', () =>
    fc.assert(
      fc.property(
        scenarioArb(rich),
        fc.nat(5),
        fc.constantFrom<Objective>('sum', 'nash', 'maxmin', 'fewest'),
        (scenario, shift, objective) => {
          const { scenario: renamed, deal } = relabel(scenario, shift)
          const rename = (c: Record<string, string>) =>
            deal({ choices: c as never, payments: [] }).choices as Record<string, string>
          expect(validDeals(renamed)).toEqual(validDeals(scenario, {}, rename))
          const a = valueOf(findDeal(scenario, { objective }))
          const b = valueOf(findDeal(renamed, { objective }))
          expect(b[0] === a[0] || Math.abs(b[0]! - a[0]!) < 1e-9).toBe(true)
        },
      ),
      { numRuns: 150 },
    ))

  it('multiplying one party’s valuations (and its floors) by a positive constant changes neither the valid deals nor the Nash optimum', () =>
    fc.assert(
      fc.property(
        scenarioArb({ ...rich, compensation: true }),
        fc.nat(3),
        fc.constantFrom(2, 0.5, 4, 0.25),
        (scenario, who, factor) => {
          const party = scenario.parties[who % scenario.parties.length]!.id
          const scaled = scaleParty(scenario, party, factor)
          expect(validDeals(scaled)).toEqual(validDeals(scenario))
          const a = findDeal(scenario, { objective: 'nash' })
          const b = findDeal(scaled, { objective: 'nash' })
          expect(b._tag).toBe(a._tag)
          const [x, y] = [valueOf(a)[0]!, valueOf(b)[0]!]
          expect(x === y || Math.abs(x - y) < 1e-9).toBe(true)
        },
      ),
      { numRuns: 150 },
    ))
})

describe('search laws: monotonicity', () => {
  const better = (a: SearchResult, b: SearchResult, tolerance = 1e-9) =>
    compareValues(
      [...valueOf(a)],
      [...valueOf(b)],
      valueOf(a).map(() => tolerance),
    )

  it('adding an option to an issue never makes the optimum worse', () =>
    fc.assert(
      fc.property(
        scenarioArb(rich),
        fc.nat(5),
        fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(...linear),
        (scenario, which, values, objective) => {
          const issue = scenario.issues[which % scenario.issues.length]!
          const added = 'added' as OptionId
          const wider: Scenario = {
            ...scenario,
            issues: scenario.issues.map((i) =>
              i.id === issue.id
                ? { ...i, options: [...i.options, { id: added, label: 'added' } satisfies IssueOption] }
                : i,
            ),
            parties: scenario.parties.map((p, k) => {
              const v = p.valuations[issue.id]
              return v === undefined
                ? p
                : {
                    ...p,
                    valuations: {
                      ...p.valuations,
                      [issue.id]: { ...v, values: { ...v.values, [added]: values[k % 4]! } },
                    },
                  }
            }),
          }
          expect(better(findDeal(wider, { objective }), findDeal(scenario, { objective }))).toBeGreaterThanOrEqual(0)
        },
      ),
      { numRuns: 200 },
    ))

  it('loosening a mandate never makes the optimum worse', () =>
    fc.assert(
      fc.property(
        scenarioArb(rich),
        fc.nat(3),
        fc.constantFrom('redLines', 'allowedOptions', 'minGain', 'minDomainGain'),
        fc.constantFrom(...linear),
        (scenario, who, rule, objective) => {
          const id = scenario.parties[who % scenario.parties.length]!.id
          const looser: Scenario = {
            ...scenario,
            parties: scenario.parties.map((p) => {
              if (p.id !== id) return p
              const m = p.mandate
              if (rule === 'redLines') return { ...p, mandate: { ...m, redLines: m.redLines.slice(1) } }
              if (rule === 'allowedOptions') return { ...p, mandate: { ...m, allowedOptions: {} } }
              if (rule === 'minGain')
                return { ...p, mandate: { ...m, ...(m.minGain === undefined ? {} : { minGain: m.minGain - 1 }) } }
              return {
                ...p,
                mandate: {
                  ...m,
                  minDomainGain: Object.fromEntries(Object.entries(m.minDomainGain).map(([d, g]) => [d, g! - 1])),
                },
              }
            }),
          }
          expect(better(findDeal(looser, { objective }), findDeal(scenario, { objective }))).toBeGreaterThanOrEqual(0)
        },
      ),
      { numRuns: 200 },
    ))

  it('adding a constraint never makes the optimum better, with or without payments', () =>
    fc.assert(
      fc.property(
        scenarioArb({ ...rich, compensation: true }).chain((s) => fc.tuple(fc.constant(s), constraintsArb(s))),
        fc.constantFrom<Objective>('sum', 'nash', 'maxmin', 'fewest'),
        ([scenario, constraints], objective) => {
          const free = findDeal(scenario, { objective })
          const bound = findDeal(scenario, { objective, constraints })
          expect(better(bound, free)).toBeLessThanOrEqual(0)
          if (free._tag === 'NoDeal') expect(bound._tag).toBe('NoDeal')
        },
      ),
      { numRuns: 200 },
    ))
})
