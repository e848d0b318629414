/**
 * Ctrl-C on every long command: the real executable (from sources, as `npm run mandjes`
 * starts it) is given work that would run for minutes, sent SIGINT once the long phase has
 * begun, and must exit 130 within a second with the best result so far on stdout. Not a
 * speed test: the bound is generous against work that would otherwise not end.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, tempFiles } from './runCli.js'

interface Stopped {
  readonly code: number | null
  readonly msAfterSignal: number
  readonly out: string
  readonly err: string
}

/** Starts `mandjes args`, waits until it says the long phase began, then sends SIGINT. */
const interrupt = (args: readonly string[], startsWith: RegExp): Promise<Stopped> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, MANDJES_PROGRESS: 'lines' },
      },
    )
    let out = ''
    let err = ''
    let signalledAt: number | undefined
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      if (signalledAt === undefined && startsWith.test(err)) {
        // Past the phase line the command is computing; give it a moment inside that work.
        setTimeout(() => {
          signalledAt = performance.now()
          child.kill('SIGINT')
        }, 300)
      }
    })
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(watchdog)
      resolve({ code, msAfterSignal: signalledAt === undefined ? Infinity : performance.now() - signalledAt, out, err })
    })
  })

const big = 'bench/scenarios/s14_n25_m60_k4'

/** A decide input file on which the exchange model runs for minutes: 40 actors, 40 issues (invented numbers). */
const bigStudy = (): string => {
  let seed = 7
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 100
  const rows: string[] = []
  for (let a = 0; a < 40; a++) rows.push(`#A;a${a}`)
  for (let i = 0; i < 40; i++) rows.push(`#P;i${i}`)
  for (let a = 0; a < 40; a++)
    for (let i = 0; i < 40; i++)
      rows.push(`#D;a${a};i${i};${next().toFixed(1)};${next().toFixed(1)};${next().toFixed(1)}`)
  return rows.join('\n')
}

describe('Ctrl-C stops every long command with exit 130 and the best result so far', () => {
  it.each([
    ['solve --all', ['solve', big, '--all'], /listing every valid deal/, /#1 /],
    [
      'analyze',
      ['analyze', 'bench/scenarios/s13_n10_m40_k4'],
      /computing the Pareto frontier/,
      /outcomes \(one option per issue\)/,
    ],
    [
      'simulate',
      ['simulate', big, '--rounds', '1000000'],
      /simulating the meetings/,
      /stopped before meeting \d+ \(cancelled\)/,
    ],
    ['diagnose', ['diagnose', big], /diagnosing the scenario/, /A valid deal exists\.[\s\S]*Stopped early/],
    [
      'exchange',
      ['exchange', join(tempFiles({ 'study.csv': bigStudy() }), 'study.csv'), '--rounds', '1000'],
      /exchanging voting positions/,
      /initial outcome:[\s\S]*stopped before round \d+ \(cancelled\)/,
    ],
  ])(
    '%s',
    async (_name, args, phase, partial) => {
      const stopped = await interrupt(args, phase)
      expect(stopped.err).toMatch(/stopped by Ctrl-C/)
      expect(stopped.code).toBe(130)
      expect(stopped.msAfterSignal).toBeLessThan(1000)
      expect(stopped.out).toMatch(partial)
    },
    90_000,
  )

  it('sweep', async () => {
    const dir = tempFiles({ 'grid.yaml': 'trust: [0.2, 0.5, 0.8]\nmandateWidth: [0.5, 1]\n' })
    const stopped = await interrupt(
      [
        'sweep',
        'packages/examples/rivierenland/scenario.yaml',
        '--grid',
        join(dir, 'grid.yaml'),
        '--seeds',
        '2000',
        '--workers',
        '1',
      ],
      /running the simulations/,
    )
    expect(stopped.err).toMatch(/sweep cancelled after \d+ of 12000 runs/)
    expect(stopped.code).toBe(130)
    expect(stopped.msAfterSignal).toBeLessThan(1000)
  }, 90_000)
})
