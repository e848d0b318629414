import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dealArb, scenarioArb } from '@mandjes/testkit/arbitraries.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { dealFrom } from './changesOf.js'
import { checkDeal } from './checkDeal.js'
import { toleranceFor } from './toleranceFor.js'

const reorder = (s: Scenario): Scenario => ({
  ...s,
  parties: [...s.parties].reverse(),
  issues: [...s.issues].reverse().map((i) => ({ ...i, options: [...i.options].reverse() })),
})

/** One party whose gains on three issues add up to exactly zero on paper, not in floating point. */
const zeroOnPaper = (): Scenario => {
  const ids = ['x', 'y', 'z'] as IssueId[]
  const [lo, hi] = ['lo', 'hi'] as OptionId[]
  const values = [0.1, 0.2, -0.3]
  return {
    version: 1,
    name: 'zero on paper',
    notes: [],
    domains: [{ id: 'd' as never, name: 'd' }],
    issues: ids.map((id) => ({
      id,
      name: id,
      domain: 'd' as never,
      kind: 'choice' as const,
      options: [
        { id: lo!, label: 'lo' },
        { id: hi!, label: 'hi' },
      ],
      stakeholders: ['P' as PartyId],
    })),
    parties: [
      {
        id: 'P' as PartyId,
        name: 'P',
        kind: 'municipality',
        moneyValue: 0,
        interactions: [],
        mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
        valuations: Object.fromEntries(ids.map((id, k) => [id, { stake: 1, values: { lo: 0, hi: values[k]! } }])),
      },
    ],
    statusQuo: { choices: { x: lo!, y: lo!, z: lo! } as never, payments: [] },
  }
}

describe('the gain tolerance', () => {
  it('does not count floating-point noise as a gain', () => {
    const scenario = zeroOnPaper()
    const deal = dealFrom(scenario, { x: 'hi', y: 'hi', z: 'hi' })
    const check = checkDeal(scenario, deal)
    expect(check.gains['P' as PartyId]).not.toBe(0) // 0.1 + 0.2 - 0.3 in floating point
    expect(Math.abs(check.gains['P' as PartyId]!)).toBeLessThan(toleranceFor(scenario))
    expect(check.valid).toBe(false)
    expect(checkDeal(scenario, deal, { gainRule: 'nonNegative' }).valid).toBe(true)
  })

  it('gives the same verdict whatever order issues and parties are summed in', () =>
    fc.assert(
      fc.property(
        scenarioArb({ realValues: true, interactions: true, mandates: true, reservations: true, maxIssues: 6 }).chain(
          (s) => dealArb(s).map((d) => [s, d] as const),
        ),
        ([scenario, deal]) => {
          expect(checkDeal(reorder(scenario), deal).valid).toBe(checkDeal(scenario, deal).valid)
        },
      ),
      { numRuns: 500 },
    ))

  it('grows with the scale of the valuations, so euros and points behave alike', () =>
    fc.assert(
      fc.property(scenarioArb({ realValues: true }), fc.constantFrom(1e3, 1e6), (scenario, factor) => {
        const scaled: Scenario = {
          ...scenario,
          parties: scenario.parties.map((p) => ({
            ...p,
            valuations: Object.fromEntries(
              Object.entries(p.valuations).map(([k, v]) => [k, { ...v!, stake: v!.stake * factor }]),
            ),
          })),
        }
        const before = toleranceFor(scenario)
        expect(toleranceFor(scaled)).toBeGreaterThanOrEqual(before)
        expect(toleranceFor(scaled)).toBeLessThanOrEqual(before * factor * (1 + 1e-12))
      }),
    ))
})
