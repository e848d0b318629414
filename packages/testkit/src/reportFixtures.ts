/**
 * Small hand-made scenarios for report tests. Ids are minted here directly, as in
 * arbitraries.ts. `townsAndProvince`: A grants B the road, B gives up its housing location for
 * A's (the source document's mandje); a quantity issue (homes in A) lets mandates be tight;
 * the province C only cares about the homes; money may move (verevening).
 */
import { dealFrom } from '../../core/src/evaluate/changesOf.js'
import type { Deal } from '../../core/src/model/Deal.js'
import type { IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Mandate } from '../../core/src/model/Mandate.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'

export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const C = 'C' as PartyId
export const D = 'D' as PartyId
const o = (s: string) => s as OptionId
const i = (s: string) => s as IssueId
const mobility = 'mobility' as DomainId
const housing = 'housing' as DomainId
const open: Mandate = { redLines: [], allowedOptions: {}, minDomainGain: {} }

/** Deals by their changes (core's `dealFrom`), with optional payments. */
export const dealOf = (
  scenario: Scenario,
  changes: Readonly<Record<string, string>>,
  payments: Deal['payments'] = [],
): Deal => ({ ...dealFrom(scenario, changes), payments })

export const townsAndProvince: Scenario = {
  version: 1,
  name: 'Towns <&> province',
  notes: ['invented'],
  compensation: { unit: 'EUR million' },
  domains: [
    { id: mobility, name: 'Mobility' },
    { id: housing, name: 'Housing' },
  ],
  issues: [
    {
      id: i('road'),
      name: 'Road through A',
      domain: mobility,
      kind: 'choice',
      options: [
        { id: o('none'), label: 'No road' },
        { id: o('built'), label: 'Road built' },
      ],
      stakeholders: [A, B],
    },
    {
      id: i('location'),
      name: 'Housing location',
      domain: housing,
      kind: 'choice',
      options: [
        { id: o('in-b'), label: "B's site" },
        { id: o('in-a'), label: "A's site" },
      ],
      stakeholders: [A, B],
    },
    {
      id: i('homes-a'),
      name: 'Homes in A',
      domain: housing,
      kind: 'quantity',
      unit: 'homes',
      options: [
        { id: o('1000'), label: '1000', quantity: 1000 },
        { id: o('1250'), label: '1250', quantity: 1250 },
        { id: o('1500'), label: '1500', quantity: 1500 },
      ],
      stakeholders: [A, C],
    },
  ],
  parties: [
    {
      id: A,
      name: 'Gemeente A',
      kind: 'municipality',
      moneyValue: 0.1,
      interactions: [],
      mandate: { ...open, allowedOptions: { [i('homes-a')]: [o('1000'), o('1250')] }, minDomainGain: { [housing]: 0 } },
      valuations: {
        [i('road')]: { stake: 1, values: { [o('none')]: 0, [o('built')]: -1 } },
        [i('location')]: { stake: 1, values: { [o('in-b')]: 0, [o('in-a')]: 2 } },
        [i('homes-a')]: { stake: 1, values: { [o('1000')]: 0, [o('1250')]: 0.5, [o('1500')]: 0.8 } },
      },
    },
    {
      id: B,
      name: 'Gemeente B',
      kind: 'municipality',
      moneyValue: 0.1,
      interactions: [],
      mandate: { ...open, minGain: 1.5 },
      valuations: {
        [i('road')]: { stake: 1, values: { [o('none')]: 0, [o('built')]: 3 } },
        [i('location')]: { stake: 1, values: { [o('in-b')]: 0, [o('in-a')]: -1 } },
      },
    },
    {
      id: C,
      name: 'Provincie C',
      kind: 'province',
      moneyValue: 0.1,
      mandate: open,
      interactions: [
        {
          between: [
            { issue: i('location'), option: o('in-a') },
            { issue: i('homes-a'), option: o('1250') },
          ],
          value: 0.4,
        },
      ],
      valuations: { [i('homes-a')]: { stake: 2, values: { [o('1000')]: 0, [o('1250')]: 0.5, [o('1500')]: 1 } } },
    },
    { id: D, name: 'Waterschap D', kind: 'waterBoard', moneyValue: 0, mandate: open, interactions: [], valuations: {} },
  ],
  statusQuo: {
    choices: { [i('road')]: o('none'), [i('location')]: o('in-b'), [i('homes-a')]: o('1000') },
    payments: [],
  },
}
