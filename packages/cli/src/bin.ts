#!/usr/bin/env node
/**
 * The `mandjes` executable: wires the process to `runInWorker` and nothing else. The command
 * runs in a worker thread so that Ctrl-C is seen even while a search computes; it stops the
 * command with the best result so far and exit code 130 (see runInWorker.ts).
 */
import { runInWorker } from './runInWorker.js'

process.exitCode = await runInWorker({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt: (handler) => process.on('SIGINT', handler),
  phaseLines: process.env['MANDJES_PROGRESS'] === 'lines',
})
