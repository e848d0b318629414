import { describe, expect, it } from 'vitest'
import { example, runCli } from '../../test/runCli.js'

describe('mandjes deadlocks', () => {
  it('finds both issues of road and housing deadlocked, with who blocks', async () => {
    const r = await runCli(['deadlocks', example('road-and-housing'), '--json'])
    expect(r.code).toBe(0)
    const json = r.json()
    expect(json.deadlocks).toEqual(['road', 'housing-location'])
    const road = json.issues.find((i: any) => i.issue === 'road')
    expect(road.status).toBe('deadlocked')
    expect(road.options.find((o: any) => o.option === 'through-a-screened').blockers).toEqual([
      { party: 'A', reason: 'loses', gain: expect.closeTo(-1.2, 9), stakeholder: true },
    ])
  })

  it('explains the deadlocks in words', async () => {
    const r = await runCli(['deadlocks', example('sww-social')])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^6 issues: 2 deadlocked, 4 agreeable on their own/)
    expect(r.out).toContain('DEADLOCKED')
  })
})
