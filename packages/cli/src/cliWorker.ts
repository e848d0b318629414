/**
 * The worker thread a `mandjes` command runs in (started by `runInWorker`). The main thread
 * stays free to see Ctrl-C while a synchronous search runs here; it raises the shared stop
 * flag, which this thread's `io.signal` reads between search steps (see `liveSignal`).
 * Output goes back as messages, in order, so the main thread can wipe the progress line
 * before printing.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { liveSignal, type StopFlag } from './liveSignal.js'
import { run } from './run.js'

/** What the main thread hands the worker. @category cli */
export interface CliWorkerData {
  readonly argv: readonly string[]
  readonly isTTY: boolean
  readonly cwd: string
  readonly stop: StopFlag
}

/** A message from the worker to the main thread. @category cli */
export type CliWorkerMessage =
  | { readonly kind: 'stdout' | 'stderr' | 'phase'; readonly text: string }
  | { readonly kind: 'done'; readonly code: number }

const port = parentPort
if (port === null) throw new Error('[mandjes] cliWorker.ts runs only as a worker thread (see runInWorker.ts)')
const data = workerData as CliWorkerData
const controller = liveSignal(data.stop)
// The flag is read by synchronous work; when this thread is idle (awaiting a pool or a
// file), the message wakes the signal's listeners at once.
const onMessage = (message: unknown): void => {
  if (message === 'stop') controller.abort()
}
port.on('message', onMessage)
const send = (message: CliWorkerMessage): void => port.postMessage(message)
const code = await run(data.argv, {
  stdout: (text) => send({ kind: 'stdout', text }),
  stderr: (text) => send({ kind: 'stderr', text }),
  phase: (text) => send({ kind: 'phase', text }),
  isTTY: data.isTTY,
  cwd: data.cwd,
  signal: controller.signal,
})
send({ kind: 'done', code })
// Without a listener the port no longer keeps the thread alive: it ends once the command's
// own work (a pool, a timer) has wound down.
port.off('message', onMessage)
