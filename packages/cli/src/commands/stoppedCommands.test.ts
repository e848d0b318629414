/**
 * What a command prints when its signal has already fired (Ctrl-C before the long work
 * began): the state before any meeting or round, said in words, and exit 130. The real
 * signal and its timing are test/interrupt.test.ts's.
 */
import { describe, expect, it } from 'vitest'
import { twoActorStudy as study } from '@mandjes/testkit/exchangeStudy.js'
import { memoryIo } from '../Io.js'
import { run } from '../run.js'
import { example, repoRoot, tempFiles } from '../../test/runCli.js'

const stopped = async (args: readonly string[], cwd = repoRoot) => {
  const io = { ...memoryIo({ cwd }), signal: AbortSignal.abort() }
  const code = await run(args, io)
  return { code, out: io.out(), err: io.err() }
}

describe('a command stopped before its long work', () => {
  it('simulate says it stopped before meeting 0 and that the best deal’s gain was not computed', async () => {
    const r = await stopped(['simulate', example('rivierenland'), '--seed', '4'])
    expect(r.code).toBe(130)
    expect(r.out).toContain('stopped before meeting 0 (cancelled)')
    expect(r.out).toContain('the gain the best deal could bring was not computed (stopped first)')
    expect(r.err).toMatch(/stopped by Ctrl-C/)
  })

  it('simulate --json reports the stop and no share', async () => {
    const r = await stopped(['simulate', example('rivierenland'), '--json'])
    expect(r.code).toBe(130)
    const json = JSON.parse(r.out)
    expect(json.stopped).toEqual({ reason: 'aborted', round: 0 })
    expect(json.share).toBe(null)
    expect(json.available.exact).toBe(false)
  })

  it('solve and solve --all say no deal was found yet, and claim no deadlock', async () => {
    for (const extra of [[], ['--all']]) {
      const r = await stopped(['solve', example('rivierenland'), ...extra])
      expect(r.code).toBe(130)
      expect(r.out).toContain('stopped by Ctrl-C before a valid deal was found; none is proven impossible.')
      expect(r.out).not.toContain('mandjes diagnose')
    }
  })

  it('diagnose says it was stopped before it could tell, not that no deal exists', async () => {
    const r = await stopped(['diagnose', example('rivierenland')])
    expect(r.code).toBe(130)
    expect(r.out).toContain('stopped (by the time limit or Ctrl-C) before it could tell')
    expect(r.out).not.toContain('No valid deal exists')
  })

  it('exchange prints the initial outcome and no round, and says where it stopped', async () => {
    const dir = tempFiles({ 'study.csv': study })
    const r = await stopped(['exchange', 'study.csv'], dir)
    expect(r.code).toBe(130)
    expect(r.out).toContain('initial outcome: toll 1.8, ring 80')
    expect(r.out).toContain('stopped before round 1 (cancelled); the rounds above are complete.')
    const json = JSON.parse((await stopped(['exchange', 'study.csv', '--json'], dir)).out)
    expect(json.stopped).toEqual({ round: 1 })
    expect(json.rounds).toEqual([])
  })
})
