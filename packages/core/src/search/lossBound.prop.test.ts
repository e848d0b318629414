import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { scenarioArb, dealArb } from '@mandjes/testkit/arbitraries.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { isSound } from '@mandjes/testkit/searchFixtures.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { encodeScenario } from '../scenarioFile/encodeScenario.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { ObjectiveSpec } from './Search.js'

const objectives: readonly ObjectiveSpec[] = ['sum', 'nash', 'maxmin', 'fewest']
const sparse = { minIssues: 1, maxIssues: 4, maxOptions: 3, maxParties: 4, partialStakeholders: true, mandates: true }

describe('an outsider may lose within its lossBound', () => {
  it('checkDeal lets an outsider lose up to its bound and no more; participants are judged as before', () =>
    fc.assert(
      fc.property(
        withLossBoundsArb(scenarioArb(sparse)).chain((s) => dealArb(s).map((d) => [s, d] as const)),
        ([scenario, deal]) => {
          const check = checkDeal(scenario, deal)
          const strict = checkDeal({ ...scenario, parties: scenario.parties.map(({ lossBound: _, ...p }) => p) }, deal)
          for (const party of scenario.parties) {
            const outsider = !check.participants.includes(party.id)
            const flagged = check.flaws.some((f) => f._tag === 'OutsiderLoses' && f.party === party.id)
            const gain = check.gains[party.id]!
            if (outsider) expect(flagged).toBe(gain < -(party.lossBound ?? 0) - 1e-9)
          }
          // A bound only ever lets more deals through.
          if (strict.valid) expect(check.valid).toBe(true)
        },
      ),
      { numRuns: 400 },
    ))

  for (const [name, scenarios] of [
    ['sparse', withLossBoundsArb(scenarioArb(sparse))],
    [
      'with a module',
      withLossBoundsArb(withModuleArb(scenarioArb({ ...sparse, maxIssues: 2 }), { runningToday: true })),
    ],
  ] as const) {
    it(`findDeal equals the oracle when outsiders have loss bounds (${name})`, () =>
      fc.assert(
        fc.property(scenarios, fc.constantFrom(...objectives), (scenario, objective) => {
          const search = { objective }
          const oracle = exhaustive(scenario, search)
          const result = findDeal(scenario, search)
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(isSound(scenario, search, result.best)).toBe(true)
            result.best.value.forEach((v, k) => expect(v).toBeCloseTo(oracle.best.value[k]!, 6))
          }
        }),
        { numRuns: 250 },
      ))
  }

  it('reads back from its file unchanged', () =>
    fc.assert(
      fc.property(withLossBoundsArb(scenarioArb(sparse)), (scenario) => {
        expect(decodeScenario(JSON.parse(JSON.stringify(encodeScenario(scenario))))).toEqual(E.right(scenario))
      }),
      { numRuns: 100 },
    ))
})
