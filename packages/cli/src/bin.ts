#!/usr/bin/env node
/**
 * The `mandjes` executable: wires the process to `run` and nothing else. Ctrl-C cancels
 * long searches and sweeps through the Io's signal.
 */
import { run } from './run.js'

const controller = new AbortController()
process.once('SIGINT', () => controller.abort())

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  signal: controller.signal,
})
process.exitCode = code
