/**
 * Deadlocked variants of the road-and-housing fixture for the diagnosis tests. Each is the
 * source document's package deal (A grants B the road, B drops its housing location for A's)
 * with one kader added that keeps it out. Every number is invented.
 */
import { decoded, roadAndHousingFile } from './roadAndHousing.js'

type PartyFile = (typeof roadAndHousingFile.parties)[number]
const withMandate = (name: string, mandates: Readonly<Record<string, object>>) =>
  decoded({
    ...roadAndHousingFile,
    name,
    parties: roadAndHousingFile.parties.map((p: PartyFile) =>
      mandates[p.id] === undefined ? p : { ...p, mandate: mandates[p.id] },
    ),
  })

/** A's council draws a red line on the road through B: the only deal needs that road. */
export const roadWithRedLine = withMandate('Road for housing, A draws a red line on the road', {
  A: { redLines: [{ issue: 'road', option: 'via-b' }] },
})

/** A's council asks a minimum gain of 2.5; the best A can get in a deal is 2 (road via B, housing west). */
export const roadWithMinGain = withMandate('Road for housing, A asks at least 2.5', { A: { minGain: 2.5 } })

/** B's council will not lose on housing; the deal costs B 1 on housing. */
export const roadWithHousingFloor = withMandate('Road for housing, B will not lose on housing', {
  B: { minDomainGain: { housing: 0 } },
})

/** A allows only "none" on the road. */
export const roadWithAllowedOptions = withMandate('Road for housing, A allows no road', {
  A: { allowedOptions: { road: ['none'] } },
})
