import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { constraintsArb, isSound } from '@mandjes/testkit/searchFixtures.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { meetsTarget, targetTolerance, targetTotal } from '../evaluate/targetTotal.js'
import type { Scenario } from '../model/Scenario.js'
import type { Deal } from '../model/Deal.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import { topDeals } from './topDeals.js'
import { withoutTarget } from './constraints.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { encodeScenario } from '../scenarioFile/encodeScenario.js'
import * as E from 'fp-ts/lib/Either.js'
import type { ObjectiveSpec, SearchOptions } from './Search.js'

const objectives: readonly ObjectiveSpec[] = ['sum', 'nash', 'maxmin', 'fewest', ['maxmin', 'fewest']]
const dense = { minIssues: 2, maxIssues: 5, maxOptions: 4, maxParties: 4 }
const sparse = { ...dense, partialStakeholders: true, mandates: true, reservations: true }

const meetsEvery = (scenario: Scenario, deal: Deal): boolean =>
  (scenario.targets ?? []).every((t) => meetsTarget(t, targetTotal(scenario, t, deal), targetTolerance(scenario, t)))

const caseArb = (options: typeof dense) =>
  targetScenarioArb(options).chain((scenario) =>
    fc
      .record({
        objective: fc.constantFrom(...objectives),
        constraints: fc.option(constraintsArb(scenario), { nil: undefined }),
      })
      .map(
        ({ objective, constraints }) =>
          [scenario, { objective, ...(constraints === undefined ? {} : { constraints }) } as SearchOptions] as const,
      ),
  )

describe('regional targets in the searches', () => {
  for (const [name, options] of [
    ['dense', dense],
    ['sparse, with mandates', sparse],
  ] as const) {
    it(`findDeal returns only deals that meet every target, of the oracle's value, and NoDeal with the oracle's certificate (${name})`, () =>
      fc.assert(
        fc.property(caseArb(options), ([scenario, search]) => {
          const oracle = exhaustive(scenario, search)
          const result = findDeal(scenario, search)
          expect(result._tag).toBe(oracle._tag)
          if (result._tag === 'Optimal' && oracle._tag === 'Optimal') {
            expect(meetsEvery(scenario, result.best.deal)).toBe(true)
            expect(isSound(scenario, search, result.best)).toBe(true)
            result.best.value.forEach((v, k) => expect(v).toBeCloseTo(oracle.best.value[k]!, 6))
          }
          if (result._tag === 'NoDeal' && oracle._tag === 'NoDeal') {
            expect(result.certificate.binding).toEqual(oracle.certificate.binding)
            expect(result.certificate.reason).toBe(oracle.certificate.reason)
          }
        }),
        { numRuns: 300 },
      ))
  }

  it('names a target as binding exactly when dropping it alone lets some deal through', () =>
    fc.assert(
      fc.property(targetScenarioArb(sparse), (scenario) => {
        const result = findDeal(scenario)
        if (result._tag !== 'NoDeal') return
        for (const target of scenario.targets ?? []) {
          const freed = exhaustive(withoutTarget(scenario, target.id))._tag === 'Optimal'
          expect(result.certificate.binding.includes(`target:${target.id}`)).toBe(freed)
        }
      }),
      { numRuns: 200 },
    ))

  it('topDeals keeps only deals that meet every target, and checkDeal names each missed target', () =>
    fc.assert(
      fc.property(targetScenarioArb(dense), (scenario) => {
        for (const ranked of topDeals(scenario, 5).deals) expect(meetsEvery(scenario, ranked.deal)).toBe(true)
        const missed = (scenario.targets ?? []).filter(
          (t) => !meetsTarget(t, targetTotal(scenario, t, scenario.statusQuo), targetTolerance(scenario, t)),
        )
        const flagged = checkDeal(scenario, scenario.statusQuo).flaws.flatMap((f) =>
          f._tag === 'TargetMissed' ? [f.target] : [],
        )
        expect(flagged).toEqual(missed.map((t) => t.id))
      }),
      { numRuns: 150 },
    ))
})

describe('regional targets outside the searches', () => {
  it('survive writing and reading a scenario file', () =>
    fc.assert(
      fc.property(targetScenarioArb(dense), (scenario) => {
        expect(decodeScenario(encodeScenario(scenario))).toEqual(E.right(scenario))
      }),
      { numRuns: 100 },
    ))

  it('the deadlock analysis calls a single change agreeable exactly when checkDeal accepts it, and lists the targets it misses', () =>
    fc.assert(
      fc.property(targetScenarioArb(sparse), (scenario) => {
        for (const analysis of findDeadlocks(scenario).issues) {
          for (const option of analysis.options) {
            const check = checkDeal(scenario, dealFrom(scenario, { [analysis.issue]: option.option }))
            expect(option.agreeable).toBe(check.valid)
            expect(option.missedTargets).toEqual(
              check.flaws.flatMap((f) => (f._tag === 'TargetMissed' ? [f.target] : [])),
            )
          }
        }
      }),
      { numRuns: 200 },
    ))
})
