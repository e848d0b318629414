import { describe, expect, it } from 'vitest'
import { B, province, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import type { Scenario } from '../model/Scenario.js'
import { checkMandate } from '../report/checkMandate.js'
import { councilNoteFor } from '../report/councilNoteFor.js'
import { scaleParty } from '../search/scaleParty.js'
import { dealFrom } from './changesOf.js'
import { checkDeal } from './checkDeal.js'
import { explainDeal } from './explainDeal.js'

const deal = dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })
const withMandate = (scenario: Scenario, id: string, mandate: object): Scenario => ({
  ...scenario,
  parties: scenario.parties.map((p) => (p.id === id ? { ...p, mandate: { ...p.mandate, ...mandate } } : p)),
})

// B counted a trillion times larger: the scenario's tolerance grows to thousands, the
// province's gain of 0.5 on the road stays what it is (regression: explainDeal and
// checkMandate judged every party by the scenario-wide tolerance).
const huge = scaleParty(roadAndHousing, B, 1e12)

describe('explainParty judges each party by its own tolerance', () => {
  it('explainDeal says the province gets the road next to a party a trillion times larger', () => {
    const of = (s: Scenario) => explainDeal(s, deal).parties.find((p) => p.party === province)!
    expect(of(roadAndHousing).gets.map((c) => c.issue)).toEqual([road])
    expect(of(huge).gets.map((c) => c.issue)).toEqual([road])
    expect(of(huge).indifferent).toEqual(of(roadAndHousing).indifferent)
  })

  it('checkMandate finds the province’s minimum gain of 1 missed, as checkDeal does', () => {
    const s = withMandate(huge, province, { minGain: 1 })
    expect(checkDeal(s, deal).flaws).toContainEqual({ _tag: 'BelowMinGain', party: province, gain: 0.5, minimum: 1 })
    expect(checkMandate(s, province, deal)).toEqual([
      { rule: 'minGain', value: 0.5, limit: 1, slack: -0.5, holds: false, tight: false },
    ])
  })

  it('calls a minimum gain with half the way left roomy, not tight, next to a party a trillion times larger', () => {
    const s = withMandate(huge, province, { minGain: 0.25 })
    expect(checkMandate(s, province, deal)[0]).toMatchObject({ holds: true, tight: false })
  })
})

describe('one tightness rule for explainDeal, checkMandate and the council note', () => {
  // The issue's example: a payment cap of 10 the party pays nothing under, for a party that
  // gains 200 (explainDeal called it tight: 10 ≤ 0.3 × 200; checkMandate did not).
  const capped = withMandate(scaleParty(roadAndHousing, B, 100), B, { maxPayment: 10 })
  const cap = (items: readonly { rule: string }[]) => items.find((m) => m.rule === 'maxPayment')

  it('a cap of 10 the party pays nothing under is not tight for any of them', () => {
    const explained = explainDeal(capped, deal).parties.find((p) => p.party === B)!
    expect(cap(explained.mandate)).toMatchObject({ value: 0, limit: 10, slack: 10, holds: true, tight: false })
    expect(cap(checkMandate(capped, B, deal))).toEqual(cap(explained.mandate))
    expect(cap(councilNoteFor(capped, deal, B).mandate)).toEqual(cap(explained.mandate))
  })

  it('names rules alike everywhere: one red line per line, with its issue', () => {
    const s = withMandate(roadAndHousing, B, { redLines: [{ issue: 'pool', option: 'close-b' }] })
    const explained = explainDeal(s, deal).parties.find((p) => p.party === B)!
    expect(explained.mandate).toEqual([
      { rule: 'redLine', issue: 'pool', option: 'close-b', changed: false, holds: true, tight: false },
    ])
    expect(checkMandate(s, B, deal).map((m) => m.rule)).toEqual(['redLine'])
  })
})
