import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli, tempFiles } from '../../test/runCli.js'

describe('mandjes report', () => {
  it('writes a Dutch council note in Markdown for the best deal', async () => {
    const r = await runCli(['report', example('road-and-housing'), '--party', 'B'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^# Raadsinformatie: voorstel voor een mandje, Gemeente B/)
    expect(r.out).toContain('**Netto winst** | **+0,7**')
    expect(r.out).toContain('Binnen de kaders (krap):')
  })

  it('writes an English HTML page to a file', async () => {
    const dir = tempFiles({})
    const r = await runCli(
      [
        'report',
        join(repoRoot, example('rivierenland')),
        '--party',
        'tiel',
        '--lang',
        'en',
        '--format',
        'html',
        '--out',
        'tiel.html',
      ],
      { cwd: dir },
    )
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
    const html = readFileSync(join(dir, 'tiel.html'), 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('Council note: proposed package deal, Gemeente Tiel')
    expect(html).toContain('1,300 homes')
  })

  it('reports on a lower-ranked deal with --deal', async () => {
    const first = await runCli(['report', example('rivierenland'), '--party', 'tiel', '--lang', 'en'])
    const second = await runCli(['report', example('rivierenland'), '--party', 'tiel', '--lang', 'en', '--deal', '2'])
    expect(second.code).toBe(0)
    expect(second.out).not.toBe(first.out)
  })

  it('rejects a party that is not in the scenario, and a deal past the end (exit 2)', async () => {
    const party = await runCli(['report', example('road-and-housing'), '--party', 'C'])
    expect(party.code).toBe(2)
    expect(party.err).toContain('the parties are: A, B')
    const deal = await runCli(['report', example('road-and-housing'), '--party', 'A', '--deal', '5'])
    expect(deal.code).toBe(2)
    expect(deal.err).toContain('only 1 deal was found')
    expect((await runCli(['report', example('road-and-housing'), '--party', 'A', '--lang', 'de'])).code).toBe(2)
  })
})
