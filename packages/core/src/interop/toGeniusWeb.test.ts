import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { decoded, roadAndHousing, roadAndHousingFile } from '@mandjes/testkit/roadAndHousing.js'
import { fromGeniusWeb } from './fromGeniusWeb.js'
import { geniusWebExportLosses, toGeniusWeb } from './toGeniusWeb.js'

const profileOf = (files: Readonly<Record<string, string>>, name: string) =>
  JSON.parse(files[name]!).LinearAdditiveUtilitySpace

describe('writing a scenario as a GeniusWeb folder', () => {
  it('writes a domain file and one linear additive profile per party, with weights summing to 1 and utilities in [0, 1]', () => {
    const files = toGeniusWeb(roadAndHousing)
    expect(Object.keys(files)).toEqual(['domain.json', 'A.json', 'B.json'])
    expect(JSON.parse(files['domain.json']!)).toEqual({
      name: 'Road for housing',
      issuesValues: { road: { values: ['none', 'via-b'] }, housing: { values: ['none', 'west', 'east'] } },
    })
    // A: road spans 1 (stake 1 × 1), housing spans 4: weights 0.2 and 0.8.
    const a = profileOf(files, 'A.json')
    expect(a.issueWeights).toEqual({ road: 0.2, housing: 0.8 })
    expect(a.issueUtilities.housing.discreteutils.valueUtilities).toEqual({ none: 0.25, west: 1, east: 0 })
    expect(a.reservationBid).toEqual({ issuevalues: { road: 'none', housing: 'none' } })
    expect(geniusWebExportLosses(roadAndHousing)).toEqual([
      "A: stakes and values were rescaled to GeniusWeb's weights (summing to 1) and utilities in [0, 1]; preferences are unchanged.",
      "B: stakes and values were rescaled to GeniusWeb's weights (summing to 1) and utilities in [0, 1]; preferences are unchanged.",
      'Policy domains were merged into one GeniusWeb domain.',
    ])
  })

  it('gives a party with a reservation utility the best outcome at or below it as reservation bid', () => {
    // A values the outcomes 0, 3, −1 (road none) and −1, 2, −2 (road via-b); at most 1.5 is 0: none/none.
    const scenario = decoded({
      ...roadAndHousingFile,
      parties: [{ ...roadAndHousingFile.parties[0], reservationUtility: 1.5 }, roadAndHousingFile.parties[1]],
    })
    const files = toGeniusWeb(scenario)
    expect(profileOf(files, 'A.json').reservationBid).toEqual({ issuevalues: { road: 'none', housing: 'none' } })
    expect(profileOf(files, 'B.json').reservationBid).toBeUndefined()
    expect(geniusWebExportLosses(scenario)).toContain(
      'A: no outcome has utility exactly 1.5; the reservation bid is the best below it (utility 0), which accepts the same outcomes.',
    )
    // Read back, A's reservation is none/none on GeniusWeb's scale: (0 − worst −2) / range 5.
    const back = fromGeniusWeb(files)
    expect(E.isRight(back) && back.right.parties.map((p) => p.reservationUtility)).toEqual([0.4, undefined])
  })

  it('names what GeniusWeb cannot hold: interactions, mandates, compensation', () => {
    const rich = decoded({
      ...roadAndHousingFile,
      compensation: { unit: 'EUR million' },
      parties: [
        {
          ...roadAndHousingFile.parties[0],
          interactions: [
            {
              between: [
                { issue: 'road', option: 'via-b' },
                { issue: 'housing', option: 'west' },
              ],
              value: 1,
            },
          ],
        },
        { ...roadAndHousingFile.parties[1], mandate: { redLines: [{ issue: 'housing', option: 'west' }] } },
      ],
    })
    expect(geniusWebExportLosses(rich).slice(2)).toEqual([
      'Interactions between options were dropped: GeniusWeb profiles are linear additive.',
      'Mandates (red lines, allowed options, minimum gains, payment caps) were dropped: GeniusWeb has no mandates.',
      'Compensation payments were dropped: GeniusWeb has no money transfers.',
      'Policy domains were merged into one GeniusWeb domain.',
    ])
  })

  it('keeps file names safe and distinct whatever the party ids', () => {
    const odd = decoded({
      ...roadAndHousingFile,
      parties: [
        { ...roadAndHousingFile.parties[0], id: 'Gemeente A/B' },
        { ...roadAndHousingFile.parties[1], id: 'domain' },
      ],
    })
    expect(Object.keys(toGeniusWeb(odd))).toEqual(['domain.json', 'party1.json', 'party2.json'])
    expect(profileOf(toGeniusWeb(odd), 'party1.json').name).toBe('GemeenteAB')
  })
})
