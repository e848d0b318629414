import { describe, expect, it } from 'vitest'
import { example, runCli, tempFiles, unfold } from '../../test/runCli.js'

const broken = `version: 1
name: Broken
domains: [{ id: housing, name: Wonen }]
issues:
  - { id: road, name: Road, domain: mobility, options: [none, built] }
parties:
  - { id: A, name: A, kind: gemeente }
statusQuo: { road: none }
`

describe('mandjes validate', () => {
  it('accepts a good scenario and summarises it (exit 0)', async () => {
    const r = await runCli(['validate', example('rivierenland'), '--json'])
    expect(r.code).toBe(0)
    expect(r.json()).toEqual({
      valid: true,
      summary: {
        name: 'Regio Rivierenland, wonen en zorg (housing and care)',
        parties: 14,
        issues: 13,
        domains: 5,
        options: 35,
        compensation: null,
        notes: 13,
      },
    })
    expect(r.err).toBe('')
  })

  it('says in words what it checked', async () => {
    const r = await runCli(['validate', example('road-and-housing')])
    expect(r.code).toBe(0)
    expect(unfold(r.out)).toContain('valid scenario "De weg en de woningbouwlocatie (road and housing)"')
    expect(unfold(r.out)).toContain('2 parties, 2 issues with 6 options in 2 policy domains')
  })

  it('lists every problem of a bad file on stderr with file, line and path, and exits 1', async () => {
    const dir = tempFiles({ 'broken.yaml': broken })
    const r = await runCli(['validate', 'broken.yaml'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^broken\.yaml:\d+:\d+: issues\[0\]\.domain: .*\[unknownDomain\]$/m)
    expect(r.err).toMatch(/^broken\.yaml:\d+:\d+: parties\[0\]\.kind: /m)
    expect(r.err).toContain('Fix the file and check it with: mandjes validate broken.yaml')
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('prints the problems as JSON when asked, still exiting 1', async () => {
    const dir = tempFiles({ 'broken.yaml': broken })
    const r = await runCli(['validate', 'broken.yaml', '--json'], { cwd: dir })
    expect(r.code).toBe(1)
    const json = r.json<{ valid: boolean; problems: { code: string; path: unknown[]; file: string }[] }>()
    expect(json.valid).toBe(false)
    expect(json.problems.map((p) => p.code)).toContain('unknownDomain')
    expect(json.problems.every((p) => p.file === 'broken.yaml')).toBe(true)
  })

  it('reports a missing file as a bad input (exit 1), not a crash', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('no/such/file.yaml')
    expect(r.err).not.toContain('internal error')
  })

  it('treats a missing argument as a bad command line (exit 2)', async () => {
    const r = await runCli(['validate'])
    expect(r.code).toBe(2)
    expect(r.err).toContain("missing required argument 'file'")
  })
})

describe('mandjes validate on a GeniusWeb folder', () => {
  it('reads a GeniusWeb domain with its profiles as a scenario', async () => {
    const r = await runCli(['validate', 'bench/scenarios/s01_n2_m5_k3', '--json'])
    expect(r.code).toBe(0)
    expect(r.json().summary).toMatchObject({ parties: 2, issues: 5, options: 15 })
  })
})
