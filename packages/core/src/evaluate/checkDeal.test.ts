import { describe, expect, it } from 'vitest'
import { roadAndHousingPair as roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { dealFrom } from './changesOf.js'
import { checkDeal } from './checkDeal.js'

const A = 'A' as PartyId
const B = 'B' as PartyId
const road = 'road' as IssueId
const housing = 'housing' as IssueId
const o = (s: string) => s as OptionId
const mobility = 'mobility' as DomainId

// The two-option road and housing with the watcher C, from the one fixture (see
// roadAndHousingPair for why this variant): one valid deal, found only when both issues move.

describe('checkDeal', () => {
  it('rejects the status quo: a deal must change something', () => {
    expect(checkDeal(roadAndHousing, roadAndHousing.statusQuo).flaws).toEqual([{ _tag: 'NoChange' }])
  })

  it('rejects the road alone: A loses and would block it', () => {
    const check = checkDeal(roadAndHousing, dealFrom(roadAndHousing, { road: 'via-b' }))
    expect(check.valid).toBe(false)
    expect(check.flaws).toEqual([{ _tag: 'ParticipantDoesNotGain', party: A, gain: -1 }])
  })

  it('accepts the package: both municipalities gain, the outsider loses nothing', () => {
    const check = checkDeal(roadAndHousing, dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' }))
    expect(check.valid).toBe(true)
    expect(check.participants).toEqual([A, B])
    expect(check.gains).toEqual({ A: 1, B: 2, C: 0 })
  })

  it('names the red line a deal crosses', () => {
    const redLined: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: road, option: o('via-b') }] } } : p,
      ),
    }
    expect(checkDeal(redLined, dealFrom(redLined, { road: 'via-b', housing: 'west' })).flaws).toEqual([
      { _tag: 'RedLine', party: A, issue: road, option: 'via-b' },
    ])
  })

  it('holds a council to "we do not lose on mobility"', () => {
    const floored: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A ? { ...p, mandate: { ...p.mandate, minDomainGain: { [mobility]: 0 } } } : p,
      ),
    }
    expect(checkDeal(floored, dealFrom(floored, { road: 'via-b', housing: 'west' })).flaws).toEqual([
      { _tag: 'BelowDomainGain', party: A, domain: mobility, gain: -1, minimum: 0 },
    ])
  })

  it('refuses payments where the scenario has no compensation', () => {
    const deal = {
      ...dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' }),
      payments: [{ from: B, to: A, amount: 1 }],
    }
    expect(checkDeal(roadAndHousing, deal).flaws).toContainEqual({ _tag: 'PaymentsNotAllowed' })
  })

  it('accepts "at least zero" gains only under the nonNegative rule', () => {
    const zeroForA: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A
          ? {
              ...p,
              valuations: { ...p.valuations, [housing]: { stake: 1, values: { [o('none')]: 0, [o('west')]: 1 } } },
            }
          : p,
      ),
    }
    const deal = dealFrom(zeroForA, { road: 'via-b', housing: 'west' })
    expect(checkDeal(zeroForA, deal).valid).toBe(false)
    expect(checkDeal(zeroForA, deal, { gainRule: 'nonNegative' }).valid).toBe(true)
  })
})

describe('checkDeal on an issue without a status quo', () => {
  // requiredRoad: A's disagreement point is its reservation 1; east with housing b leaves it at 0.
  const deal = { choices: { [road]: o('east'), ['h' as IssueId]: o('b') }, payments: [] }

  it('reports a participant below its reservation once, as ParticipantDoesNotGain: gain and reservation are one number', () => {
    const check = checkDeal(requiredRoad, deal)
    expect(check.gains[A]).toBe(-1)
    expect(check.flaws.filter((f) => 'party' in f && f.party === A)).toEqual([
      { _tag: 'ParticipantDoesNotGain', party: A, gain: -1 },
    ])
  })

  it('still reports BelowReservation apart when the reservation is a floor above the status quo', () => {
    // A counterfactual: the road has a status quo (east); A's reservation 1 stays above its 0 there.
    const withRoad = { ...requiredRoad, statusQuo: { ...deal, choices: { ...deal.choices, [road]: o('east') } } }
    const check = checkDeal(withRoad, { ...deal, choices: { ...deal.choices, [road]: o('west') } })
    expect(check.flaws).toContainEqual({ _tag: 'BelowReservation', party: B, utility: 0, reservation: 0.5 })
    expect(check.flaws).toContainEqual({ _tag: 'ParticipantDoesNotGain', party: B, gain: -3 })
  })
})
