import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb, type ScenarioArbOptions } from '@mandjes/testkit/arbitraries.js'
import { validDeals } from '@mandjes/testkit/bruteForceDeals.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { domainGainOf } from '../evaluate/gainOf.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import type { Scenario } from '../model/Scenario.js'
import { findDeal } from '../search/findDeal.js'
import { applyRemedy } from './applyRemedy.js'
import { coalitionScenario } from './coalition.js'
import { diagnose } from './diagnose.js'
import { margins } from './firmness.js'
import { kadersOf, withoutKader } from './kaders.js'
import { withDomainFloor, withMandate, withoutMinGain } from './relaxations.js'

const small = { maxParties: 3, maxIssues: 3, maxOptions: 3, mandates: true }
const kinds = [
  ['mandates', small],
  [
    'mandates, reservations, interactions, partial stakeholders',
    { ...small, reservations: true, interactions: true, partialStakeholders: true },
  ],
  ['real-valued with mandates', { ...small, realValues: true }],
] as const

/** Scenarios without a deal, as the brute force sees them. */
const deadlocked = (options: ScenarioArbOptions) => scenarioArb(options).filter((s) => validDeals(s).length === 0)

const maxOf = (xs: readonly number[]) => (xs.length === 0 ? undefined : Math.max(...xs))

/**
 * Deadlocks made by tightening one kader just past what the deals allow: a scenario with
 * valid deals, then the minimum gain of a party in every one of them (or a floor in a domain it gains in) set
 * above the most it gets. Random kaders alone rarely bind, which would leave the law untested.
 */
const tightened = (options: ScenarioArbOptions, kader: 'minGain' | 'floor') =>
  // Few issues, so that some party takes part in every valid deal often enough (with real
  // values a single issue: random reals give few valid deals, and fewer shared participants).
  scenarioArb({ ...options, maxIssues: options.realValues === true ? 1 : 2, mandates: options.realValues !== true })
    .chain((s) =>
      fc.record({ pick: fc.nat(), offset: fc.double({ min: 0.01, max: 2, noNaN: true }) }).map((x) => ({ s, ...x })),
    )
    .map(({ s, pick, offset }): Scenario | undefined => {
      const deals = validDeals(s)
      if (deals.length === 0) return undefined
      // A party in every valid deal: tightening its kader can close the table.
      const taking = s.parties.map((x) => x.id).filter((id) => deals.every((d) => d.check.participants.includes(id)))
      if (taking.length === 0) return undefined
      const party = taking[pick % taking.length]!
      if (kader === 'minGain') {
        const most = Math.max(...deals.map((d) => d.check.gains[party]!))
        return withMandate(s, party, (m) => ({ ...m, minGain: most + offset }))
      }
      const domain = s.domains[pick % s.domains.length]!.id
      const most = Math.max(...deals.map((d) => domainGainOf(s, party, d.deal, domain)))
      return withMandate(s, party, (m) => withDomainFloor(m, domain, most + offset))
    })
    .filter((s): s is Scenario => s !== undefined && validDeals(s).length === 0)

describe('diagnose against brute force', () => {
  for (const [name, options] of kinds) {
    it(`gives remedies whose deal is valid in the relaxed scenario, where the search finds a deal too (${name})`, () =>
      fc.assert(
        fc.property(deadlocked(options), (scenario) => {
          const d = diagnose(scenario)
          expect(d.dealExists).toBe(false)
          for (const r of d.remedies) {
            const relaxed = applyRemedy(scenario, r)
            if (r.deal !== undefined) expect(checkDeal(relaxed, r.deal.deal).valid).toBe(true)
            if (r.kind !== 'newOption' && r.kind !== 'payment') expect(findDeal(relaxed)._tag).not.toBe('NoDeal')
          }
        }),
        { numRuns: 40 },
      ))

    it(`lowers a minimum gain exactly to the largest gain over deals valid for everyone else, and only when that helps (${name})`, () => {
      let seen = 0
      fc.assert(
        fc.property(tightened(options, 'minGain'), (scenario) => {
          const d = diagnose(scenario)
          const tol = toleranceFor(scenario)
          for (const party of scenario.parties) {
            if (party.mandate.minGain === undefined) continue
            const relaxed = withMandate(scenario, party.id, withoutMinGain)
            const best = maxOf(validDeals(relaxed).map((v) => v.check.gains[party.id]!))
            const remedy = d.remedies.find((r) => r.kind === 'relaxMinGain' && r.party === party.id)
            if (best === undefined) expect(remedy).toBeUndefined()
            else {
              seen++
              expect(remedy).toBeDefined()
              if (remedy?.kind !== 'relaxMinGain') continue
              expect(remedy.proof.minimal).toBe(true)
              expect(Math.abs(remedy.to - best)).toBeLessThanOrEqual(3 * tol)
            }
          }
        }),
        { numRuns: 40 },
      )
      expect(seen).toBeGreaterThan(0)
    })

    it(`lowers a domain floor exactly to the largest domain gain over deals valid for everyone else, and only when that helps (${name})`, () => {
      let seen = 0
      fc.assert(
        fc.property(tightened(options, 'floor'), (scenario) => {
          const d = diagnose(scenario)
          const tol = toleranceFor(scenario)
          for (const party of scenario.parties) {
            for (const domain of Object.keys(
              party.mandate.minDomainGain,
            ) as (keyof typeof party.mandate.minDomainGain)[]) {
              const relaxed = withMandate(scenario, party.id, (m) => withDomainFloor(m, domain, undefined))
              const best = maxOf(validDeals(relaxed).map((v) => domainGainOf(relaxed, party.id, v.deal, domain)))
              const remedy = d.remedies.find(
                (r) => r.kind === 'relaxDomainFloor' && r.party === party.id && r.domain === domain,
              )
              if (best === undefined) expect(remedy).toBeUndefined()
              else {
                seen++
                expect(remedy?.kind).toBe('relaxDomainFloor')
                if (remedy?.kind !== 'relaxDomainFloor') continue
                expect(Math.abs(remedy.to - best)).toBeLessThanOrEqual(3 * tol)
              }
            }
          }
        }),
        { numRuns: 40 },
      )
      expect(seen).toBeGreaterThan(0)
    })

    it(`names exactly the kaders whose lifting alone makes a deal possible (${name})`, () =>
      fc.assert(
        fc.property(deadlocked(options), (scenario) => {
          const d = diagnose(scenario)
          const expected = kadersOf(scenario).filter((k) => validDeals(withoutKader(scenario, k)).length > 0)
          expect(d.binding).toEqual(expected)
          for (const k of expected.filter((x) => x.kind === 'redLine')) {
            expect(
              d.remedies.some(
                (r) => r.kind === 'liftRedLine' && r.party === k.party && r.issue === (k as { issue: string }).issue,
              ),
            ).toBe(true)
          }
        }),
        { numRuns: 40 },
      ))
  }

  it('finds coalitions of the largest size at which any set of parties has a deal', () =>
    fc.assert(
      fc.property(deadlocked({ ...small, maxParties: 4, minParties: 3 }), (scenario) => {
        const d = diagnose(scenario)
        const ids = scenario.parties.map((p) => p.id)
        const sets = (size: number): (typeof ids)[] =>
          size === 0
            ? [[]]
            : ids.flatMap((id, k) =>
                sets(size - 1)
                  .filter((s) => s.every((x) => ids.indexOf(x) > k))
                  .map((s) => [id, ...s]),
              )
        const hasDeal = (set: typeof ids) => {
          const { scenario: restricted, offTable } = coalitionScenario(scenario, set)
          return validDeals(restricted).some((v) => v.check.changes.every((i) => !offTable.includes(i)))
        }
        let largest = 0
        for (let size = ids.length - 1; size >= 2 && largest === 0; size--) if (sets(size).some(hasDeal)) largest = size
        const found = d.remedies.filter((r) => r.kind === 'coalition')
        if (largest === 0) expect(found).toEqual([])
        else {
          expect(found.length).toBeGreaterThan(0)
          for (const r of found) if (r.kind === 'coalition') expect(r.parties.length).toBe(largest)
        }
      }),
      { numRuns: 40 },
    ))
})

