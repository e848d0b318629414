/**
 * The `mandjes` program, runnable in-process: `run(argv, io)` parses the arguments, runs one
 * command and resolves to its exit code. Nothing here touches `process`, so tests call it
 * directly and read what it printed.
 *
 * Exit codes: 0 success (a deadlock is a result, not a failure), 1 a bad input file (every
 * problem on stderr), 2 a bad command line, 130 cancelled with Ctrl-C, 70 a bug in mandjes.
 */
import { Command, CommanderError } from 'commander'
import { Cancelled, exitCodes, InputError, UsageError } from './CliError.js'
import { stoppedByUser, type Io } from './Io.js'
import { registerCommands } from './commands/registerCommands.js'
import { terminalLine, terminalText } from './terminalText.js'

/** The version `mandjes --version` prints. @category cli */
export const cliVersion = '0.1.0'

/**
 * The program with every command, writing to `io`.
 * @example
 * buildProgram(io).commands.map((c) => c.name()) // => ['validate', 'deadlocks', 'solve', ...]
 * @category cli
 */
export const buildProgram = (io: Io): Command => {
  const program = new Command('mandjes')
    .description('Find package deals (mandjes) that break deadlocks in regional negotiations.')
    .version(cliVersion)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError(true)
  registerCommands(program, io)
  return program
}

/**
 * Runs the command line and resolves to the exit code.
 * @example
 * await run(['solve', 'scenario.yaml', '--json'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }) // => 0
 * @category cli
 */
export const run = async (argv: readonly string[], io: Io): Promise<number> => {
  const program = buildProgram(io)
  if (argv.length === 0) {
    io.stderr(program.helpInformation())
    return exitCodes.badUsage
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
    // A stopped command has printed the best result it had; the exit code says it is partial.
    if (stoppedByUser(io)) {
      io.stderr('stopped by Ctrl-C: the output above is the best result so far.\n')
      return exitCodes.cancelled
    }
    return exitCodes.ok
  } catch (error) {
    // Help and version end by "throwing" with exit code 0; every other commander error is a
    // mistake on the command line, which it has already explained on stderr.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.badUsage
    if (error instanceof InputError) {
      io.stderr(`${error.lines.map(terminalLine).join('\n')}\n`)
      return exitCodes.badInput
    }
    if (error instanceof Cancelled) {
      io.stderr(`${terminalText(error.message)}\n`)
      return exitCodes.cancelled
    }
    // Work that gave up on the signal by throwing (an aborted pool task) is a stop, not a bug.
    if (stoppedByUser(io)) {
      io.stderr('stopped by Ctrl-C before a result was ready.\n')
      return exitCodes.cancelled
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${terminalText(error.message)}\n(add --help for usage)\n`)
      return exitCodes.badUsage
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(
      `mandjes: internal error: ${terminalText(message)}\nThis is a bug in mandjes; please report it with the command you ran.\n`,
    )
    return exitCodes.internal
  }
}
