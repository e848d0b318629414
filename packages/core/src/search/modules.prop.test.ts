import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { scenarioArb, dealArb } from '@mandjes/testkit/arbitraries.js'
import { withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { constraintsArb, isSound } from '@mandjes/testkit/searchFixtures.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { participantsOf } from '../evaluate/changesOf.js'
import { choicesOfDeal, compile, takesPart } from '../evaluate/compile.js'
import type { Scenario } from '../model/Scenario.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { encodeScenario } from '../scenarioFile/encodeScenario.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { ObjectiveSpec, SearchOptions } from './Search.js'

const objectives: readonly ObjectiveSpec[] = ['sum', 'nash', 'maxmin', 'fewest', ['maxmin', 'fewest']]
const dense = { minIssues: 1, maxIssues: 3, maxOptions: 3, maxParties: 5 }
const sparse = { ...dense, partialStakeholders: true, mandates: true, reservations: true }

const cases: readonly (readonly [string, fc.Arbitrary<Scenario>])[] = [
  ['dense', withModuleArb(scenarioArb(dense))],
  [
    'sparse, with mandates, a say on any change and a coalition running today',
    withModuleArb(scenarioArb(sparse), { runningToday: true, sayOnAnyChange: true }),
  ],
  ['with targets', withModuleArb(targetScenarioArb({ ...dense, maxIssues: 2 }), { runningToday: true })],
]

const caseArb = (scenarios: fc.Arbitrary<Scenario>) =>
  scenarios.chain((scenario) =>
    fc
      .record({
        objective: fc.constantFrom(...objectives),
        constraints: fc.option(constraintsArb(scenario), { nil: undefined, freq: 3 }),
      })
      .map(
        ({ objective, constraints }) =>
          [scenario, { objective, ...(constraints === undefined ? {} : { constraints }) } as SearchOptions] as const,
      ),
  )

describe('modules in the searches', () => {
  for (const [name, scenarios] of cases) {
    it(`findDeal chooses a valid coalition of the oracle's value, and NoDeal with the oracle's certificate (${name})`, () =>
      fc.assert(
        fc.property(caseArb(scenarios), ([scenario, search]) => {
          const oracle = exhaustive(scenario, search)
          const result = findDeal(scenario, search)
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(isSound(scenario, search, result.best)).toBe(true)
            result.best.value.forEach((v, k) => expect(v).toBeCloseTo(oracle.best.value[k]!, 6))
          }
          if (result._tag === 'NoDeal' && oracle._tag === 'NoDeal') {
            expect(result.certificate.binding).toEqual(oracle.certificate.binding)
            expect(result.certificate.reason).toBe(oracle.certificate.reason)
          }
        }),
        { numRuns: 250 },
      ))
  }

  it('a valid deal that changes the module gives every member of its coalition a strict gain, and lets nobody outside lose', () =>
    fc.assert(
      fc.property(caseArb(cases[1]![1]), ([scenario, search]) => {
        const result = findDeal(scenario, search)
        if (result._tag !== 'Optimal') return
        const { deal } = result.best
        const module = scenario.issues[0]!
        const chosen = module.options.find((o) => o.id === deal.choices[module.id])!
        const check = checkDeal(scenario, deal)
        expect(chosen.members!.length === 0 || chosen.members!.length >= module.module!.minMembers).toBe(true)
        if (deal.choices[module.id] !== scenario.statusQuo.choices[module.id])
          for (const m of chosen.members!) expect(check.participants).toContain(m)
        for (const party of scenario.parties)
          if (!check.participants.includes(party.id)) expect(check.gains[party.id]!).toBeGreaterThan(-1e-9)
      }),
      { numRuns: 200 },
    ))

  it("compile's per-option participation names exactly participantsOf", () =>
    fc.assert(
      fc.property(
        withModuleArb(scenarioArb(sparse), { runningToday: true, sayOnAnyChange: true }).chain((s) =>
          dealArb(s).map((d) => [s, d] as const),
        ),
        ([scenario, deal]) => {
          const c = compile(scenario)
          const choices = choicesOfDeal(c, deal)
          const fromCompile = c.partyIds.filter((_, p) =>
            Array.from(choices).some((o, i) => o !== c.statusQuo[i] && takesPart(c, i, o, p)),
          )
          expect(fromCompile).toEqual(participantsOf(scenario, { ...deal, payments: [] }))
          // The sure set: whoever takes part in every change of an issue.
          c.issueIds.forEach((_, i) => {
            for (let p = 0; p < c.partyCount; p++)
              if (c.stakeholder[i * c.partyCount + p])
                for (let o = 0; o < c.optionCount[i]!; o++)
                  if (o !== c.statusQuo[i]) expect(takesPart(c, i, o, p)).toBe(true)
          })
        },
      ),
      { numRuns: 300 },
    ))

  it('a scenario with a module reads back from its file unchanged', () =>
    fc.assert(
      fc.property(withModuleArb(scenarioArb(sparse), { runningToday: true, sayOnAnyChange: true }), (scenario) => {
        expect(decodeScenario(JSON.parse(JSON.stringify(encodeScenario(scenario))))).toEqual(E.right(scenario))
      }),
      { numRuns: 200 },
    ))
})
