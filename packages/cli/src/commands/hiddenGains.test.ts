import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempFiles } from '../../test/runCli.js'

// A counts in units a trillion times too small: its gain of 2e-12 is under the tolerance's
// floor of 1e-9, so the mandje is not valid. The CLI says so instead of a silent "no deal".
const tiny = `version: 1
name: Tiny units
domains: [{ id: mobility, name: Mobiliteit }, { id: housing, name: Wonen }]
issues:
  - { id: road, name: Road, domain: mobility, options: [none, built], stakeholders: [A, B] }
  - { id: housing, name: Housing, domain: housing, options: [b-site, a-site], stakeholders: [A, B] }
parties:
  - id: A
    name: A
    kind: municipality
    valuations:
      road: { stake: 1e-12, values: { none: 0, built: -1 } }
      housing: { stake: 1e-12, values: { b-site: 0, a-site: 3 } }
  - id: B
    name: B
    kind: municipality
    valuations:
      road: { stake: 1, values: { none: 0, built: 3 } }
      housing: { stake: 1, values: { b-site: 0, a-site: -1 } }
statusQuo: { road: none, housing: b-site }
`

describe('a party whose gains the tolerance floor hides', () => {
  const file = join(tempFiles({ 'tiny.yaml': tiny }), 'tiny.yaml')

  it('validate accepts the file and warns, naming the party and the factor (exit 0)', async () => {
    const r = await runCli(['validate', file])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/tiny\.yaml: warning: party "A": gains as small as 1\.00e-12 count as no gain/)
    expect(r.err).toContain('by 1e+12')
  })

  it('solve warns on stderr before it reports that no deal exists', async () => {
    const r = await runCli(['solve', file, '--json'])
    expect(r.err).toContain('warning: party "A"')
    expect(r.json()).toMatchObject({ deals: [] })
  })
})
