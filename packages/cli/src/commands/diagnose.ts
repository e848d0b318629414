/**
 * `mandjes diagnose <file>`: what it would take to make a package deal possible when there is
 * none (each remedy minimal and proven), or how firm the deal is when there is one.
 */
import type { Command } from 'commander'
import { diagnose, type IssueId, type PartyId } from 'mandjes'
import { UsageError } from '../CliError.js'
import { diagnosisJson } from '../diagnosisJson.js'
import { diagnosisText } from '../diagnosisText.js'
import { reportPhase, type Io } from '../Io.js'
import { loadScenario } from '../loadScenario.js'
import { printJson, printLines } from '../output.js'
import { nonNegativeNumber, positiveInt, seed } from '../parseOptions.js'

/**
 * Registers `diagnose` on the program.
 * @example
 * mandjes diagnose rivierenland.yaml --time-limit 30 --json
 * @category cli
 */
export const registerDiagnose = (program: Command, io: Io): Command =>
  program
    .command('diagnose')
    .description('what it would take to make a deal possible (minimal remedies, proven), or how firm the deal is')
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .option('--issue <id>', 'diagnose this issue alone (every other issue stays at the status quo)')
    .option('--parties <ids>', 'diagnose the table of these parties only, comma-separated (the others leave)')
    .option('--max-remedies <n>', 'at most this many remedies of each kind', positiveInt(1), 5)
    .option(
      '--time-limit <seconds>',
      'stop after this many seconds (default 60); what is cut short is marked',
      nonNegativeNumber,
      60,
    )
    .option(
      '--spread <share>',
      'for a deal that exists: uncertainty of every stake and value (0.1 = ±10%)',
      nonNegativeNumber,
      0.1,
    )
    .option('--samples <n>', 'Monte Carlo draws for the probability that the deal holds', positiveInt(1), 1000)
    .option('--seed <n>', 'seed of the Monte Carlo draws', seed, 1)
    .option('--json', 'print JSON on stdout: { dealExists, remedies, binding, ... }')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const scenario = await loadScenario(io, file)
      const issue = opts['issue'] as string | undefined
      if (issue !== undefined && !scenario.issues.some((i) => i.id === issue)) {
        throw new UsageError(
          `--issue ${JSON.stringify(issue)} is not an issue of this scenario; the issues are: ${scenario.issues.map((i) => i.id).join(', ')}.`,
        )
      }
      const parties =
        typeof opts['parties'] === 'string'
          ? opts['parties']
              .split(',')
              .map((p) => p.trim())
              .filter((p) => p !== '')
          : undefined
      const unknown = parties?.filter((p) => !scenario.parties.some((x) => x.id === p)) ?? []
      if (unknown.length > 0)
        throw new UsageError(
          `--parties: ${unknown.map((p) => JSON.stringify(p)).join(', ')} not in this scenario; the parties are: ${scenario.parties.map((p) => p.id).join(', ')}.`,
        )
      if (parties !== undefined && parties.length < 2) throw new UsageError('--parties: name at least two parties.')
      const timeLimit = opts['timeLimit'] as number | undefined
      reportPhase(io, 'diagnosing the scenario')
      const d = diagnose(scenario, {
        ...(issue === undefined ? {} : { issue: issue as IssueId }),
        ...(parties === undefined ? {} : { parties: parties as PartyId[] }),
        maxRemedies: opts['maxRemedies'] as number,
        ...(timeLimit === undefined ? {} : { timeLimitMs: timeLimit * 1000 }),
        ...(io.signal === undefined ? {} : { signal: io.signal }),
        monteCarlo: {
          spread: opts['spread'] as number,
          samples: opts['samples'] as number,
          seed: opts['seed'] as number,
        },
      })
      if (opts['json'] === true) printJson(io, diagnosisJson(d))
      else printLines(io, diagnosisText(scenario, d))
    })
