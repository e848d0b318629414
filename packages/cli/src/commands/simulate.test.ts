import { describe, expect, it } from 'vitest'
import { example, runCli } from '../../test/runCli.js'

describe('mandjes simulate', () => {
  it('settles road and housing in one meeting with the package mediator', async () => {
    const r = await runCli(['simulate', example('road-and-housing'), '--json'])
    expect(r.code).toBe(0)
    const json = r.json()
    expect(json).toMatchObject({ outcome: 'AllAgreed', seed: 1, mediator: 'bestPackage(sum)', deadlocks: [] })
    expect(json.gains.A).toBeGreaterThan(0)
    expect(json.gains.B).toBeGreaterThan(0)
    expect(json.events).toBeUndefined()
  })

  it('gets stuck without package deals: single issues stay deadlocked', async () => {
    const json = (
      await runCli(['simulate', example('road-and-housing'), '--mediator', 'noPackageDeals', '--json'])
    ).json()
    expect(json.outcome).toBe('Stuck')
    expect(json.agreements).toEqual([])
  })

  it('replays the same run for the same seed', async () => {
    const args = [
      'simulate',
      example('rivierenland'),
      '--mediator',
      'alternatingOffers(boulware)',
      '--seed',
      '7',
      '--rounds',
      '12',
      '--json',
      '--events',
    ]
    const a = await runCli(args)
    const b = await runCli(args)
    expect(a.code).toBe(0)
    expect(a.out).toBe(b.out)
    expect(a.json().events.length).toBeGreaterThan(0)
  })

  it('rejects an unknown mediator (exit 2) and names the choices', async () => {
    const r = await runCli(['simulate', example('road-and-housing'), '--mediator', 'chairman'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('bestPackage(sum)')
  })
})
