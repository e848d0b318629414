import { describe, expect, it } from 'vitest'
import { twoActorStudy as study } from '@mandjes/testkit/exchangeStudy.js'
import { runCli, tempFiles } from '../../test/runCli.js'

describe('mandjes exchange', () => {
  it('prints the initial outcome and each round’s exchanges as JSON, on each issue’s own scale', async () => {
    const dir = tempFiles({ 'study.csv': study })
    const r = await runCli(['exchange', 'study.csv', '--rounds', '2', '--json'], { cwd: dir })
    expect(r.code).toBe(0)
    const json = r.json()
    expect(json.initialOutcome).toEqual({ toll: expect.closeTo(1.8, 9), ring: expect.closeTo(80, 9) })
    expect(json.rounds).toHaveLength(2)
    expect(json.rounds[0]).toMatchObject({
      round: 1,
      outcome: { toll: expect.closeTo(0.5, 9), ring: expect.closeTo(100, 9) },
    })
    expect(json.rounds[0].exchanges).toEqual([
      {
        actors: ['a', 'b'],
        issues: ['ring', 'toll'],
        moves: { a: expect.closeTo(100, 9), b: expect.closeTo(-6.5, 9) },
        gain: expect.closeTo(12, 9),
      },
    ])
  })

  it('says in words who moved where', async () => {
    const dir = tempFiles({ 'study.csv': study })
    const r = await runCli(['exchange', 'study.csv', '--rounds', '1'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.out).toContain('initial outcome: toll 1.8, ring 80')
    expect(r.out).toContain('a moves 100 on ring, b moves -6.5 on toll; each gains 12')
  })

  it('names the file and the line of every problem, with exit code 1', async () => {
    const dir = tempFiles({ 'bad.csv': '#A;a\n#P;toll\n#D;b;toll;3;0.5;1\n' })
    const r = await runCli(['exchange', 'bad.csv'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.err).toContain('bad.csv:3: actor b has no #A row; add one or fix the id')
    expect((await runCli(['exchange', 'missing.csv'], { cwd: dir })).code).toBe(1)
  })
})
