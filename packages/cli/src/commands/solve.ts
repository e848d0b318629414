/**
 * `mandjes solve <file>`: the best package deals, ranked, with a certificate saying whether
 * the first is proven best, or why no deal exists.
 */
import type { Command } from 'commander'
import {
  allDeals,
  findDeal,
  formatNumber,
  gainsChart,
  topDeals,
  type GainRule,
  type Objective,
  type RankedDeal,
  type Scenario,
  type SearchOptions,
  type SearchResult,
} from 'mandjes'
import { bindingKaders, kaderLabel } from 'mandjes/engine'
import { certificateJson, dealJson, type CertificateJson, type DealJson } from '../dealJson.js'
import { describeDeal } from '../describeDeal.js'
import { reportPhase, stoppedByUser, type Io } from '../Io.js'
import { loadScenario, statusQuoOption, statusQuoOptionOf } from '../loadScenario.js'
import { printJson, printLines } from '../output.js'
import { counted } from '../plural.js'
import { nonNegativeNumber, oneOf, positiveInt } from '../parseOptions.js'
import { writeChartFile } from '../charts/writeChartFile.js'

/** The options `solve`, `report` and `demo` share for ranking deals. @category cli */
export interface RankOptions {
  readonly objective: readonly Objective[]
  readonly maxIssues?: number
  readonly top: number
  readonly all: boolean
  readonly timeLimit?: number
  readonly payments?: boolean
  /** How strict the gain test is for participants (default `strict`). */
  readonly gainRule?: GainRule
}

/** What `solve --json` prints. @category cli */
export interface SolveJson {
  readonly deals: readonly DealJson[]
  readonly certificate: CertificateJson & { readonly complete?: boolean; readonly count?: number }
}

/** The deals ranked by the options, and the search result that certifies the first. @category cli */
export interface Ranking {
  readonly deals: readonly RankedDeal[]
  readonly result: SearchResult
  /** With no deal: the parties' kaders that bind (each dropped alone allows a deal), as `kaderLabel` names them. */
  readonly bindingKaders?: readonly string[]
  readonly complete?: boolean
  readonly count?: number
}

const objectives: readonly Objective[] = ['sum', 'nash', 'maxmin', 'fewest']
const gainRules: readonly GainRule[] = ['strict', 'nonNegative']

/**
 * Ranks the deals of a scenario as the options ask: the best one (`findDeal`), the best `top`
 * distinct ones (`topDeals`) or all of them (`allDeals`).
 * @example
 * rankDeals(scenario, { objective: ['sum'], top: 3, all: false }).deals.length // => 3
 * @category cli
 */
export const rankDeals = (
  scenario: Scenario,
  options: RankOptions,
  signal?: AbortSignal,
  phase: (text: string) => void = () => undefined,
): Ranking => {
  const search: SearchOptions = {
    objective: options.objective.length === 1 ? options.objective[0]! : options.objective,
    ...(options.maxIssues === undefined ? {} : { constraints: { maxChanges: options.maxIssues } }),
    budget: {
      ...(options.timeLimit === undefined ? {} : { timeMs: options.timeLimit * 1000 }),
      ...(signal === undefined ? {} : { signal }),
    },
    ...(options.payments === undefined ? {} : { payments: options.payments }),
    ...(options.gainRule === undefined ? {} : { rules: { gainRule: options.gainRule } }),
  }
  const started = performance.now()
  // --top: topDeals certifies its first deal itself, so the best is not searched for twice.
  // Only without any deal is findDeal run, for the deadlock certificate.
  const listed = options.top > 1 && !options.all ? listTop(scenario, options.top, search, phase) : undefined
  if (listed !== undefined && listed.deals.length > 0) return listed
  phase('searching for the best deal')
  const result = findDeal(scenario, listed === undefined ? search : remaining(search, options.timeLimit, started))
  // The certificate names the search constraints that bite; the kaders are re-run here, with
  // what is left of the time limit, so "no deal" also says which council's kader blocks it.
  const kaders =
    result._tag === 'NoDeal'
      ? bindingKaders(scenario, {
          constraints: search.constraints ?? {},
          ...(search.payments === undefined ? {} : { payments: search.payments }),
          ...(signal === undefined ? {} : { signal }),
          deadline:
            options.timeLimit === undefined
              ? Infinity
              : globalThis.performance.now() + Math.max(0, options.timeLimit * 1000 - result.stats.elapsedMs),
        }).binding.map(kaderLabel)
      : undefined
  const best =
    result._tag === 'Optimal'
      ? [result.best]
      : result._tag === 'BudgetExhausted' && result.best._tag === 'Some'
        ? [result.best.value]
        : []
  const rest = remaining(search, options.timeLimit, started)
  if (options.all) {
    phase('listing every valid deal')
    const all = allDeals(scenario, rest)
    // Stopped before the listing found a deal: the search's best is one of them.
    const deals = all.deals.length === 0 && !all.complete ? best : all.deals
    return {
      deals,
      result,
      complete: all.complete,
      count: Math.max(all.count, deals.length),
      ...(kaders === undefined ? {} : { bindingKaders: kaders }),
    }
  }
  if (listed !== undefined) return { ...listed, result, ...(kaders === undefined ? {} : { bindingKaders: kaders }) }
  return { deals: best, result, ...(kaders === undefined ? {} : { bindingKaders: kaders }) }
}

