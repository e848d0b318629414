import type { Scenario } from '../model/Scenario.js'
import { compile } from '../evaluate/compile.js'
import type { AvailableGain } from '../simulate/availableGain.js'
import { mediatorLabel } from '../simulate/Mediator.js'
import { simulationConfig, type DecisionRule, type Transparency } from '../simulate/SimulationConfig.js'
import { simulate } from '../simulate/simulate.js'
import { caseSettings, type SweepBase, type SweepCase } from './sweepGrid.js'

/**
 * One run of a sweep as a tidy row: the parameters that defined it (as plain columns) and
 * what came out. Rows are plain JSON, one per run.
 * @category simulate
 */
export interface SweepRow {
  readonly index: number
  readonly seed: number
  readonly mediator: string
  readonly mandateWidth: number
  readonly involvement: string
  readonly trust: number
  /** `full`, `noisy` or `strategic`. */
  readonly transparency: string
  /** The noise sd (noisy), the exaggeration (strategic) or 0 (full). */
  readonly distortion: number
  readonly alternativesPrepared: number
  readonly altruism: number
  readonly grant: number
  /** `unanimity` or `majority(q)` with the quota. */
  readonly decisionRule: string
  readonly outcome: 'AllAgreed' | 'PartlyAgreed' | 'Stuck'
  readonly rounds: number
  readonly agreements: number
  readonly proposals: number
  readonly rejectedAtTable: number
  readonly failedRatifications: number
  readonly outvoted: number
  readonly deadlocks: number
  readonly totalGain: number
  readonly share: number | null
  /** The smallest realised gain of any party. */
  readonly minGain: number
  /** Parties that end below the status quo. */
  readonly losers: number
  /** Mean council trust at the end. */
  readonly meanTrust: number
}

/** The names of a row's parameter columns, in order. @category simulate */
export const sweepRowParameters = [
  'mediator',
  'mandateWidth',
  'involvement',
  'trust',
  'transparency',
  'distortion',
  'alternativesPrepared',
  'altruism',
  'grant',
  'decisionRule',
] as const

/**
 * Runs one case of a sweep (without history) and reports it as a row. A `signal` goes to the
 * run (see `SimulateOptions.signal`); once it has fired, the row describes a run cut short,
 * which a sweep drops (`runSweepCases`).
 * @example
 * const available = sweepAvailableGain(scenario, {})
 * runSweepCase(scenario, {}, { index: 0, seed: 3, params: { trust: 0.2 } }, available).trust // => 0.2
 * @category simulate
 */
export const runSweepCase = (
  scenario: Scenario,
  base: SweepBase,
  sweepCase: SweepCase,
  available: AvailableGain,
  signal?: AbortSignal,
): SweepRow => {
  const settings = caseSettings(base, sweepCase)
  const config = simulationConfig(settings)
  const result = simulate(scenario, {
    ...settings,
    seed: sweepCase.seed,
    history: false,
    available,
    ...(signal === undefined ? {} : { signal }),
  })
  const tolerance = compile(scenario).tolerance
  const gains = Object.values(result.gains)
  const trusts = Object.values(result.state.trust)
  return {
    index: sweepCase.index,
    seed: sweepCase.seed,
    mediator: mediatorLabel(config.mediator),
    mandateWidth: config.mandateWidth,
    involvement: config.councils.involvement,
    trust: config.councils.trust,
    transparency: config.information.transparency._tag,
    distortion: distortionOf(config.information.transparency),
    alternativesPrepared: config.information.alternativesPrepared,
    altruism: config.goodwill.altruism,
    grant: config.goodwill.grant,
    decisionRule: ruleLabel(config.decisionRule),
    outcome: result._tag,
    rounds: result.rounds,
    agreements: result.counts.ratified,
    proposals: result.counts.proposals,
    rejectedAtTable: result.counts.rejectedAtTable,
    failedRatifications: result.counts.failedRatifications,
    outvoted: result.counts.outvoted,
    deadlocks: result._tag === 'AllAgreed' ? 0 : result.deadlocks.length,
    totalGain: result.totalGain,
    share: result.share,
    minGain: gains.length === 0 ? 0 : Math.min(...gains),
    losers: gains.filter((g) => g < -tolerance).length,
    meanTrust: trusts.length === 0 ? 0 : trusts.reduce((a, b) => a + b, 0) / trusts.length,
  }
}

const distortionOf = (t: Transparency): number =>
  t._tag === 'noisy' ? t.sd : t._tag === 'strategic' ? t.exaggeration : 0

const ruleLabel = (rule: DecisionRule): string =>
  rule._tag === 'unanimity'
    ? 'unanimity'
    : `majority(${Number(rule.quota.toFixed(3))}${rule.vetoHolders.length > 0 ? `; veto ${rule.vetoHolders.join(',')}` : ''})`
