import { describe, expect, it } from 'vitest'
import { roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import type { IssueId, OptionId } from '../../model/Issue.js'
import type { DomainId } from '../../model/PolicyDomain.js'
import type { Scenario } from '../../model/Scenario.js'
import { simulate } from '../simulate.js'

const office = 'office' as IssueId

/** The mandje plus a shared office both municipalities gain from on its own. */
const withOffice = (): Scenario => {
  const base = roadAndHousing()
  const v = { stake: 1, values: { apart: 0, shared: 1 } as Record<OptionId, number> }
  return {
    ...base,
    parties: base.parties.map((p) => ({ ...p, valuations: { ...p.valuations, [office]: v } })),
    domains: [...base.domains, { id: 'services' as DomainId, name: 'Dienstverlening' }],
    issues: [
      ...base.issues,
      {
        id: office,
        name: 'office',
        domain: 'services' as DomainId,
        kind: 'choice',
        options: [
          { id: 'apart' as OptionId, label: 'apart' },
          { id: 'shared' as OptionId, label: 'shared' },
        ],
        stakeholders: base.parties.map((p) => p.id),
      },
    ],
    statusQuo: { choices: { ...base.statusQuo.choices, [office]: 'apart' as OptionId }, payments: [] },
  }
}

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }

describe('alternatives on the same issue first, then packages', () => {
  it('agrees the issue that has an alternative on its own before making the mandje', () => {
    const first = simulate(withOffice(), { seed: 1, rounds: 4, councils: trusting, alternativesFirst: true })
    expect(first.agreements.map((a) => [a.round, a.changes])).toEqual([
      [0, { office: 'shared' }],
      [1, { road: 'via-b', housing: 'west' }],
    ])
    expect(first._tag).toBe('AllAgreed')
  })

  it('without the switch the best-package mediator puts everything in one package', () => {
    const packaged = simulate(withOffice(), { seed: 1, rounds: 4, councils: trusting })
    expect(packaged.agreements.map((a) => [a.round, a.changes])).toEqual([
      [0, { road: 'via-b', housing: 'west', office: 'shared' }],
    ])
  })
})
