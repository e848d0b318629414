/**
 * Small hand-made negotiations for simulation tests, built on the source document's own
 * mandje: municipality A grants B the road B wants, and B drops its housing location in favour
 * of A's. Neither issue has an agreement on its own; the pair does. Numbers are invented.
 */
import type { Issue, IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Party, PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { Valuation } from '../../core/src/model/Valuation.js'

export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const C = 'C' as PartyId
export const road = 'road' as IssueId
export const housing = 'housing' as IssueId
export const pool = 'pool' as IssueId

const v = (stake: number, values: Record<string, number>): Valuation => ({
  stake,
  values: values as Record<OptionId, number>,
})
const party = (id: PartyId, valuations: Partial<Record<IssueId, Valuation>>): Party => ({
  id,
  name: `Gemeente ${id}`,
  kind: 'municipality',
  valuations,
  interactions: [],
  mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
  moneyValue: 0,
})
const issue = (id: IssueId, domain: string, options: readonly string[], stakeholders: readonly PartyId[]): Issue => ({
  id,
  name: id,
  domain: domain as DomainId,
  kind: 'choice',
  options: options.map((o) => ({ id: o as OptionId, label: o })),
  stakeholders,
})

/** Losses and gains of the mandje: A loses `roadLossA` on the road and wins `housingGainA` on housing. */
export const roadAndHousing = (roadLossA = 1, housingGainA = 3): Scenario => ({
  version: 1,
  name: 'road and housing',
  notes: ['Invented numbers for tests.'],
  parties: [
    party(A, { [road]: v(1, { none: 0, 'via-a': -roadLossA }), [housing]: v(1, { 'in-b': 0, 'in-a': housingGainA }) }),
    party(B, { [road]: v(1, { none: 0, 'via-a': 3 }), [housing]: v(1, { 'in-b': 0, 'in-a': -1 }) }),
  ],
  domains: [
    { id: 'mobility' as DomainId, name: 'Mobiliteit' },
    { id: 'housing' as DomainId, name: 'Wonen' },
  ],
  issues: [issue(road, 'mobility', ['none', 'via-a'], [A, B]), issue(housing, 'housing', ['in-b', 'in-a'], [A, B])],
  statusQuo: { choices: { [road]: 'none', [housing]: 'in-b' } as Record<IssueId, OptionId>, payments: [] },
})

/** The mandje plus B's swimming pool, which A would close and B never gives up: a lasting deadlock. */
export const roadHousingAndPool = (): Scenario => {
  const base = roadAndHousing()
  const [a, b] = base.parties as [Party, Party]
  return {
    ...base,
    parties: [
      { ...a, valuations: { ...a.valuations, [pool]: v(1, { keep: 0, close: 1 }) } },
      { ...b, valuations: { ...b.valuations, [pool]: v(1, { keep: 0, close: -5 }) } },
    ],
    domains: [...base.domains, { id: 'amenities' as DomainId, name: 'Voorzieningen' }],
    issues: [...base.issues, issue(pool, 'amenities', ['keep', 'close'], [A, B])],
    statusQuo: { choices: { ...base.statusQuo.choices, [pool]: 'keep' as OptionId }, payments: [] },
  }
}

/** Three municipalities and a swimming pool: A and B gain from closing C's pool, C loses a little. */
export const swimmingPool = (): Scenario => ({
  version: 1,
  name: 'swimming pool',
  notes: ['Invented numbers for tests.'],
  parties: [
    party(A, { [pool]: v(1, { keep: 0, close: 2 }) }),
    party(B, { [pool]: v(1, { keep: 0, close: 2 }) }),
    party(C, { [pool]: v(1, { keep: 0, close: -0.5 }) }),
  ],
  domains: [{ id: 'amenities' as DomainId, name: 'Voorzieningen' }],
  issues: [issue(pool, 'amenities', ['keep', 'close'], [A, B, C])],
  statusQuo: { choices: { [pool]: 'keep' } as Record<IssueId, OptionId>, payments: [] },
})

/** Freezes a value and everything in it, so any mutation throws. */
export const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
