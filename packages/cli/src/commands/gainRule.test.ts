import { describe, expect, it } from 'vitest'
import { runCli, tempFiles } from '../../test/runCli.js'

// B is indifferent to the road, but has a say: it takes part and gains exactly 0.
const scenario = `version: 1
name: indifferent B
domains: [{ id: d }]
issues: [{ id: road, domain: d, options: [none, built], stakeholders: [A, B] }]
parties:
  - { id: A, valuations: { road: { stake: 1, values: { none: 0, built: 1 } } } }
  - { id: B, valuations: { road: { stake: 1, values: { none: 0, built: 0 } } } }
statusQuo: { road: none }
`

describe('solve --gain-rule', () => {
  it('strict (the default) wants every participant to gain; nonNegative accepts a gain of exactly 0', async () => {
    const dir = tempFiles({ 'b.yaml': scenario })
    const strict = await runCli(['solve', 'b.yaml', '--json'], { cwd: dir })
    const lenient = await runCli(['solve', 'b.yaml', '--json', '--gain-rule', 'nonNegative'], { cwd: dir })
    expect(strict.code).toBe(0)
    expect(strict.json().deals).toEqual([])
    expect(lenient.code).toBe(0)
    expect(lenient.json().deals[0].changes).toEqual(['road'])
  })

  it('rejects an unknown rule as a usage error', async () => {
    const dir = tempFiles({ 'b.yaml': scenario })
    const r = await runCli(['solve', 'b.yaml', '--gain-rule', 'lenient'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/strict, nonNegative/)
  })
})
