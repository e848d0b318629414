/**
 * Runs the command line in-process for tests, from the repository root, and returns the exit
 * code with everything printed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { memoryIo } from '../src/Io.js'
import { run } from '../src/run.js'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The example scenario files, relative to the repository root. */
export const example = (name: string): string => `packages/examples/${name}/scenario.yaml`

export interface CliRun {
  readonly code: number
  readonly out: string
  readonly err: string
  readonly json: <T = any>() => T
}

export const runCli = async (
  args: readonly string[],
  options: { readonly isTTY?: boolean; readonly cwd?: string } = {},
): Promise<CliRun> => {
  const io = memoryIo({
    cwd: options.cwd ?? repoRoot,
    ...(options.isTTY === undefined ? {} : { isTTY: options.isTTY }),
  })
  const code = await run(args, io)
  return { code, out: io.out(), err: io.err(), json: () => JSON.parse(io.out()) }
}

/** A fresh temporary folder with the given files in it. */
export const tempFiles = (files: Readonly<Record<string, string>>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mandjes-cli-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

/**
 * Text output with folded lines joined again (a line break and the continuation's indent read
 * as one space), for tests that look for a phrase wherever the 100-column fold put it.
 */
export const unfold = (text: string): string => text.replace(/\n +/g, ' ')
