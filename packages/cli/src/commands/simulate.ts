/**
 * `mandjes simulate <file>`: one seeded run of the negotiation, meeting by meeting, with the
 * chosen mediator; the same seed always gives the same run.
 */
import { InvalidArgumentError, type Command } from 'commander'
import {
  formatNumber,
  resume,
  simulate,
  type History,
  type MediatorSpec,
  type Scenario,
  type SimulationResult,
} from 'mandjes'
import { UsageError } from '../CliError.js'
import { describeDeal, partyName } from '../describeDeal.js'
import { readHistoryFile, writeHistoryFile } from '../files/historyFile.js'
import { reportPhase, type Io } from '../Io.js'
import { loadScenario } from '../loadScenario.js'
import { printJson, printLines } from '../output.js'
import { counted } from '../plural.js'
import { nonNegativeNumber, positiveInt, seed } from '../parseOptions.js'
import { allMediators, mediatorLabel } from 'mandjes/engine'

const tagOf = (spec: MediatorSpec) => spec._tag

/**
 * A mediator from its label (`bestPackage(nash)`, `alternatingOffers(linear)`) or its bare
 * name (`bestPackage`, the first variant listed).
 * @example
 * parseMediator('alternatingOffers(conceder)') // => { _tag: 'alternatingOffers', tactic: 'conceder' }
 * @category cli
 */
export const parseMediator = (value: string): MediatorSpec => {
  const byLabel = allMediators.find((m) => mediatorLabel(m) === value) ?? allMediators.find((m) => tagOf(m) === value)
  if (byLabel !== undefined) return byLabel
  const objective = /^bestPackage\((sum|nash|maxmin|fewest)\)$/.exec(value)
  if (objective !== null) return { _tag: 'bestPackage', objective: objective[1] as 'sum' }
  throw new InvalidArgumentError(
    `"${value}" is not a mediator; choose one of ${allMediators.map(mediatorLabel).join(', ')}.`,
  )
}

/**
 * A simulation result as `mandjes simulate --json` prints it: the ending, the realised gains
 * and agreements, and counts; `events` only when asked (they can be long). The negotiation
 * state and history are left out.
 * @example
 * simulationJson(result, false).outcome // => 'PartlyAgreed'
 * @category cli
 */
export const simulationJson = (result: SimulationResult, events: boolean) => ({
  outcome: result._tag,
  seed: result.seed,
  mediator: result.mediator,
  rounds: result.rounds,
  deadlocks: result._tag === 'AllAgreed' ? [] : result.deadlocks,
  agreements: result.agreements,
  gains: result.gains,
  totalGain: result.totalGain,
  share: result.share,
  available: result.available,
  counts: result.counts,
  ...(result.stopped === undefined ? {} : { stopped: result.stopped }),
  ...(events ? { events: result.events } : {}),
})

const endings = {
  AllAgreed: 'every deadlock was broken',
  PartlyAgreed: 'deals were made; deadlocks remain',
  Stuck: 'no deal was made',
}

/** The run in words. @example simulationLines(scenario, result)[0] // => 'seed 1, mediator bestPackage(sum): ...' @category cli */
export const simulationLines = (scenario: Scenario, result: SimulationResult): string[] => {
  const c = result.counts
  const lines = [
    `seed ${result.seed}, mediator ${result.mediator}: after ${counted(result.rounds, 'meeting')} ${endings[result._tag]}.`,
    `${counted(c.proposals, 'proposal')}, ${c.adopted} adopted at the table, ${c.ratified} ratified, ${c.failedRatifications} blocked by a council.`,
  ]
  if (result.stopped !== undefined)
    lines.unshift(
      `stopped before meeting ${result.stopped.round} (${result.stopped.reason === 'aborted' ? 'cancelled' : 'time limit reached'}); --history and --resume continue it.`,
    )
  if (result.share !== null)
    lines.push(
      `realised ${formatNumber(result.share * 100, 'en', { maxDigits: 0 })}% of the gain the best deal could bring (total gain ${formatNumber(result.totalGain, 'en')}).`,
    )
  else if (!result.available.exact)
    // Stopped before the best deal's gain was known: the share has no denominator.
    lines.push(
      `total gain ${formatNumber(result.totalGain, 'en')}; the gain the best deal could bring was not computed (stopped first).`,
    )
  for (const a of result.agreements) {
    const deal = { choices: { ...scenario.statusQuo.choices, ...a.changes }, payments: [] }
    lines.push('', `agreement in meeting ${a.round}:`, ...describeDeal(scenario, deal, a.gains, a.voters, 2))
  }
  if (result._tag !== 'AllAgreed' && result.deadlocks.length > 0)
    lines.push(
      '',
      `still deadlocked: ${result.deadlocks.map((i) => scenario.issues.find((x) => x.id === i)?.name ?? i).join('; ')}`,
    )
  const losers = Object.entries(result.gains).filter(([, g]) => g < -1e-9)
  if (losers.length > 0)
    lines.push(
      `worse off: ${losers.map(([p, g]) => `${partyName(scenario, p)} ${formatNumber(g, 'en', { signed: true })}`).join(', ')}`,
    )
  return lines
}

