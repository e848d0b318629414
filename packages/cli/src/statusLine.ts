/**
 * The progress line on a terminal: after two seconds of work, one line on stderr says what
 * is running, for how long, and that Ctrl-C stops it with the best result so far. It is
 * redrawn in place and wiped before any other output, so it never mixes with results or
 * with a command's own progress bar (while a command writes to stderr, the line stays away).
 * Only for terminals: logs and pipes get no escape codes.
 */

/** A progress line being shown. @category cli */
export interface StatusLine {
  /** What the work is doing now (a command's phase), shown after the elapsed time. */
  readonly phase: (text: string) => void
  /** Call before writing anything else to the terminal: wipes the line. */
  readonly beforeOutput: () => void
  /** Ends the line for good (wipes it). */
  readonly stop: () => void
}

/** Options of `statusLine`. @category cli */
export interface StatusLineOptions {
  /** Quiet time before the line first shows, in milliseconds (default 2000). */
  readonly afterMs?: number
  /** Terminal width; the line is cut to fit (default 80). */
  readonly columns?: number
  readonly now?: () => number
}

/**
 * Starts a progress line for the named work, written through `write` (a terminal's stderr).
 * @example
 * const line = statusLine((t) => process.stderr.write(t), 'mandjes solve'); line.stop()
 * @category cli
 */
export const statusLine = (
  write: (text: string) => void,
  label: string,
  options: StatusLineOptions = {},
): StatusLine => {
  const now = options.now ?? (() => Date.now())
  const afterMs = options.afterMs ?? 2000
  const width = Math.max(20, Math.min(options.columns ?? 80, 100) - 1)
  const started = now()
  let lastOutput = started
  let phase = 'working'
  let shown = false
  const wipe = (): void => {
    if (shown) write('\r\x1b[K')
    shown = false
  }
  const draw = (): void => {
    const t = now()
    // A command that writes its own progress (a sweep's bar) owns the line while it does.
    if (t - started < afterMs || t - lastOutput < 1000) return
    const seconds = Math.floor((t - started) / 1000)
    const text = `${label}: ${phase}, ${seconds} s; Ctrl-C stops with the best result so far`
    write(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`)
    shown = true
  }
  const timer = setInterval(draw, 250)
  timer.unref()
  return {
    phase: (text) => {
      phase = text
    },
    beforeOutput: () => {
      wipe()
      lastOutput = now()
    },
    stop: () => {
      clearInterval(timer)
      wipe()
    },
  }
}
