import { describe, expect, it } from 'vitest'
import { runCli } from '../../test/runCli.js'

describe('mandjes demo', () => {
  it('tells the Rivierenland story end to end', async () => {
    const r = await runCli(['demo'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^Regio Rivierenland, wonen en zorg/)
    for (const heading of [
      '== Parties (14) ==',
      '== Deadlocks: each issue on its own ==',
      '== Best package deals',
      '== Why each party agrees to deal #1 ==',
      '== One simulated negotiation ==',
    ]) {
      expect(r.out).toContain(heading)
    }
    expect(r.out).toContain('Gemeente Tiel: net +')
    // Only two distinct deals meet the 2011 housing-cut target.
    expect(r.out).toMatch(/#2 {2}\d+ issues changed/)
    expect(r.out).not.toMatch(/#3 {2}/)
  })
})
