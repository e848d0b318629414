import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { restrictScenario } from './restrictScenario.js'

const decoded = E.getOrElseW(() => {
  throw new Error('fixture does not decode')
})(
  decodeScenario({
    version: 1,
    name: 'a term with a closed issue',
    domains: [{ id: 'housing' }],
    issues: [
      { id: 'road', domain: 'housing', options: ['none', 'built'] },
      { id: 'site', domain: 'housing', options: ['west', 'east'] },
    ],
    parties: [
      {
        id: 'A',
        valuations: {
          road: { stake: 1, values: { none: 0, built: 2 } },
          site: { stake: 1, values: { west: 0, east: 0 } },
        },
        // The road is worth one more point to A while the western site is in force.
        interactions: [
          {
            between: [
              { issue: 'road', option: 'none' },
              { issue: 'site', option: 'west' },
            ],
            value: 1,
          },
        ],
        mandate: { minDomainGain: { housing: 1.5 } },
      },
    ],
    statusQuo: { road: 'none', site: 'west' },
  }),
) as Scenario

describe('restrictScenario', () => {
  it("keeps an interaction with a closed issue out of the open issue's policy domain, so kaders judge alike", () => {
    // The site is closed (agreed: west); only the road is on the table.
    const restricted = restrictScenario(decoded, ['road' as IssueId], {
      road: ['none', 'built'],
      site: ['west', 'east'],
    } as unknown as Readonly<Record<IssueId, readonly OptionId[]>>)
    const full: Deal = {
      choices: { ...decoded.statusQuo.choices, ['road' as IssueId]: 'built' as OptionId },
      payments: [],
    }
    const cut: Deal = { choices: { road: 'built' } as Deal['choices'], payments: [] }
    // A gains 2 on housing and loses the 1-point term: +1 overall, +2 in the housing domain (floor 1.5).
    expect(checkDeal(restricted, cut)).toEqual(checkDeal(decoded, full))
    expect(checkDeal(restricted, cut).valid).toBe(true)
  })
})
