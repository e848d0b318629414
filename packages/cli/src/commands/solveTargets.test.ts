import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runCli, tempFiles, unfold } from '../../test/runCli.js'

const fixture = readFileSync(join(repoRoot, 'packages/testkit/fixtures/homes-target.yaml'), 'utf8')

describe('mandjes solve with regional targets', () => {
  it('exits 0 with no deals and a certificate naming a target no deal can reach', async () => {
    const dir = tempFiles({ 'region.yaml': fixture.replace('atLeast: 4000', 'atLeast: 7000') })
    const r = await runCli(['solve', join(dir, 'region.yaml'), '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const json = r.json()
    expect(json.deals).toEqual([])
    expect(json.certificate).toMatchObject({ status: 'noDeal', binding: ['target:homes-2030'] })
    expect(json.certificate.reason).toContain('Target homes-2030 (4,000 homes to 2030) is out of reach')
  })

  it('says in plain text which target binds', async () => {
    const dir = tempFiles({ 'region.yaml': fixture.replace('atLeast: 4000', 'atLeast: 6000') })
    const r = await runCli(['solve', join(dir, 'region.yaml')])
    expect(r.code).toBe(0)
    expect(unfold(r.out)).toContain(
      'dropping target homes-2030 alone would allow one. Binding constraints and targets: target:homes-2030.',
    )
  })

  it('finds the deal that meets the target', async () => {
    const dir = tempFiles({ 'region.yaml': fixture })
    const r = await runCli(['solve', join(dir, 'region.yaml'), '--json'])
    expect(r.code).toBe(0)
    expect(r.json().deals[0].choices).toEqual({ 'homes-a': '1000', 'homes-b': '3000', bus: 'new-line' })
  })
})
