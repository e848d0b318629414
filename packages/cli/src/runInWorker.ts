/**
 * Runs one `mandjes` command in a worker thread and keeps the main thread free for Ctrl-C.
 *
 * Every command, present and future, gets the same behaviour without doing anything but
 * pass `io.signal` to its long work and print what it has:
 * - the first Ctrl-C raises the shared stop flag; searches, simulations and sweeps end at
 *   their next step with the best result so far, the command prints it, and the process
 *   exits 130 (`run` turns a stopped command into 130);
 * - if the command has not finished `graceMs` (default 900 ms) after Ctrl-C, or on a second
 *   Ctrl-C, the worker is ended and the process exits 130 anyway, saying no result was ready;
 * - on a terminal, a progress line appears after two seconds (`statusLine`); with the
 *   environment variable `MANDJES_PROGRESS=lines`, each phase of long work is also printed as
 *   a plain line on stderr, for logs (and for tests that wait for the long work to start).
 */
import { Worker } from 'node:worker_threads'
import { exitCodes } from './CliError.js'
import type { CliWorkerData, CliWorkerMessage } from './cliWorker.js'
import { raiseStop, stopFlag } from './liveSignal.js'
import { statusLine } from './statusLine.js'
import { workerModule } from './workerModule.js'

/** The process side `runInWorker` talks to (the real process in `bin.ts`). @category cli */
export interface ProcessSide {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly stdout: NodeJS.WriteStream
  readonly stderr: NodeJS.WriteStream
  /** Subscribes to Ctrl-C. */
  readonly onInterrupt: (handler: () => void) => void
  readonly graceMs?: number
  /** Print each phase as a plain stderr line (`MANDJES_PROGRESS=lines`). */
  readonly phaseLines?: boolean
}

/**
 * Runs the command line of `side` in a worker and resolves to the exit code.
 * @example
 * process.exitCode = await runInWorker({ argv: ['solve', 'x.yaml'], cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, onInterrupt: (h) => process.on('SIGINT', h) })
 * @category cli
 */
export const runInWorker = (side: ProcessSide): Promise<number> =>
  new Promise((resolve) => {
    const isTTY = side.stderr.isTTY === true
    const stop = stopFlag()
    const location = workerModule('cliWorker', import.meta.url)
    const workerData: CliWorkerData = { argv: side.argv, isTTY, cwd: side.cwd, stop }
    const worker = new Worker(location.script, { eval: location.eval, execArgv: [...location.execArgv], workerData })
    const command = side.argv.find((a) => !a.startsWith('-')) ?? ''
    const line = isTTY
      ? statusLine((t) => side.stderr.write(t), `mandjes ${command}`.trim(), { columns: side.stderr.columns ?? 80 })
      : undefined
    const stdoutIsTerminal = side.stdout.isTTY === true
    let code: number | undefined
    let interrupted = false
    let settled = false
    const finish = (exit: number): void => {
      if (settled) return
      settled = true
      line?.stop()
      resolve(exit)
    }
    const giveUp = (): void => {
      if (settled) return
      line?.beforeOutput()
      side.stderr.write('mandjes: stopped by Ctrl-C before a result was ready.\n')
      void worker.terminate()
      finish(exitCodes.cancelled)
    }
    worker.on('message', (message: CliWorkerMessage) => {
      if (settled) return
      if (message.kind === 'done') {
        // Everything the command printed came before this message. A stopped command may
        // leave threads winding down (a sweep's pool); its answer is complete, so end now.
        code = message.code
        if (interrupted) {
          void worker.terminate()
          finish(code)
        }
      } else if (message.kind === 'phase') {
        line?.phase(message.text)
        if (side.phaseLines === true) {
          line?.beforeOutput()
          side.stderr.write(`mandjes ${command}: ${message.text}\n`)
        }
      } else {
        if (message.kind === 'stderr' || stdoutIsTerminal) line?.beforeOutput()
        ;(message.kind === 'stdout' ? side.stdout : side.stderr).write(message.text)
      }
    })
    worker.on('error', (error: unknown) => {
      if (settled) return
      line?.beforeOutput()
      side.stderr.write(
        `mandjes: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in mandjes; please report it with the command you ran.\n`,
      )
      finish(exitCodes.internal)
    })
    worker.on('exit', () => finish(code ?? (interrupted ? exitCodes.cancelled : exitCodes.internal)))
    side.onInterrupt(() => {
      if (interrupted) return giveUp()
      interrupted = true
      raiseStop(stop)
      worker.postMessage('stop')
      setTimeout(giveUp, side.graceMs ?? 900).unref()
    })
  })
