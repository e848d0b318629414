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
  /**
   * Cancels long work (Ctrl-C). Pass it to the core's long work (`budget.signal`, `signal`),
   * then print the best result so far: `run` exits 130 when it was raised (see
   * `stoppedByUser`). Under `bin.ts` its `aborted` is live even inside synchronous work.
   */
  readonly signal?: AbortSignal
  /** Names the phase of long work for the terminal's progress line (`searching deals`). */
  readonly phase?: (text: string) => void
}

/**
 * Whether the user stopped the command (Ctrl-C). Long commands check it after their work, to
 * say that what they print is the best result so far; `run` then exits 130.
 * @example
 * if (stoppedByUser(io)) io.stderr('stopped: the deal above is the best found so far\n')
 * @category cli
 */
export const stoppedByUser = (io: Io): boolean => io.signal?.aborted === true

/**
 * Tells the progress line what long work is doing now (nothing without a terminal).
 * @example
 * reportPhase(io, 'listing the top 5 deals')
 * @category cli
 */
export const reportPhase = (io: Io, text: string): void => io.phase?.(text)

/**
 * An Io that collects what a command writes, for tests.
 * @example
 * const io = memoryIo(); await run(['validate', 'x.yaml'], io); io.out() // => 'ok ...'
 * @category cli
 */
export const memoryIo = (
  options: { readonly isTTY?: boolean; readonly cwd?: string } = {},
): Io & { readonly out: () => string; readonly err: () => string } => {
  let out = ''
  let err = ''
  return {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    ...options,
    out: () => out,
    err: () => err,
  }
}

/** A path as given on the command line, resolved against the Io's folder. @category cli */
export const resolvePath = (io: Io, path: string): string =>
  isAbsolute(path) || io.cwd === undefined ? resolve(path) : resolve(io.cwd, path)