/**
 * Registers `simulate` on the program.
 * @example
 * mandjes simulate rivierenland.yaml --mediator 'alternatingOffers(boulware)' --seed 7 --json
 * @category cli
 */
export const registerSimulate = (program: Command, io: Io): Command =>
  program
    .command('simulate')
    .description('simulate the negotiation meeting by meeting: proposals, votes, council ratification, trust')
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .option('--mediator <name>', `who makes proposals: ${allMediators.map(mediatorLabel).join(', ')}`, parseMediator)
    .option('--seed <n>', 'seed of every random choice; the same seed gives the same run', seed, 1)
    .option('--rounds <n>', 'number of meetings (default 40)', positiveInt(1))
    .option('--events', 'with --json: include every event of the run')
    .option('--json', 'print the result as JSON on stdout')
    .option('--history <out.json>', "write the run's full history (every step's changes) as JSON, atomically")
    .option(
      '--resume <history.json>',
      'continue the run a --history file holds, from where it ended; the file is checked step by step against this scenario, and its seed, mediator and --rounds are kept',
    )
    .option('--stop-at <n>', 'stop before meeting n, to --resume later with the same settings', positiveInt(0))
    .option(
      '--time-limit <seconds>',
      'stop after the meeting during which this much time has passed',
      nonNegativeNumber,
    )
    .action(
      async (
        file: string,
        opts: {
          mediator?: MediatorSpec
          seed: number
          rounds?: number
          events?: boolean
          json?: boolean
          history?: string
          resume?: string
          stopAt?: number
          timeLimit?: number
        },
      ) => {
        const scenario = await loadScenario(io, file)
        const settings = {
          history: opts.history !== undefined,
          ...(opts.mediator === undefined ? {} : { mediator: opts.mediator }),
          ...(opts.rounds === undefined ? {} : { rounds: opts.rounds }),
          ...(opts.stopAt === undefined ? {} : { stopAt: opts.stopAt }),
          ...(opts.timeLimit === undefined ? {} : { timeMs: opts.timeLimit * 1000 }),
          ...(io.signal === undefined ? {} : { signal: io.signal }),
        }
        reportPhase(io, 'simulating the meetings')
        const bound = {
          ...(opts.mediator === undefined ? {} : { mediator: opts.mediator }),
          ...(opts.rounds === undefined ? {} : { rounds: opts.rounds }),
        }
        const earlier = opts.resume === undefined ? undefined : await readHistoryFile(io, opts.resume, scenario, bound)
        if (earlier !== undefined && opts.stopAt !== undefined && opts.stopAt < earlier.state.round) {
          throw new UsageError(
            `--stop-at ${opts.stopAt} is before meeting ${earlier.state.round}, where the history in ${opts.resume} ends; give a later meeting or leave it out.`,
          )
        }
        const result =
          earlier === undefined
            ? simulate(scenario, { ...settings, seed: opts.seed })
            : resume(scenario, earlier.state, { ...settings, ...earlier.settings })
        if (opts.history !== undefined && result.history !== undefined) {
          // A resumed run's file holds the whole run: the earlier steps, then the new ones.
          const whole: History =
            earlier === undefined
              ? result.history
              : { initial: earlier.history.initial, steps: [...earlier.history.steps, ...result.history.steps] }
          await writeHistoryFile(io, opts.history, scenario, earlier?.settings ?? bound, whole)
        }
        if (opts.json === true) printJson(io, simulationJson(result, opts.events === true))
        else printLines(io, simulationLines(scenario, result))
      },
    )
