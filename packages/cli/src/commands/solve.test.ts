import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, runCli, tempFiles, unfold } from '../../test/runCli.js'

describe('mandjes solve', () => {
  it('finds the mandje of road and housing, proven best, as JSON', async () => {
    const r = await runCli(['solve', example('road-and-housing'), '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const json = r.json()
    expect(json.deals).toHaveLength(1)
    expect(json.deals[0]).toEqual({
      choices: { road: 'through-a-screened', 'housing-location': 'location-a' },
      changes: ['road', 'housing-location'],
      participants: ['A', 'B'],
      gains: { A: expect.closeTo(1.8, 9), B: expect.closeTo(0.7, 9) },
      payments: [],
    })
    expect(json.certificate).toEqual({
      status: 'optimal',
      optimal: true,
      bound: expect.closeTo(2.5, 9),
      objective: ['sum'],
    })
  })

  it('prints an empty deal list and a deadlock certificate when no deal fits (still exit 0)', async () => {
    const r = await runCli(['solve', example('road-and-housing'), '--max-issues', '1', '--json'])
    expect(r.code).toBe(0)
    const json = r.json()
    expect(json.deals).toEqual([])
    expect(json.certificate).toMatchObject({ status: 'noDeal', optimal: false, bound: null, binding: ['maxChanges'] })
    expect(typeof json.certificate.reason).toBe('string')
  })

  it('ranks the distinct deals of Rivierenland, best first, and says when fewer than asked exist', async () => {
    const r = await runCli(['solve', example('rivierenland'), '--top', '3', '--json'])
    expect(r.code).toBe(0)
    const { deals, certificate } = r.json()
    // With the 2011 housing cut as a target only two deals, distinct in their changed issues, are valid.
    expect(deals).toHaveLength(2)
    expect(certificate.complete).toBe(true)
    const totals = deals.map((d: any) => d.participants.reduce((s: number, p: string) => s + d.gains[p], 0))
    expect(totals[0]).toBeCloseTo(certificate.bound, 6)
    expect(totals[0]).toBeGreaterThanOrEqual(totals[1])
    for (const d of deals) for (const p of d.participants) expect(d.gains[p]).toBeGreaterThan(0)
  })

  it('lists every valid deal with --all, and says the list is complete', async () => {
    const json = (await runCli(['solve', example('road-and-housing'), '--all', '--json'])).json()
    expect(json.deals.map((d: any) => d.changes)).toEqual([['road', 'housing-location']])
    expect(json.certificate).toMatchObject({ status: 'optimal', complete: true, count: 1 })
  })

  it('compares objectives in the order given', async () => {
    const r = await runCli(['solve', example('sww-social'), '--objective', 'maxmin,fewest', '--json'])
    expect(r.json().certificate.objective).toEqual(['maxmin', 'fewest'])
  })

  it('adds compensation payments where the scenario allows them, and not with --no-payments', async () => {
    const paid = (await runCli(['solve', example('mra-housing'), '--json'])).json()
    expect(paid.deals[0].payments.length).toBeGreaterThan(0)
    const unpaid = (await runCli(['solve', example('mra-housing'), '--no-payments', '--json'])).json()
    expect(unpaid.deals[0].payments).toEqual([])
  })

  it('describes the deals in words without --json', async () => {
    const r = await runCli(['solve', example('road-and-housing')])
    expect(unfold(r.out)).toContain('the first deal is proven best')
    expect(unfold(r.out)).toContain(
      'De weg door A (the road B wants, through A): Geen nieuwe weg (no new road) → Weg door A met geluidsscherm (road through A with a noise screen)',
    )
    expect(unfold(r.out)).toContain('gains: Gemeente A +1.8, Gemeente B +0.7')
  })

  it('draws the gains chart of the first deal as SVG', async () => {
    const dir = tempFiles({})
    const r = await runCli(['solve', join(process.cwd(), example('road-and-housing')), '--chart', 'gains.svg'], {
      cwd: dir,
    })
    expect(r.code).toBe(0)
    expect(existsSync(join(dir, 'gains.svg'))).toBe(true)
    expect(readFileSync(join(dir, 'gains.svg'), 'utf8')).toMatch(/^<svg[^>]*>/)
    expect(readFileSync(join(dir, 'gains.svg'), 'utf8')).toContain('Gemeente A')
  })

  it('rejects bad option values as a bad command line (exit 2)', async () => {
    expect((await runCli(['solve', example('road-and-housing'), '--objective', 'fairness'])).code).toBe(2)
    expect((await runCli(['solve', example('road-and-housing'), '--top', '0'])).code).toBe(2)
    expect((await runCli(['solve', example('road-and-housing'), '--time-limit', 'soon'])).code).toBe(2)
    const chart = await runCli(['solve', example('road-and-housing'), '--chart', 'gains.pdf'])
    expect(chart.code).toBe(2)
    expect(chart.err).toContain('.svg or .png')
  })
})
