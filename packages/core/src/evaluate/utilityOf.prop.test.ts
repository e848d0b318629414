import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dealArb, scenarioAndDealArb, scenarioArb } from '@mandjes/testkit/arbitraries.js'
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { compile, gainOfChoices, choicesOfDeal } from './compile.js'
import { gainOf } from './gainOf.js'
import { utilityOf } from './utilityOf.js'

/** A scenario listed in another order: parties, issues, options and domains reversed. */
const reversed = (s: Scenario): Scenario => ({
  ...s,
  parties: [...s.parties].reverse(),
  domains: [...s.domains].reverse(),
  issues: [...s.issues]
    .reverse()
    .map((i) => ({ ...i, options: [...i.options].reverse(), stakeholders: [...i.stakeholders].reverse() })),
})

describe('utility', () => {
  it('is additive over issues, plus the interaction terms and money', () =>
    fc.assert(
      fc.property(scenarioAndDealArb({ interactions: true, compensation: true }), ([scenario, deal]) => {
        for (const party of scenario.parties) {
          let expected = 0
          for (const issue of scenario.issues) {
            const v = party.valuations[issue.id]
            if (v !== undefined) expected += v.stake * v.values[deal.choices[issue.id]!]!
          }
          for (const {
            between: [a, b],
            value,
          } of party.interactions) {
            if (deal.choices[a.issue] === a.option && deal.choices[b.issue] === b.option) expected += value
          }
          for (const p of deal.payments)
            expected += party.moneyValue * ((p.to === party.id ? p.amount : 0) - (p.from === party.id ? p.amount : 0))
          expect(utilityOf(scenario, party.id, deal)).toBeCloseTo(expected, 9)
        }
      }),
    ))

  it('gives every party zero gain in the status quo', () =>
    fc.assert(
      fc.property(scenarioArb({ interactions: true, realValues: true }), (scenario) => {
        for (const party of scenario.parties) expect(gainOf(scenario, party.id, scenario.statusQuo)).toBe(0)
      }),
    ))

  it('does not change gains when parties, issues and options are listed in another order', () =>
    fc.assert(
      fc.property(scenarioAndDealArb({ interactions: true }), ([scenario, deal]) => {
        const other = reversed(scenario)
        for (const party of scenario.parties)
          expect(gainOf(other, party.id, deal)).toBeCloseTo(gainOf(scenario, party.id, deal), 9)
      }),
    ))

  it('agrees between the compiled fast path and the plain definition', () =>
    fc.assert(
      fc.property(
        scenarioArb({ interactions: true, realValues: true }).chain((s) =>
          dealArb(s).map((d) => [s, d] as [Scenario, Deal]),
        ),
        ([scenario, deal]) => {
          const c = compile(scenario)
          const choices = choicesOfDeal(c, deal)
          scenario.parties.forEach((party, p) => {
            expect(gainOfChoices(c, p, choices)).toBeCloseTo(gainOf(scenario, party.id, deal), 9)
          })
        },
      ),
    ))
})
