/**
 * The report tests' scenario, built on the one road-and-housing fixture (`roadAndHousing.ts`),
 * and deals by their changes. Numbers are invented.
 */
import { dealFrom } from '../../core/src/evaluate/changesOf.js'
import type { Deal } from '../../core/src/model/Deal.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decoded, roadAndHousingPairFile } from './roadAndHousing.js'

export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const C = 'C' as PartyId
export const D = 'D' as PartyId
type PartyFile = (typeof roadAndHousingPairFile.parties)[number]

/** Deals by their changes (core's `dealFrom`), with optional payments. */
export const dealOf = (
  scenario: Scenario,
  changes: Readonly<Record<string, string>>,
  payments: Deal['payments'] = [],
): Deal => ({ ...dealFrom(scenario, changes), payments })

/**
 * The two-option road and housing of `roadAndHousing.ts` (A grants B the road through B, B
 * gives up its housing location for A's: `road: via-b`, `housing: west`) with what the note
 * tests need on top: names and labels to print, a quantity issue (homes in A) that lets
 * mandates be tight (A may build 1000 or 1250 homes and keeps a housing floor; B needs a gain
 * of 1.5), the fixture's province C caring only about the homes and about homes on A's site
 * (an interaction), a water board D with no stake (a party the note leaves out), and money
 * that may move (verevening, money value 0.1). Stakeholders are listed as the note tests
 * count them: C has no say on the housing location its interaction names.
 */
const [a, b, c] = roadAndHousingPairFile.parties as [PartyFile, PartyFile, PartyFile]
export const townsAndProvince: Scenario = decoded({
  version: roadAndHousingPairFile.version,
  name: 'Towns <&> province',
  notes: ['invented'],
  compensation: { unit: 'EUR million' },
  domains: roadAndHousingPairFile.domains.map((d) => ({ ...d, name: d.id === 'mobility' ? 'Mobility' : 'Housing' })),
  issues: [
    {
      id: 'road',
      name: 'Road through B',
      domain: 'mobility',
      options: [
        { id: 'none', label: 'No road' },
        { id: 'via-b', label: 'Road built' },
      ],
      stakeholders: [A, B],
    },
    {
      id: 'housing',
      name: 'Housing location',
      domain: 'housing',
      options: [
        { id: 'none', label: "B's site" },
        { id: 'west', label: "A's site" },
      ],
      stakeholders: [A, B],
    },
    {
      id: 'homes-a',
      name: 'Homes in A',
      domain: 'housing',
      kind: 'quantity',
      unit: 'homes',
      options: [
        { id: '1000', label: '1000', quantity: 1000 },
        { id: '1250', label: '1250', quantity: 1250 },
        { id: '1500', label: '1500', quantity: 1500 },
      ],
      stakeholders: [A, C],
    },
  ],
  parties: [
    {
      ...a,
      name: 'Gemeente A',
      kind: 'municipality',
      moneyValue: 0.1,
      mandate: { allowedOptions: { 'homes-a': ['1000', '1250'] }, minDomainGain: { housing: 0 } },
      valuations: { ...a.valuations, 'homes-a': { stake: 1, values: { 1000: 0, 1250: 0.5, 1500: 0.8 } } },
    },
    { ...b, name: 'Gemeente B', kind: 'municipality', moneyValue: 0.1, mandate: { minGain: 1.5 } },
    {
      ...c,
      name: 'Provincie C',
      moneyValue: 0.1,
      interactions: [
        {
          between: [
            { issue: 'housing', option: 'west' },
            { issue: 'homes-a', option: '1250' },
          ],
          value: 0.4,
        },
      ],
      valuations: { 'homes-a': { stake: 2, values: { 1000: 0, 1250: 0.5, 1500: 1 } } },
    },
    { id: D, name: 'Waterschap D', kind: 'waterBoard', valuations: {} },
  ],
  statusQuo: { ...roadAndHousingPairFile.statusQuo, 'homes-a': '1000' },
})
