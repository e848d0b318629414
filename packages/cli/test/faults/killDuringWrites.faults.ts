/**
 * Fault injection 1: kill -9 at random moments of every writing command. Each command runs in
 * a loop in a child process (so the kill lands anywhere in it: reading, computing, writing the
 * temporary file, renaming), is killed after a seeded random delay, and then the target must be
 * absent or byte-for-byte the output of a clean run (never half a file), and the next clean run
 * must leave exactly that output and no temporary file behind.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli, tempFiles } from '../runCli.js'
import { faultSeed, tally } from './faultSeed.js'

const rivierenland = join(repoRoot, example('rivierenland'))
const road = join(repoRoot, example('road-and-housing'))
const grid = 'mandateWidth: [0.5, 1]\nmediator: [noPackageDeals, "bestPackage(sum)"]\nseeds: [1]\nrounds: 4\n'

const commands: readonly { readonly name: string; readonly target: string; readonly args: readonly string[] }[] = [
  {
    name: 'simulate --history',
    target: 'run.json',
    args: ['simulate', rivierenland, '--rounds', '12', '--seed', '3', '--history', 'run.json'],
  },
  {
    name: 'sweep --out',
    target: 'runs.csv',
    args: ['sweep', road, '--grid', 'grid.yaml', '--workers', '1', '--out', 'runs.csv'],
  },
  { name: 'report --out', target: 'note.md', args: ['report', rivierenland, '--party', 'tiel', '--out', 'note.md'] },
  { name: 'solve --chart', target: 'gains.svg', args: ['solve', road, '--chart', 'gains.svg'] },
]
const killsPerCommand = 3

// A simple seeded stream (mulberry32), so the kill moments replay from the printed seed.
const delays = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const killAfter = (dir: string, args: readonly string[], ms: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(import.meta.dirname, 'loopCommand.ts'),
        dir,
        JSON.stringify(args),
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      if (text.includes('exit ')) reject(new Error(`the looped command failed: ${text}`))
      if (text.includes('ready') && timer === undefined) timer = setTimeout(() => child.kill('SIGKILL'), ms)
    })
    child.on('exit', () => resolve())
    child.on('error', reject)
  })

describe(`kill -9 at random moments of every writing command (seed ${faultSeed})`, () => {
  it.each(commands)(
    '$name: after every kill the output is absent or whole, and the next run cleans up',
    async ({ target, args }) => {
      const reference = tempFiles({ 'grid.yaml': grid })
      const clean = await runCli(args, { cwd: reference })
      expect(clean.code).toBe(0)
      const expected = readFileSync(join(reference, target))
      const random = delays(faultSeed + args.length)
      for (let k = 0; k < killsPerCommand; k++) {
        const dir = tempFiles({ 'grid.yaml': grid })
        // Up to 3 s after the first run started: several runs of the small commands, part of one long one.
        await killAfter(dir, args, Math.floor(random() * 3000))
        tally('kills')
        if (existsSync(join(dir, target))) {
          tally('killsWithOutput')
          expect(readFileSync(join(dir, target)).equals(expected)).toBe(true)
        }
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) tally('killsLeavingTemporaryFile')
        const again = await runCli(args, { cwd: dir })
        expect(again.code).toBe(0)
        expect(readFileSync(join(dir, target)).equals(expected)).toBe(true)
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
      }
    },
    180_000,
  )
})
