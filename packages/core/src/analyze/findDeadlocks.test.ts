import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'
import { findDeadlocks } from './findDeadlocks.js'

// Three municipalities may share a service that costs 1.2 a year. All three together gain the
// region most (0.6 + 0.5 − 0.1 = 1.0), but c would pay more than joining is worth to it; a and b
// alone gain 0.4 and 0.3 and pass. Invented numbers.
const text = `
version: 1
name: Who passes alone
domains: [{ id: services }]
issues:
  - id: service
    domain: services
    kind: module
    module:
      fixedCost: 1.2
      members:
        - { party: a, join: 1.0 }
        - { party: b, join: 0.9 }
        - { party: c, join: 0.3 }
parties: [{ id: a }, { id: b }, { id: c }]
statusQuo: { service: none }
`
const read = (source: string): Scenario => {
  const result = parseScenarioText(source, { format: 'yaml' })
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}

describe('findDeadlocks on a module issue', () => {
  it('names the coalition that passes alone beside the one the region gains most from', () => {
    const [analysis] = findDeadlocks(read(text)).issues
    expect(analysis!.status).toBe('agreeable')
    expect(analysis!.bestForRegion).toBe('a+b+c')
    expect(analysis!.bestImprovement).toBe('a+b')
    expect(analysis!.improvements).toEqual(['a+b'])
    const all = analysis!.options.find((o) => o.option === 'a+b+c')!
    expect(all.regionGain).toBeCloseTo(1.0, 12)
    expect(all.blockers.map((b) => [b.party, b.reason, b.stakeholder])).toEqual([['c', 'loses', true]])
  })

  it('marks a coalition member who forbids its coalition as taking part, as for its other reasons', () => {
    const withRedLine = text.replace(
      '{ id: c }',
      "{ id: c, mandate: { redLines: [{ issue: service, option: 'a+b+c' }] } }",
    )
    const [analysis] = findDeadlocks(read(withRedLine)).issues
    const all = analysis!.options.find((o) => o.option === 'a+b+c')!
    // c is not in every coalition, but it is in this one: it takes part in it.
    expect(all.blockers.map((b) => [b.party, b.reason, b.stakeholder])).toEqual([
      ['c', 'loses', true],
      ['c', 'mandate', true],
    ])
  })

  it('leaves the best improvement out when nothing passes alone', () => {
    const [analysis] = findDeadlocks(read(text.replace('join: 0.9', 'join: 0.5'))).issues
    // a + b: b pays 0.6 for 0.5; with c too, c loses. Only a would gain: nothing passes.
    expect(analysis!.bestImprovement).toBeUndefined()
    expect(analysis!.improvements).toEqual([])
  })
})
