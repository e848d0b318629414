/**
 * `mandjes analyze <file>`: the room for agreement in the whole outcome space: the Pareto
 * frontier, the Nash, Kalai-Smorodinsky, egalitarian and maximum-welfare outcomes, and how
 * many outcomes every party prefers to its reference point. `--json` prints `analyzeScenario`'s
 * object exactly.
 */
import type { Command } from 'commander'
import {
  analyzeScenario,
  formatNumber,
  frontierChart,
  frontierChartData,
  requiredIssues,
  type PartyId,
  type Scenario,
  type ScenarioAnalysis,
} from 'mandjes'
import { type AnalysisPoint } from 'mandjes/engine'
import { writeChartFile } from '../charts/writeChartFile.js'
import { UsageError } from '../CliError.js'
import { optionText } from '../describeDeal.js'
import { reportPhase, type Io } from '../Io.js'
import { loadScenario, statusQuoOption, statusQuoOptionOf } from '../loadScenario.js'
import { printJson, printLines } from '../output.js'
import { counted } from '../plural.js'
import { nonNegativeNumber } from '../parseOptions.js'

const pointLines = (scenario: Scenario, analysis: ScenarioAnalysis, point: AnalysisPoint): string[] => {
  const changed = scenario.issues.filter((i) => point.choices[i.id] !== scenario.statusQuo.choices[i.id])
  return [
    ...(changed.length === 0
      ? ['    (the status quo)']
      : changed.map((i) => `    ${i.name}: ${optionText(scenario, i.id, point.choices[i.id]!)}`)),
    `    gains: ${scenario.parties.map((p) => `${p.name} ${formatNumber((point.utilities[p.id] ?? 0) - (analysis.reservation[p.id] ?? 0), 'en', { signed: true })}`).join(', ')}`,
  ]
}

/**
 * The analysis in words.
 * @example
 * analysisLines(scenario, analyzeScenario(scenario))[0] // => '243 outcomes; frontier: 2 points'
 * @category cli
 */
export const analysisLines = (scenario: Scenario, analysis: ScenarioAnalysis): string[] => {
  const c = analysis.conflict
  const lines = [
    `${scenario.name}`,
    `${analysis.outcomes} outcomes (one option per issue); gains measured from each party's ${analysis.reference === 'none' ? 'worst outcome' : `status quo or reservation utility, whichever is higher${requiredIssues(scenario).length > 0 ? ' (its reservation utility when it values an issue without a status quo)' : ''}`}.`,
  ]
  // The message already says what happened ("the frontier was not completed: ..."); say it once.
  if (analysis.status !== 'complete')
    lines.push(
      `${(analysis.message ?? `the frontier was not computed (${analysis.status})`).replace(/^./, (c) => c.toUpperCase())}.`,
    )
  else
    lines.push(
      `Pareto frontier: ${counted(c.frontierPoints ?? 0, 'point')} (${c.frontierOutcomes === '1' ? '1 outcome' : `${c.frontierOutcomes} outcomes`}).`,
    )
  if (c.acceptableOutcomes !== null) {
    lines.push(
      `${c.acceptableOutcomes} outcomes (${formatNumber((c.acceptableShare ?? 0) * 100, 'en', { maxDigits: 3 })}%) are better than the reference point for every party${c.acceptableMethod === 'estimated' ? ' (estimated from a sample)' : ''}.`,
    )
  }
  const solutions = [
    ['Nash bargaining solution', analysis.nash],
    ['Kalai-Smorodinsky solution', analysis.kalaiSmorodinsky],
    ['Kalai-Smorodinsky solution by NegMAS’s rule', analysis.kalaiSmorodinskySpread],
    ['Egalitarian solution', analysis.egalitarian],
    ['Maximum welfare', analysis.maxWelfare],
  ] as const
  for (const [name, points] of solutions) {
    const first = points[0]
    if (first === undefined) continue
    const ks = analysis.kalaiSmorodinsky[0]
    if (points === analysis.kalaiSmorodinskySpread && ks !== undefined && sameChoices(ks, first)) {
      lines.push('', `${name}: the same outcome.`)
      continue
    }
    lines.push(
      '',
      `${name}${points.length > 1 ? ` (1 of ${points.length} tied outcomes)` : ''}:`,
      ...pointLines(scenario, analysis, first),
    )
  }
  if (analysis.status === 'complete' && analysis.frontier.length === 0)
    lines.push(
      '',
      'No outcome is better than the reference point for every party: there is no room for a deal that everyone prefers.',
    )
  return lines
}

const partiesOf = (scenario: Scenario, value: string | undefined): readonly [PartyId, PartyId] => {
  const ids =
    value === undefined ? scenario.parties.slice(0, 2).map((p) => p.id) : value.split(',').map((v) => v.trim())
  const found = ids.map((id) => scenario.parties.find((p) => p.id === id)?.id)
  if (found.length !== 2 || found.some((p) => p === undefined)) {
    throw new UsageError(
      `--parties needs two party ids separated by a comma; the parties are: ${scenario.parties.map((p) => p.id).join(', ')}.`,
    )
  }
  return [found[0]!, found[1]!]
}

/**
 * Registers `analyze` on the program.
 * @example
 * mandjes analyze rivierenland.yaml --chart frontier.svg --parties tiel,gelderland
 * @category cli
 */
export const registerAnalyze = (program: Command, io: Io): Command =>
  program
    .command('analyze')
    .description(
      'analyse the outcome space: Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and max-welfare outcomes, room for agreement',
    )
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .option(
      '--reference <point>',
      'measure gains from the status quo or reservation ("reservation"), or from each party\'s worst outcome for the plain frontier ("none")',
      'reservation',
    )
    .option(
      '--time-limit <seconds>',
      'stop computing the frontier after this many seconds (default 60)',
      nonNegativeNumber,
    )
    .option('--json', 'print analyzeScenario’s object as JSON on stdout')
    .option('--chart <file>', 'also draw the frontier for two parties (.svg or .png)')
    .option('--parties <a,b>', 'the two parties of the chart (default: the first two)')
    .addOption(statusQuoOption())
    .action(
      async (
        file: string,
        opts: { reference: string; timeLimit?: number; json?: boolean; chart?: string; parties?: string },
      ) => {
        if (opts.reference !== 'reservation' && opts.reference !== 'none')
          throw new UsageError(`--reference must be "reservation" or "none", not ${JSON.stringify(opts.reference)}.`)
        const scenario = await loadScenario(io, file, { withoutStatusQuo: true, ...statusQuoOptionOf(opts) })
        const parties = opts.chart === undefined ? undefined : partiesOf(scenario, opts.parties)
        reportPhase(io, 'computing the Pareto frontier')
        const analysis = analyzeScenario(scenario, {
          reference: opts.reference,
          ...(opts.timeLimit === undefined ? {} : { timeMs: opts.timeLimit * 1000 }),
          ...(io.signal === undefined ? {} : { signal: io.signal }),
        })
        if (parties !== undefined && opts.chart !== undefined)
          await writeChartFile(
            io,
            opts.chart,
            frontierChart(frontierChartData(scenario, analysis, parties[0], parties[1])),
          )
        if (opts.json === true) printJson(io, analysis)
        else printLines(io, analysisLines(scenario, analysis))
      },
    )

const sameChoices = (a: AnalysisPoint, b: AnalysisPoint): boolean =>
  JSON.stringify(a.choices) === JSON.stringify(b.choices)
