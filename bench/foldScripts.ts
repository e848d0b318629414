/**
 * Other engineers' benchmark scripts (bench/frontier.ts, bench/simulate.ts) run inside
 * `npm run bench` once they exist: each in its own `node --import tsx` process with a timeout,
 * so a crash or a slow script cannot take the main benchmark down. A script asked for JSON
 * (`--json`) has the last JSON array or object it prints kept as data; otherwise its output's
 * last lines are kept verbatim. The scripts own their format.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** A script to fold in, with the arguments to give it. */
export interface FoldSpec {
  readonly script: string
  readonly args: readonly string[]
}

/** What one folded script did. */
export interface FoldRun {
  readonly script: string
  readonly args: readonly string[]
  readonly status: 'missing' | 'ok' | 'failed' | 'timeout' | 'skipped'
  readonly exitCode: number | null
  readonly ms: number
  /** The last JSON value the script printed on lines of its own (with `--json`), if any. */
  readonly json: unknown
  /** The last lines of its standard output (and of its error output when it failed). */
  readonly tail: readonly string[]
}

const lastLines = (text: string, n: number): string[] => text.trimEnd().split('\n').slice(-n)

/** The last pretty-printed JSON array or object in a text: from a line `[` or `{` to its closing line. */
export const lastJson = (text: string): unknown => {
  const lines = text.split('\n')
  for (let end = lines.length - 1; end >= 0; end--) {
    const close = lines[end]!.trimEnd()
    if (close !== ']' && close !== '}') continue
    const open = close === ']' ? '[' : '{'
    for (let start = end; start >= 0; start--) {
      if (lines[start]!.trimEnd() !== open) continue
      try {
        return JSON.parse(lines.slice(start, end + 1).join('\n'))
      } catch {
        // An inner bracket line: keep looking further up.
      }
    }
  }
  return undefined
}

/** Runs each script that exists with `node --import tsx --conditions=source`, one after the other. */
export const foldScripts = (specs: readonly FoldSpec[], timeoutMs: number, enabled: boolean): readonly FoldRun[] =>
  specs.map(({ script, args }): FoldRun => {
    const base = { script, args, exitCode: null, ms: 0, json: undefined, tail: [] }
    if (!existsSync(script)) return { ...base, status: 'missing' }
    if (!enabled) return { ...base, status: 'skipped' }
    const started = performance.now()
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', script, ...args], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    const ms = performance.now() - started
    const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
    const status = timedOut ? 'timeout' : run.status === 0 ? 'ok' : 'failed'
    const stdout = run.stdout ?? ''
    const tail = [...lastLines(stdout, 12), ...(status === 'ok' ? [] : lastLines(run.stderr ?? '', 20))]
    return {
      ...base,
      status,
      exitCode: run.status,
      ms,
      json: args.includes('--json') ? lastJson(stdout) : undefined,
      tail,
    }
  })
