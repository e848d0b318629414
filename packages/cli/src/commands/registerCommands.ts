/**
 * Every command of the `mandjes` program, in the order `--help` lists them.
 */
import type { Command } from 'commander'
import type { Io } from '../Io.js'
import { registerAnalyze } from './analyze.js'
import { registerDeadlocks } from './deadlocks.js'
import { registerDemo } from './demo.js'
import { registerDiagnose } from './diagnose.js'
import { registerExchange } from './exchange.js'
import { registerReport } from './report.js'
import { registerSimulate } from './simulate.js'
import { registerSolve } from './solve.js'
import { registerSweep } from './sweep.js'
import { registerValidate } from './validate.js'

/**
 * Adds every command to the program.
 * @example
 * registerCommands(new Command('mandjes'), io)
 * @category cli
 */
export const registerCommands = (program: Command, io: Io): void => {
  registerValidate(program, io)
  registerDeadlocks(program, io)
  registerSolve(program, io)
  registerDiagnose(program, io)
  registerAnalyze(program, io)
  registerSimulate(program, io)
  registerSweep(program, io)
  registerExchange(program, io)
  registerReport(program, io)
  registerDemo(program, io)
}