describe('the payment remedy', () => {
  it('pays no less than what the short participants need for the deal it picks, and its deal is valid once compensation is allowed', () => {
    let seen = 0
    fc.assert(
      fc.property(
        // A minimum gain just out of reach, and parties that value money: often a payment helps.
        tightened({ ...small, compensation: true }, 'minGain').map((s): Scenario => {
          const { compensation: _none, ...rest } = s
          return rest
        }),
        (scenario) => {
          const pay = diagnose(scenario, { monteCarlo: false }).remedies.find((r) => r.kind === 'payment')
          if (pay?.kind !== 'payment') return
          seen++
          const relaxed = applyRemedy(scenario, pay)
          expect(pay.hypothetical).toBe(true)
          expect(checkDeal(relaxed, pay.deal.deal).valid).toBe(true)
          expect(pay.total).toBeCloseTo(
            pay.payments.reduce((s, p) => s + p.amount, 0),
            9,
          )
          // Every participant short of a strict gain must have received at least its shortfall.
          const bare = checkDeal(relaxed, { ...pay.deal.deal, payments: [] })
          const owed = bare.participants.reduce((s, id) => {
            const party = scenario.parties.find((p) => p.id === id)!
            const need = Math.max(0, party.mandate.minGain ?? 0)
            return (
              s + (bare.gains[id]! < need && party.moneyValue > 0 ? (need - bare.gains[id]!) / party.moneyValue : 0)
            )
          }, 0)
          expect(pay.total).toBeGreaterThanOrEqual(owed - 1e-9)
        },
      ),
      { numRuns: 80 },
    )
    // The law is not vacuous: some random deadlocks do have a payment remedy.
    expect(seen).toBeGreaterThan(0)
  })
})

describe('margins of a valid deal', () => {
  it('are exact: the chosen option may lose half its margin and the deal holds; past the margin it fails', () =>
    fc.assert(
      fc.property(scenarioArb({ ...small, realValues: true }), (scenario: Scenario) => {
        const deals = validDeals(scenario)
        fc.pre(deals.length > 0)
        const { deal } = deals[0]!
        const rules = { gainRule: 'strict' as const, tolerance: toleranceFor(scenario) }
        for (const m of margins(scenario, deal, rules)) {
          for (const im of m.issues) {
            if (!Number.isFinite(im.valueMargin)) continue
            const moved = (by: number): Scenario => ({
              ...scenario,
              parties: scenario.parties.map((p) => {
                if (p.id !== m.party) return p
                const v = p.valuations[im.issue]!
                const chosen = deal.choices[im.issue]!
                return {
                  ...p,
                  valuations: {
                    ...p.valuations,
                    [im.issue]: { ...v, values: { ...v.values, [chosen]: v.values[chosen]! - by } },
                  },
                }
              }),
            })
            expect(checkDeal(moved(im.valueMargin / 2), deal, rules).valid).toBe(true)
            const past = checkDeal(moved(im.valueMargin * 1.01 + 1e-6), deal, rules)
            expect(past.flaws.some((f) => 'party' in f && f.party === m.party)).toBe(true)
          }
        }
      }),
      { numRuns: 80 },
    ))
})
