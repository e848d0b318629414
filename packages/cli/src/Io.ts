/**
 * Where the command line writes. Injected so that tests run every command in-process and
 * read what it printed, and so that only `bin.ts` touches `process`.
 */
import { isAbsolute, resolve } from 'node:path'

/** The outputs and environment a command runs with. @category cli */
export interface Io {
  /** Results: text, or JSON when asked. */
  readonly stdout: (text: string) => void
  /** Messages, warnings, progress. */
  readonly stderr: (text: string) => void
  /** Whether stderr is a terminal (progress bars then, plain lines otherwise). */
  readonly isTTY?: boolean
  /** The folder relative paths start from (default: the process's). */
  readonly cwd?: string
  /** Cancels long work (Ctrl-C). */
  readonly signal?: AbortSignal
}

/**
 * An Io that collects what a command writes, for tests.
 * @example
 * const io = memoryIo(); await run(['validate', 'x.yaml'], io); io.out() // => 'ok ...'
 * @category cli
 */
export const memoryIo = (options: { readonly isTTY?: boolean; readonly cwd?: string } = {}): Io & { readonly out: () => string; readonly err: () => string } => {
  let out = ''
  let err = ''
  return {
    stdout: (text) => { out += text },
    stderr: (text) => { err += text },
    ...options,
    out: () => out,
    err: () => err,
  }
}

/** A path as given on the command line, resolved against the Io's folder. @category cli */
export const resolvePath = (io: Io, path: string): string => (isAbsolute(path) || io.cwd === undefined ? resolve(path) : resolve(io.cwd, path))
