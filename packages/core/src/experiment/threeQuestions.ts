/**
 * The source document's three questions as one experiment:
 * 1. how much freedom a civil servant takes (welke vrijheid kan een ambtenaar nemen): the
 *    quality of the facts the mediator gets and how many alternatives are prepared;
 * 2. how much room to negotiate an executive gets (hoeveel ruimte krijgt een bestuurder): the
 *    mandate width;
 * 3. how much trust the council gives (hoeveel vertrouwen schenkt de gemeenteraad): the
 *    councils' trust, which drives ratification.
 * Every combination of levels is simulated for every seed.
 */
import type { Scenario } from '../model/Scenario.js'
import type { AvailableGain } from '../simulate/availableGain.js'
import type { SweepRow } from './runSweepCase.js'
import type { Information } from '../simulate/SimulationConfig.js'
import { distributionOf, summarizeSweep, type Distribution, type SweepSummary } from './summarizeSweep.js'
import { sweep, sweepAvailableGain } from './sweep.js'
import type { SweepBase } from './sweepGrid.js'

/** One level of the civil servant's freedom: a name and the information it leads to. @category simulate */
export interface CivilServantLevel {
  readonly label: string
  readonly information: Information
}

/** Options for `threeQuestionsExperiment`. @category simulate */
export interface ThreeQuestionsOptions {
  /** Default: seeds 1 to 20. */
  readonly seeds?: readonly number[]
  /**
   * Settings shared by every run. Default: the best-package mediator (total gain), one year of
   * meetings (`rounds: 10`, so a blocked deal costs real time), councils involved during the
   * talks; the rest as in `defaultSimulationConfig`.
   */
  readonly base?: SweepBase
  readonly civilServant?: readonly CivilServantLevel[]
  readonly mandateWidth?: readonly number[]
  readonly councilTrust?: readonly number[]
  readonly available?: AvailableGain
}

/**
 * The default levels of a civil servant's freedom: `little` (rough facts: noise 0.5 of each
 * value spread, a third of the alternatives prepared), `some` (noise 0.2, two thirds) and
 * `much` (complete, correct facts and every alternative).
 * @category simulate
 */
export const civilServantLevels: readonly CivilServantLevel[] = [
  {
    label: 'little',
    information: { transparency: { _tag: 'noisy', sd: 0.5 }, alternativesPrepared: 1 / 3, learnFromRejections: true },
  },
  {
    label: 'some',
    information: { transparency: { _tag: 'noisy', sd: 0.2 }, alternativesPrepared: 2 / 3, learnFromRejections: true },
  },
  {
    label: 'much',
    information: { transparency: { _tag: 'full' }, alternativesPrepared: 1, learnFromRejections: true },
  },
]

/** A sweep row with the civil servant's level named. @category simulate */
export interface ThreeQuestionsRow extends SweepRow {
  readonly civilServant: string
}

/** The average effect of one level of one question, over all levels of the other two. @category simulate */
export interface ThreeQuestionsEffect {
  readonly question: 'civilServant' | 'mandateWidth' | 'councilTrust'
  readonly level: string | number
  readonly runs: number
  readonly share: Distribution | null
  readonly meanRejectedAtTable: number
  readonly meanFailedRatifications: number
}

/** What the three-questions experiment returns. @category simulate */
export interface ThreeQuestionsResult {
  readonly rows: readonly ThreeQuestionsRow[]
  /** One summary per combination of the three levels. */
  readonly cells: readonly (SweepSummary & { readonly civilServant: string })[]
  /** Main effects: one line per level of each question. */
  readonly effects: readonly ThreeQuestionsEffect[]
  readonly available: AvailableGain
}

/**
 * Runs the three-questions experiment on a scenario.
 * @example
 * const { effects } = threeQuestionsExperiment(scenario, { seeds: [1, 2, 3] })
 * // On the road-and-housing fixture only a full mandate reaches its one deal:
 * effects.filter((e) => e.question === 'mandateWidth').map((e) => [e.level, e.share?.mean])
 * // => [[0.25, 0], [0.5, 0], [1, 5 / 9]]
 * // and council trust makes no difference there:
 * effects.filter((e) => e.question === 'councilTrust').map((e) => e.share?.mean) // => [5 / 27, 5 / 27, 5 / 27]
 * @category simulate
 */
export const threeQuestionsExperiment = (
  scenario: Scenario,
  options: ThreeQuestionsOptions = {},
): ThreeQuestionsResult => {
  const seeds = options.seeds ?? Array.from({ length: 20 }, (_, k) => k + 1)
  const base: SweepBase = options.base ?? { mediator: { _tag: 'bestPackage', objective: 'sum' }, rounds: 10 }
  const levels = options.civilServant ?? civilServantLevels
  const widths = options.mandateWidth ?? [0.25, 0.5, 1]
  const trusts = options.councilTrust ?? [0.2, 0.5, 0.9]
  const available = options.available ?? sweepAvailableGain(scenario, base)
  const result = sweep(
    scenario,
    { mandateWidth: widths, trust: trusts, information: levels.map((l) => l.information) },
    seeds,
    { base, available },
  )
  // Cases run information fastest within trust within width; map each row back to its level.
  const perWidth = trusts.length * levels.length * seeds.length
  const labelOf = (index: number) => levels[Math.floor((index % (levels.length * seeds.length)) / seeds.length)]!.label
  const rows = result.rows.map((row): ThreeQuestionsRow => ({ ...row, civilServant: labelOf(row.index) }))
  // Summarise per combination by case index, so levels with equal settings stay apart.
  const cells = Array.from({ length: rows.length / Math.max(1, seeds.length) }, (_, k) => {
    const group = rows.slice(k * seeds.length, (k + 1) * seeds.length)
    return { ...summarizeSweep(group)[0]!, civilServant: levels[k % levels.length]!.label }
  })
  const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)
  const effect = (
    question: ThreeQuestionsEffect['question'],
    level: string | number,
    of: readonly ThreeQuestionsRow[],
  ): ThreeQuestionsEffect => ({
    question,
    level,
    runs: of.length,
    share: distributionOf(of.flatMap((r) => (r.share === null ? [] : [r.share]))),
    meanRejectedAtTable: mean(of.map((r) => r.rejectedAtTable)),
    meanFailedRatifications: mean(of.map((r) => r.failedRatifications)),
  })
  const effects = [
    ...levels.map((l) =>
      effect(
        'civilServant',
        l.label,
        rows.filter((r) => r.civilServant === l.label),
      ),
    ),
    ...widths.map((w, k) =>
      effect(
        'mandateWidth',
        w,
        rows.filter((r) => Math.floor(r.index / perWidth) === k),
      ),
    ),
    ...trusts.map((t, k) =>
      effect(
        'councilTrust',
        t,
        rows.filter((r) => Math.floor((r.index % perWidth) / (levels.length * seeds.length)) === k),
      ),
    ),
  ]
  return { rows, cells, effects, available }
}
