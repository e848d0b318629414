import { describe, expect, it } from 'vitest'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { dealFrom } from './changesOf.js'
import { checkDeal } from './checkDeal.js'

const A = 'A' as PartyId
const B = 'B' as PartyId
const C = 'C' as PartyId
const road = 'road' as IssueId
const housing = 'housing' as IssueId
const o = (s: string) => s as OptionId
const mobility = 'mobility' as DomainId
const wonen = 'housing' as DomainId

/** The source document's example: A grants B the road, B drops its housing location for A's. */
const roadAndHousing: Scenario = {
  version: 1,
  name: 'road and housing',
  notes: [],
  domains: [
    { id: mobility, name: 'Mobility' },
    { id: wonen, name: 'Housing' },
  ],
  issues: [
    {
      id: road,
      name: 'Road',
      domain: mobility,
      kind: 'choice',
      options: [
        { id: o('none'), label: 'none' },
        { id: o('built'), label: 'built' },
      ],
      stakeholders: [A, B],
    },
    {
      id: housing,
      name: 'Housing location',
      domain: wonen,
      kind: 'choice',
      options: [
        { id: o('both'), label: 'both' },
        { id: o('in-a'), label: 'A only' },
      ],
      stakeholders: [A, B],
    },
  ],
  parties: [
    {
      id: A,
      name: 'A',
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
      valuations: {
        [road]: { stake: 1, values: { [o('none')]: 0, [o('built')]: -1 } },
        [housing]: { stake: 1, values: { [o('both')]: 0, [o('in-a')]: 2 } },
      },
    },
    {
      id: B,
      name: 'B',
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
      valuations: {
        [road]: { stake: 1, values: { [o('none')]: 0, [o('built')]: 3 } },
        [housing]: { stake: 1, values: { [o('both')]: 0, [o('in-a')]: -1 } },
      },
    },
    {
      id: C,
      name: 'C',
      kind: 'province',
      moneyValue: 0,
      interactions: [],
      mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
      valuations: {},
    },
  ],
  statusQuo: { choices: { [road]: o('none'), [housing]: o('both') }, payments: [] },
}

describe('checkDeal', () => {
  it('rejects the status quo: a deal must change something', () => {
    expect(checkDeal(roadAndHousing, roadAndHousing.statusQuo).flaws).toEqual([{ _tag: 'NoChange' }])
  })

  it('rejects the road alone: A loses and would block it', () => {
    const check = checkDeal(roadAndHousing, dealFrom(roadAndHousing, { road: 'built' }))
    expect(check.valid).toBe(false)
    expect(check.flaws).toEqual([{ _tag: 'ParticipantDoesNotGain', party: A, gain: -1 }])
  })

  it('accepts the package: both municipalities gain, the outsider loses nothing', () => {
    const check = checkDeal(roadAndHousing, dealFrom(roadAndHousing, { road: 'built', housing: 'in-a' }))
    expect(check.valid).toBe(true)
    expect(check.participants).toEqual([A, B])
    expect(check.gains).toEqual({ A: 1, B: 2, C: 0 })
  })

  it('names the red line a deal crosses', () => {
    const redLined: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: road, option: o('built') }] } } : p,
      ),
    }
    expect(checkDeal(redLined, dealFrom(redLined, { road: 'built', housing: 'in-a' })).flaws).toEqual([
      { _tag: 'RedLine', party: A, issue: road, option: 'built' },
    ])
  })

  it('holds a council to "we do not lose on mobility"', () => {
    const floored: Scenario = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A ? { ...p, mandate: { ...p.mandate, minDomainGain: { [mobility]: 0 } } } : p,
      ),
    }
    expect(checkDeal(floored, dealFrom(floored, { road: 'built', housing: 'in-a' })).flaws).toEqual([
      { _tag: 'BelowDomainGain', party: A, domain: mobility, gain: -1, minimum: 0 },
    ])
  })

  it('refuses payments where the scenario has no compensation', () => {
    const deal = {
      ...dealFrom(roadAndHousing, { road: 'built', housing: 'in-a' }),
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
              valuations: { ...p.valuations, [housing]: { stake: 1, values: { [o('both')]: 0, [o('in-a')]: 1 } } },
            }
          : p,
      ),
    }
    const deal = dealFrom(zeroForA, { road: 'built', housing: 'in-a' })
    expect(checkDeal(zeroForA, deal).valid).toBe(false)
    expect(checkDeal(zeroForA, deal, { gainRule: 'nonNegative' }).valid).toBe(true)
  })
})