/** One --time-limit for the whole command: a follow-up search gets what the first one left. */
const remaining = (search: SearchOptions, timeLimit: number | undefined, started: number): SearchOptions =>
  timeLimit === undefined
    ? search
    : {
        ...search,
        budget: { ...search.budget, timeMs: Math.max(0, timeLimit * 1000 - (performance.now() - started)) },
      }

/**
 * The best `top` deals with the search result their certificate gives for the first one
 * (proven best, or the gap to the bound when the time ran out), as findDeal would report it.
 */
const listTop = (scenario: Scenario, top: number, search: SearchOptions, phase: (text: string) => void): Ranking => {
  phase(`listing the best ${top} deals`)
  const listed = topDeals(scenario, top, search)
  const { certificate: cert, stats } = listed
  const head = listed.deals[0]
  const result: SearchResult =
    head !== undefined && cert.bestProved
      ? { _tag: 'Optimal', best: head, bound: cert.bound, stats }
      : {
          _tag: 'BudgetExhausted',
          best: head === undefined ? { _tag: 'None' } : { _tag: 'Some', value: head },
          bound: cert.bound,
          gap: cert.gap,
          stats,
        }
  return { deals: listed.deals, result, complete: listed.complete }
}

/** The ranking options on a command (shared by solve, report). @category cli */
export const withRankOptions = (command: Command): Command =>
  command
    .option(
      '--objective <names>',
      `what makes a deal better: ${objectives.join(', ')}; several, comma-separated, compare in order`,
      oneOf(objectives, true),
      ['sum'],
    )
    .option('--max-issues <n>', 'change at most this many issues', positiveInt(1))
    .option(
      '--time-limit <seconds>',
      'stop searching after this many seconds (the certificate then says budgetExhausted)',
      nonNegativeNumber,
    )
    .option('--payments', 'allow compensation payments (default: when the scenario has compensation)')
    .option('--no-payments', 'never add compensation payments')
    .option(
      '--gain-rule <rule>',
      `how much a participant must gain: ${gainRules.join(' (more than its status quo and reservation utility, the default) or ')} (at least as much)`,
      oneOf(gainRules),
    )

/** Reads the ranking options commander parsed. @category cli */
export const rankOptionsOf = (opts: Record<string, unknown>): RankOptions => ({
  objective: opts['objective'] as readonly Objective[],
  top: (opts['top'] as number | undefined) ?? 1,
  all: opts['all'] === true,
  ...(opts['maxIssues'] === undefined ? {} : { maxIssues: opts['maxIssues'] as number }),
  ...(opts['timeLimit'] === undefined ? {} : { timeLimit: opts['timeLimit'] as number }),
  ...(opts['payments'] === undefined ? {} : { payments: opts['payments'] as boolean }),
  ...(opts['gainRule'] === undefined ? {} : { gainRule: opts['gainRule'] as GainRule }),
})

