import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDeal, explainDeal, findDeal, type Scenario } from '../index.js'
import { partyTolerances, scaleParty } from '../engine.js'
import { rescalingFactors, scaleAtLeastOne, staysNormal } from '@mandjes/testkit/rescaling.js'
import { dealArb, scenarioArb } from '@mandjes/testkit/arbitraries.js'

// Verdicts only: which flaws (by kind and party), not the gains, which scale.
const verdictOf = (scenario: Scenario, deal: Parameters<typeof checkDeal>[1]) =>
  checkDeal(scenario, deal)
    .flaws.map((f) => `${f._tag}:${'party' in f ? f.party : ''}`)
    .sort()
const existsDeal = (scenario: Scenario) => findDeal(scenario, { budget: { timeMs: 2000 } })._tag
// Upwards from a party whose scale is at least 1 (the tolerance's floor, see toleranceFor.ts).
const factors = rescalingFactors

/** Every verdict explainDeal gives, party by party (which side of each rule, not the amounts). */
const explanationVerdicts = (scenario: Scenario, deal: Parameters<typeof checkDeal>[1]) =>
  explainDeal(scenario, deal).parties.map((p) => ({
    participant: p.participant,
    gives: p.gives.map((c) => c.issue).sort(),
    gets: p.gets.map((c) => c.issue).sort(),
    indifferent: [...p.indifferent].sort(),
    gainRule: [p.gainRule.rule, p.gainRule.holds, p.gainRule.tight],
    mandate: p.mandate.map((m) => [m.rule, m.holds, m.tight]),
  }))

describe('the rescaling law: rescaling one party changes no verdict (regression: one tolerance for the whole scenario)', () => {
  it('gives every deal the same flaws when one party (of scale at least 1) is scaled by a factor up to 1e12', () =>
    fc.assert(
      fc.property(
        scenarioArb().chain((s) =>
          fc.tuple(fc.constant(s), dealArb(s), fc.nat({ max: s.parties.length - 1 }), fc.constantFrom(...factors)),
        ),
        ([scenario, deal, p, factor]) => {
          fc.pre(staysNormal(scenario, p, factor) && scaleAtLeastOne(scenario, p))
          const scaled = scaleParty(scenario, scenario.parties[p]!.id, factor)
          expect(verdictOf(scaled, deal)).toEqual(verdictOf(scenario, deal))
        },
      ),
      { numRuns: 400 },
    ))

  it('explains every deal alike for every party (gives, gets, each mandate rule and whether it is tight)', () =>
    fc.assert(
      fc.property(
        scenarioArb({ mandates: true, reservations: true, interactions: true }).chain((s) =>
          fc.tuple(fc.constant(s), dealArb(s), fc.nat({ max: s.parties.length - 1 }), fc.constantFrom(...factors)),
        ),
        ([scenario, deal, p, factor]) => {
          fc.pre(staysNormal(scenario, p, factor) && scaleAtLeastOne(scenario, p))
          const scaled = scaleParty(scenario, scenario.parties[p]!.id, factor)
          expect(explanationVerdicts(scaled, deal)).toEqual(explanationVerdicts(scenario, deal))
        },
      ),
      { numRuns: 400 },
    ))

  it('gives every deal the same flaws when a large party is scaled down, as long as its scale stays at least 1', () =>
    fc.assert(
      fc.property(
        scenarioArb().chain((s) =>
          fc.tuple(
            fc.constant(s),
            dealArb(s),
            fc.nat({ max: s.parties.length - 1 }),
            fc.constantFrom(1e-3, 1e-9, 1e-12),
          ),
        ),
        ([scenario, deal, p, down]) => {
          fc.pre(staysNormal(scenario, p, 1e12) && scaleAtLeastOne(scenario, p))
          const id = scenario.parties[p]!.id
          const large = scaleParty(scenario, id, 1e12)
          const smaller = scaleParty(large, id, down)
          expect(verdictOf(smaller, deal)).toEqual(verdictOf(large, deal))
          expect(verdictOf(smaller, deal)).toEqual(verdictOf(scenario, deal))
        },
      ),
      { numRuns: 300 },
    ))

  it('finds a deal on the scaled scenario exactly when it finds one on the original', () =>
    fc.assert(
      fc.property(
        scenarioArb().chain((s) =>
          fc.tuple(fc.constant(s), fc.nat({ max: s.parties.length - 1 }), fc.constantFrom(1e3, 1e9, 1e12)),
        ),
        ([scenario, p, factor]) => {
          fc.pre(staysNormal(scenario, p, factor) && scaleAtLeastOne(scenario, p))
          const before = existsDeal(scenario)
          fc.pre(before !== 'BudgetExhausted')
          expect(existsDeal(scaleParty(scenario, scenario.parties[p]!.id, factor))).toBe(before)
        },
      ),
      { numRuns: 80 },
    ))

  it('a reservation utility far below the status quo (-1e15) changes no verdict, for that party or others', () =>
    fc.assert(
      fc.property(
        scenarioArb().chain((s) => fc.tuple(fc.constant(s), dealArb(s), fc.nat({ max: s.parties.length - 1 }))),
        ([scenario, deal, p]) => {
          const free: Scenario = {
            ...scenario,
            parties: scenario.parties.map((party, k) => {
              const { reservationUtility: _, ...rest } = party
              return k === p ? rest : party
            }),
          }
          const low: Scenario = {
            ...free,
            parties: free.parties.map((party, k) => (k === p ? { ...party, reservationUtility: -1e15 } : party)),
          }
          expect(verdictOf(low, deal)).toEqual(verdictOf(free, deal))
          expect(partyTolerances(low)).toEqual(partyTolerances(free))
        },
      ),
      { numRuns: 400 },
    ))

  it("scales a party's own tolerance with it and leaves the others' alone", () => {
    fc.assert(
      fc.property(scenarioArb(), fc.constantFrom(...factors), (scenario, factor) => {
        fc.pre(staysNormal(scenario, 0, factor) && scaleAtLeastOne(scenario, 0))
        const scaled = scaleParty(scenario, scenario.parties[0]!.id, factor)
        const before = partyTolerances(scenario)
        const after = partyTolerances(scaled)
        expect(Math.abs(after[0]! - before[0]! * factor)).toBeLessThanOrEqual(before[0]! * factor * 1e-12)
        for (let k = 1; k < before.length; k++) expect(after[k]).toBe(before[k])
      }),
    )
  })
})
