/**
 * `mandjes deadlocks <file>`: each issue on its own: agreeable alone, deadlocked (and who
 * blocks which option, and why) or nothing to gain.
 */
import type { Command } from 'commander'
import { findDeadlocks } from 'mandjes'
import { deadlocksToLines } from 'mandjes/engine'
import type { Io } from '../Io.js'
import { loadScenario } from '../loadScenario.js'
import { printJson, printLines } from '../output.js'

/**
 * Registers `deadlocks` on the program.
 * @example
 * mandjes deadlocks rivierenland.yaml --json
 * @category cli
 */
export const registerDeadlocks = (program: Command, io: Io): Command =>
  program
    .command('deadlocks')
    .description('analyse each issue on its own: agreeable alone, deadlocked (who blocks and why) or nothing to gain')
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .option('--json', 'print the analysis as JSON on stdout (findDeadlocks’ report)')
    .action(async (file: string, opts: { json?: boolean }) => {
      const scenario = await loadScenario(io, file)
      const report = findDeadlocks(scenario)
      if (opts.json === true) printJson(io, report)
      else printLines(io, deadlocksToLines(scenario, report))
    })
