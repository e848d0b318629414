import { describe, expect, it } from 'vitest'
import { dealFrom } from '../evaluate/changesOf.js'
import { A, B, housing, province, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { explainDeal } from './explainDeal.js'

describe('explainDeal', () => {
  const deal = dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })
  const explained = explainDeal(roadAndHousing, deal)
  const of = (id: string) => explained.parties.find((p) => p.party === id)!

  it('says what A gives (the road) and gets (the housing location), and its net gain', () => {
    expect(of(A).gives.map((c) => [c.issue, c.gain])).toEqual([[road, -1]])
    expect(of(A).gets.map((c) => [c.issue, c.gain])).toEqual([[housing, 2]])
    expect(of(A).gain).toBe(1)
  })

  it('says what B gives (its housing location) and gets (the road)', () => {
    expect(of(B).gives.map((c) => c.issue)).toEqual([housing])
    expect(of(B).gets.map((c) => c.issue)).toEqual([road])
    expect(of(B).gain).toBe(2)
  })

  it('shows the province taking part on the road and indifferent to nothing it has a say on', () => {
    expect(of(province)).toMatchObject({ participant: true, gives: [], indifferent: [housing], gain: 0.5 })
  })

  it('reports every mandate holding, with the gain rule’s slack', () => {
    expect(explained.valid).toBe(true)
    expect(explained.parties.every((p) => p.mandateHolds)).toBe(true)
    expect(of(A).gainRule).toMatchObject({
      rule: 'gain',
      value: 1,
      limit: 0,
      slack: 1,
      holds: true,
      tight: false,
    })
  })

  it('marks a minimum gain the deal only just reaches as tight, and a missed one as broken', () => {
    const withFloors = {
      ...roadAndHousing,
      parties: roadAndHousing.parties.map((p) =>
        p.id === A
          ? { ...p, mandate: { ...p.mandate, minGain: 1 } }
          : p.id === B
            ? { ...p, mandate: { ...p.mandate, minGain: 3 } }
            : p,
      ),
    }
    const e = explainDeal(withFloors, deal)
    expect(e.valid).toBe(false)
    expect(e.parties[0]!.mandate.find((m) => m.rule === 'minGain')).toMatchObject({
      slack: 0,
      holds: true,
      tight: true,
    })
    expect(e.parties[1]!.mandate.find((m) => m.rule === 'minGain')).toMatchObject({ slack: -1, holds: false })
    expect(e.parties[1]!.mandateHolds).toBe(false)
  })
})
