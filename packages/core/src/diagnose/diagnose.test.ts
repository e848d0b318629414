import { describe, expect, it } from 'vitest'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { findDeal } from '../search/findDeal.js'
import { decoded, roadAndHousing, roadAndHousingFile } from '@mandjes/testkit/roadAndHousing.js'
import {
  roadWithAllowedOptions,
  roadWithHousingFloor,
  roadWithMinGain,
  roadWithRedLine,
} from '@mandjes/testkit/diagnoseFixtures.js'
import { applyRemedy } from './applyRemedy.js'
import { diagnose } from './diagnose.js'
import { kaderLabel } from './kaders.js'

const A = 'A' as PartyId
const B = 'B' as PartyId

describe('diagnose on the road-and-housing deadlocks', () => {
  it('names A’s red line on the road as the kader that binds, and lifting it gives the package deal', () => {
    expect(findDeal(roadWithRedLine)._tag).toBe('NoDeal')
    const d = diagnose(roadWithRedLine)
    expect(d.dealExists).toBe(false)
    expect(d.binding.map(kaderLabel)).toEqual(['A: red line road = via-b'])
    const lift = d.remedies.find((r) => r.kind === 'liftRedLine')
    expect(lift).toMatchObject({ party: 'A', issue: 'road', option: 'via-b', proof: { minimal: true } })
    expect(lift!.deal!.deal.choices).toEqual({ road: 'via-b', housing: 'west' })
    expect(checkDeal(applyRemedy(roadWithRedLine, lift!), lift!.deal!.deal).valid).toBe(true)
  })

  it('lowers A’s minimum gain from 2.5 to 2, the most A can get in a deal B accepts, with the probe that proves nothing above', () => {
    const d = diagnose(roadWithMinGain)
    const r = d.remedies.find((x) => x.kind === 'relaxMinGain')
    expect(r).toMatchObject({ party: 'A', from: 2.5, proof: { minimal: true } })
    expect(r?.kind === 'relaxMinGain' && r.to).toBeCloseTo(2, 9)
    expect(d.shortfalls).toEqual([
      expect.objectContaining({ party: 'A', kader: 'minGain', shortfall: expect.closeTo(0.5, 9) }),
    ])
  })

  it('asks B to accept a loss of 1 on housing, the exact price of the deal', () => {
    const r = diagnose(roadWithHousingFloor).remedies.find((x) => x.kind === 'relaxDomainFloor')
    expect(r).toMatchObject({ party: 'B', domain: 'housing', from: 0, proof: { minimal: true } })
    expect(r?.kind === 'relaxDomainFloor' && r.to).toBeCloseTo(-1, 9)
  })

  it('admits the road through B into A’s allowed options', () => {
    const r = diagnose(roadWithAllowedOptions).remedies.find((x) => x.kind === 'allowOption')
    expect(r).toMatchObject({ party: 'A', issue: 'road', option: 'via-b' })
  })

  it('writes the brief for a new road: alone it must not hurt A; in the deal with housing west A can take a road worth −3 and B needs 0.5', () => {
    const brief = diagnose(roadWithRedLine).remedies.find((x) => x.kind === 'newOption' && x.issue === 'road')
    expect(brief?.kind).toBe('newOption')
    if (brief?.kind !== 'newOption') return
    expect(brief.values[A]).toBeCloseTo(0, 9)
    expect(brief.values[B]).toBeCloseTo(0, 9)
    expect(brief.inDeal?.choices['housing' as IssueId]).toBe('west')
    expect(brief.inDeal?.values[A]).toBeCloseTo(-3, 9)
    expect(brief.inDeal?.values[B]).toBeCloseTo(0.5, 9)
    expect(checkDeal(applyRemedy(roadWithRedLine, brief), brief.deal!.deal).valid).toBe(true)
  })

  it('finds the smallest payment if compensation were allowed: B pays A 0.5 so A reaches its minimum of 2.5', () => {
    // No compensation in the scenario, but both value money: the remedy is hypothetical.
    const paying = decoded({
      ...roadAndHousingFile,
      parties: roadAndHousingFile.parties.map((p) => ({
        ...p,
        moneyValue: 1,
        ...(p.id === 'A' ? { mandate: { minGain: 2.5 } } : {}),
      })),
    })
    const pay = diagnose(paying, { monteCarlo: false }).remedies.find((r) => r.kind === 'payment')
    expect(pay).toMatchObject({ hypothetical: true, proof: { method: 'enumeration', minimal: true } })
    if (pay?.kind !== 'payment') return
    expect(pay.total).toBeCloseTo(0.5, 6)
    expect(pay.payments).toEqual([{ from: 'B', to: 'A', amount: expect.closeTo(0.5, 6) }])
    expect(pay.deal.deal.choices).toEqual({ road: 'via-b', housing: 'west' })
    expect(checkDeal(applyRemedy(paying, pay), pay.deal.deal).valid).toBe(true)
  })

  it('says how firm the deal is when there is one: margins per party and a seeded probability', () => {
    const d = diagnose(roadAndHousing, { monteCarlo: { spread: 0.2, samples: 400, seed: 3 } })
    expect(d.dealExists).toBe(true)
    const a = d.margins!.find((m) => m.party === A)!
    expect(a.slack).toBeCloseTo(2, 6)
    expect(a.issues.find((i) => i.issue === 'housing')!.valueMargin).toBeCloseTo(2, 6)
    expect(d.firmness).toEqual(
      diagnose(roadAndHousing, { monteCarlo: { spread: 0.2, samples: 400, seed: 3 } }).firmness,
    )
    expect(d.firmness!.probability).toBeGreaterThan(0.5)
    expect(diagnose(roadAndHousing, { monteCarlo: { spread: 0, samples: 10 } }).firmness!.probability).toBe(1)
  })

  it('marks the diagnosis incomplete when the time limit is zero, rather than claiming anything', () => {
    const d = diagnose(roadWithMinGain, { timeLimitMs: 0 })
    expect(d.complete).toBe(false)
    expect(d.dealExists).toBeNull()
    expect(d.remedies.filter((r) => r.proof.minimal)).toEqual([])
    expect(checkDeal(roadAndHousing, dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })).valid).toBe(true)
  })
})
