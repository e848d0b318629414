/**
 * Progress of long work on stderr: a bar on a terminal (cli-progress), plain lines otherwise
 * (at most one per tenth of the work), so logs of CI runs stay short and readable.
 */
import cliProgress from 'cli-progress'
import type { Io } from './Io.js'

/** Reports how far a piece of work is. @category cli */
export interface Progress {
  readonly update: (done: number, total: number) => void
  readonly stop: () => void
}

/**
 * A progress reporter for the Io: a bar when stderr is a terminal, plain lines otherwise.
 * @example
 * const progress = progressFor(io, 'sweep'); progress.update(10, 100); progress.stop()
 * @category cli
 */
export const progressFor = (io: Io, label: string): Progress => {
  if (io.isTTY === true) {
    // cli-progress writes through this stream; on a terminal the Io's stderr is the terminal.
    const stream = {
      write: (text: string) => (io.stderr(text), true),
      isTTY: true,
      columns: 80,
      cursorTo: undefined,
      clearLine: undefined,
      moveCursor: undefined,
    }
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} runs, {eta_formatted} left`,
        stream: stream as unknown as NodeJS.WriteStream,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    )
    let started = false
    return {
      update: (done, total) => {
        if (!started) {
          bar.start(total, done)
          started = true
        } else bar.update(done)
      },
      stop: () => {
        if (started) bar.stop()
      },
    }
  }
  let lastTenth = -1
  return {
    update: (done, total) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10)
      if (tenth === lastTenth) return
      lastTenth = tenth
      io.stderr(`${label}: ${done}/${total} runs\n`)
    },
    stop: () => undefined,
  }
}