const statusText = (ranking: Ranking, objective: readonly string[], stopped: boolean): string => {
  const r = ranking.result
  const obj = objective.join(', then ')
  if (r._tag === 'Optimal')
    return `objective ${obj}: the first deal is proven best (bound ${formatNumber(r.bound[0] ?? NaN, 'en', { maxDigits: 4 })}).`
  if (r._tag === 'NoDeal') {
    const kaders = ranking.bindingKaders ?? []
    return `objective ${obj}: no valid deal exists. ${r.certificate.reason}${r.certificate.binding.length > 0 ? ` Binding ${r.certificate.binding.some((b) => b.startsWith('target:')) ? 'constraints and targets' : 'constraints'}: ${r.certificate.binding.join(', ')}.` : ''}${kaders.length > 0 ? ` Binding kaders (each dropped alone allows a deal): ${kaders.join('; ')}.` : ''}`
  }
  const why = stopped ? 'stopped by Ctrl-C' : 'time ran out'
  // Without a deal there is no gap to state, and no proof either way.
  if (ranking.deals.length === 0)
    return `objective ${obj}: ${why} before a valid deal was found; none is proven impossible.`
  return `objective ${obj}: ${why}; the first deal is the best found, at most ${formatNumber(r.gap, 'en', { maxDigits: 4 })} below the proven bound.`
}

/**
 * Registers `solve` on the program.
 * @example
 * mandjes solve rivierenland.yaml --objective maxmin --top 3 --json
 * @category cli
 */
export const registerSolve = (program: Command, io: Io): Command =>
  withRankOptions(
    program
      .command('solve')
      .description('find the best package deals (mandjes), ranked, with a certificate of optimality or of deadlock')
      .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder'),
  )
    .option('--top <n>', 'show the best n distinct deals', positiveInt(1), 1)
    .option('--all', 'list every valid deal (up to 1000, best first)')
    .option('--json', 'print JSON on stdout: { deals, certificate }')
    .option('--chart <file>', 'also draw the first deal’s gains per party (.svg or .png)')
    .addOption(statusQuoOption())
    .action(async (file: string, opts: Record<string, unknown>) => {
      const scenario = await loadScenario(io, file, { withoutStatusQuo: true, ...statusQuoOptionOf(opts) })
      const options = rankOptionsOf(opts)
      const ranking = rankDeals(scenario, options, io.signal, (text) => reportPhase(io, text))
      if (typeof opts['chart'] === 'string' && ranking.deals[0] !== undefined)
        await writeChartFile(io, opts['chart'], gainsChart(scenario, ranking.deals[0].deal))
      if (opts['json'] === true) {
        const certificate = certificateJson(ranking.result, options.objective, ranking.bindingKaders)
        const out: SolveJson = {
          deals: ranking.deals.map(dealJson),
          certificate: {
            ...certificate,
            ...(ranking.complete === undefined ? {} : { complete: ranking.complete }),
            ...(ranking.count === undefined ? {} : { count: ranking.count }),
          },
        }
        printJson(io, out)
        return
      }
      const lines = [`${scenario.name}`, statusText(ranking, options.objective, stoppedByUser(io))]
      if (ranking.count !== undefined)
        lines.push(
          `${counted(ranking.count, 'valid deal')}${ranking.complete === false ? ' found before the search stopped' : ''}.`,
        )
      ranking.deals.forEach((d, k) => {
        lines.push(
          '',
          `#${k + 1}  ${counted(d.changes.length, 'issue')} changed, ${d.participants.length === 1 ? '1 party takes' : `${d.participants.length} parties take`} part`,
          ...describeDeal(scenario, d.deal, d.gains, d.participants, 4),
        )
      })
      if (ranking.deals.length === 0 && ranking.result._tag === 'NoDeal')
        lines.push(
          '',
          'Run `mandjes diagnose` to see what it would take, `mandjes deadlocks` to see who blocks which issue.',
        )
      printLines(io, lines)
    })
