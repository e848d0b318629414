/**
 * `npx tsx bench/interruptLatency.ts [--reps 3] [--delays 300,1000] [--only simulate,sweep]`:
 * how long each long command takes
 * from Ctrl-C (SIGINT) to exit. Starts the real executable from sources (as `npm run mandjes`
 * does) on work that would run for minutes, waits for the phase line of its long work plus
 * each delay, sends SIGINT and times the exit. Prints one line per run
 * with the exit code and whether a partial result was printed, then per command the median
 * and worst, and the load average before and after (the figures depend on how busy the
 * machine is). Not part of `npm run bench`: it measures the stop path, not search speed.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const big = 'bench/scenarios/s14_n25_m60_k4'

/** A decide input file large enough that the exchange model runs for minutes (invented numbers). */
const decideFile = (actors: number, issues: number): string => {
  let seed = 7
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 100
  const rows: string[] = []
  for (let a = 0; a < actors; a++) rows.push(`#A;a${a}`)
  for (let i = 0; i < issues; i++) rows.push(`#P;i${i}`)
  for (let a = 0; a < actors; a++)
    for (let i = 0; i < issues; i++)
      rows.push(`#D;a${a};i${i};${next().toFixed(1)};${next().toFixed(1)};${next().toFixed(1)}`)
  return rows.join('\n')
}

const dir = mkdtempSync(join(tmpdir(), 'mandjes-interrupt-'))
writeFileSync(join(dir, 'grid.yaml'), 'trust: [0.2, 0.5, 0.8]\nmandateWidth: [0.5, 1]\n')
writeFileSync(join(dir, 'study.csv'), decideFile(40, 40))

interface Case {
  readonly name: string
  readonly args: readonly string[]
  readonly phase: RegExp
  /** What stdout shows when a partial result was printed. */
  readonly partial: RegExp
}

const cases: readonly Case[] = [
  { name: 'solve --all', args: ['solve', big, '--all'], phase: /listing every valid deal/, partial: /#1 / },
  {
    name: 'analyze',
    args: ['analyze', 'bench/scenarios/s13_n10_m40_k4'],
    phase: /computing the Pareto frontier/,
    partial: /outcomes/,
  },
  { name: 'diagnose', args: ['diagnose', big], phase: /diagnosing the scenario/, partial: /./ },
  {
    name: 'simulate',
    args: ['simulate', big, '--rounds', '1000000'],
    phase: /simulating the meetings/,
    partial: /stopped before meeting/,
  },
  {
    name: 'sweep',
    args: [
      'sweep',
      'packages/examples/rivierenland/scenario.yaml',
      '--grid',
      join(dir, 'grid.yaml'),
      '--seeds',
      '2000',
      '--workers',
      '2',
    ],
    phase: /running the simulations/,
    partial: /^index,|,/m,
  },
  {
    name: 'exchange',
    args: ['exchange', join(dir, 'study.csv'), '--rounds', '1000'],
    phase: /exchanging voting positions/,
    partial: /initial outcome/,
  },
]

interface Stop {
  readonly code: number | null
  readonly ms: number
  /** From SIGINT to the last output, before the process's own ending. */
  readonly outputMs: number
  readonly partial: boolean
}

const interrupt = (c: Case, delayMs: number): Promise<Stop> =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', ...c.args],
      {
        env: { ...process.env, MANDJES_PROGRESS: 'lines' },
      },
    )
    let out = ''
    let err = ''
    let at: number | undefined
    let lastOutput = NaN
    let armed = false
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      lastOutput = performance.now()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      lastOutput = performance.now()
      if (!armed && c.phase.test(err)) {
        armed = true
        setTimeout(() => {
          at = performance.now()
          child.kill('SIGINT')
        }, delayMs)
      }
    })
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('exit', (code) => {
      clearTimeout(watchdog)
      const since = (t: number) => (at === undefined ? NaN : t - at)
      resolve({ code, ms: since(performance.now()), outputMs: since(lastOutput), partial: c.partial.test(out) })
    })
  })

const flag = (name: string): string | undefined => {
  const k = process.argv.indexOf(`--${name}`)
  return k < 0 ? undefined : process.argv[k + 1]
}
const reps = Number(flag('reps') ?? 3)
const delays = (flag('delays') ?? '300,1000').split(',').map(Number)
const only = flag('only')?.split(',')
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
console.log(`load average (1, 5, 15 min) before: ${load()}`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
for (const c of cases.filter((x) => only === undefined || only.includes(x.name))) {
  const times: number[] = []
  for (const delay of delays)
    for (let r = 0; r < reps; r++) {
      const stop = await interrupt(c, delay)
      times.push(stop.ms)
      console.log(
        `${c.name}: SIGINT ${delay} ms into the long phase, exit ${stop.code} after ${stop.ms.toFixed(0)} ms (last output at ${stop.outputMs.toFixed(0)} ms)${stop.partial ? ', partial result printed' : ', NO partial result'} (load ${load()})`,
      )
    }
  console.log(`${c.name}: median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms`)
}
console.log(`load average after: ${load()}`)
