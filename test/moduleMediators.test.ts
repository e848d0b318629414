import { describe, expect, it } from 'vitest'
import { simulate } from 'mandjes'
import { alternatingOffers, singleNegotiatingText } from 'mandjes/engine'
import { loadExample } from '../packages/examples/lib/loadExample.js'

// On a module issue nobody need be an issue-level stakeholder: the chosen coalition's members
// take part. Alternating offers asked the issue-level matrix "who has a say", found no
// proposer on the modules and counted joining members as outsiders, so on SWW (its pooled
// services are modules) every offer failed at the table (seed 3: 40 proposals, none adopted),
// and the three-questions study's mean share for alternating offers on SWW fell from 0.90 to
// 0.03. Single negotiating text had the same test for participants; it is shown here too.
const sww = loadExample('sww-social')

describe('mediators on the SWW modules', () => {
  it.each([
    ['alternating offers', alternatingOffers({ tactic: 'boulware' })],
    ['single negotiating text', singleNegotiatingText()],
  ] as const)('%s make a deal the table adopts and the councils ratify', (_, mediator) => {
    const result = simulate(sww, { seed: 3, mediator })
    expect(result.counts.ratified).toBeGreaterThan(0)
    expect(result.agreements.length).toBeGreaterThan(0)
  })
})
