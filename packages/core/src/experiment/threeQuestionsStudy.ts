/**
 * The three questions as a study over continuous ranges (issue 14): how much freedom a civil
 * servant takes (`civilServants.freedom` f), how much room an executive gets (`mandateWidth`
 * w) and how much trust a council gives (`councils.trust` t), each drawn uniformly from
 * [0, 1] per run from a seeded design, so no grid's steps and thresholds make the findings.
 * Per scenario and mediator, `runs` runs (each its own simulation seed); the outcome is the
 * share of the available regional gain realised; effects are fitted with every pairwise
 * interaction and come with seeded bootstrap intervals (see `factorEffects`).
 *
 * The constants no one calibrated are parameters (`StudyConstants`), so a sensitivity
 * analysis reruns the study with each moved on its own.
 */
import type { Scenario } from '../model/Scenario.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import type { AvailableGain } from '../simulate/availableGain.js'
import type { MediatorSpec } from '../simulate/Mediator.js'
import { simulate, type SimulateOptions } from '../simulate/simulate.js'
import { defaultSimulationConfig } from '../simulate/SimulationConfig.js'
import { sweepAvailableGain } from './sweep.js'
import { factorEffects, type FactorEffects, type FactorRun } from './effectEstimates.js'

/** The study's factors, in the order of a run's `x`. @category simulate */
export const studyFactors = ['civilServant', 'mandateWidth', 'councilTrust'] as const

/**
 * The uncalibrated constants of the study's runs. Defaults (all invented, as in
 * docs/simulate.md): one year of meetings, the start's picture noise 0.5 of each value spread
 * (the old `little`), a third of the alternatives prepared at the start, and the simulation's
 * defaults for ratification and trust.
 * @category simulate
 */
export interface StudyConstants {
  readonly rounds: number
  readonly startNoise: number
  readonly startPrepared: number
  readonly hindranceDuring: number
  readonly visibilityWeight: number
  readonly coolingOff: number
  readonly afterKept: number
  readonly afterFailed: number
  readonly latitude: number
}

/** The default constants. @category simulate */
export const defaultStudyConstants: StudyConstants = {
  rounds: 10,
  startNoise: 0.5,
  startPrepared: 1 / 3,
  hindranceDuring: defaultSimulationConfig.ratification.hindrance.during,
  visibilityWeight: defaultSimulationConfig.ratification.visibilityWeight,
  coolingOff: defaultSimulationConfig.ratification.coolingOff,
  afterKept: defaultSimulationConfig.trustDynamics.afterKept,
  afterFailed: defaultSimulationConfig.trustDynamics.afterFailed,
  latitude: defaultSimulationConfig.councilInterests.latitude,
}

/** One run of the study: its design point, seed and outcome. @category simulate */
export interface StudyRun {
  readonly seed: number
  /** f, w, t in `studyFactors` order. */
  readonly x: readonly [number, number, number]
  readonly share: number
  readonly failedRatifications: number
}

/**
 * The settings of one study run at design point (f, w, t).
 * @example
 * studySettings(defaultStudyConstants, [1, 0.5, 0.9], { _tag: 'bestPackage' }).mandateWidth // => 0.5
 * @category simulate
 */
export const studySettings = (
  constants: StudyConstants,
  [f, w, t]: readonly [number, number, number],
  mediator: MediatorSpec,
): SimulateOptions => {
  const d = defaultSimulationConfig
  return {
    rounds: constants.rounds,
    mediator,
    mandateWidth: w,
    councils: { involvement: 'during', trust: t, perParty: {} },
    information: {
      transparency: constants.startNoise === 0 ? { _tag: 'full' } : { _tag: 'noisy', sd: constants.startNoise },
      alternativesPrepared: constants.startPrepared,
      learnFromRejections: true,
    },
    civilServants: { freedom: f },
    ratification: {
      ...d.ratification,
      hindrance: { ...d.ratification.hindrance, during: constants.hindranceDuring },
      visibilityWeight: constants.visibilityWeight,
      coolingOff: constants.coolingOff,
    },
    trustDynamics: { afterKept: constants.afterKept, afterFailed: constants.afterFailed },
    councilInterests: { ...d.councilInterests, latitude: constants.latitude },
  }
}

/**
 * The denominator of a scenario's study runs (the best deal with every issue on the table).
 * @example
 * studyAvailable(scenario).value > 0 // => true
 * @category simulate
 */
export const studyAvailable = (scenario: Scenario): AvailableGain => sweepAvailableGain(scenario, {})

/**
 * Runs of the study for one scenario and mediator: `runs` design points drawn from
 * `designSeed` (four uniform draws per run: f, w, t, and whether w is exactly 1), simulation
 * seeds 1 to `runs`.
 * @example
 * studyRuns(scenario, { _tag: 'bestPackage' }, { runs: 3, designSeed: 1 }).length // => 3
 * @category simulate
 */
export const studyRuns = (
  scenario: Scenario,
  mediator: MediatorSpec,
  options: {
    readonly runs: number
    readonly designSeed: number
    readonly constants?: StudyConstants
    readonly available?: AvailableGain
    /**
     * Share of runs with the width exactly 1 (the scenario's own mandates), default 0.5. The
     * width rule forbids every option that costs more than w × the largest loss on one issue,
     * so below 1 each party's worst option on its largest issue is a red line: a deal that
     * needs one is possible only at exactly 1, which a uniform draw never hits.
     */
    readonly widthAtOne?: number
  },
): readonly StudyRun[] => {
  const constants = options.constants ?? defaultStudyConstants
  const available = options.available ?? studyAvailable(scenario)
  const design = new RandomStream(rngFromSeed(options.designSeed))
  const out: StudyRun[] = []
  for (let k = 0; k < options.runs; k++) {
    const [f, u, t, atOne] = [design.next(), design.next(), design.next(), design.next()]
    const x = [f, atOne < (options.widthAtOne ?? 0.5) ? 1 : u, t] as const
    const seed = k + 1
    const result = simulate(scenario, { ...studySettings(constants, x, mediator), seed, history: false, available })
    out.push({ seed, x, share: result.share ?? 0, failedRatifications: result.counts.failedRatifications })
  }
  return out
}

/**
 * The fitted effects of a study's runs on the share realised, with bootstrap intervals.
 * @example
 * studyEffects(studyRuns(scenario, { _tag: 'bestPackage' }, { runs: 20, designSeed: 1 }), { reps: 50, seed: 1 }).main.length // => 3
 * @category simulate
 */
export const studyEffects = (
  runs: readonly StudyRun[],
  bootstrap: { readonly reps: number; readonly seed: number },
): FactorEffects =>
  factorEffects(
    runs.map((r): FactorRun => ({ x: r.x, y: r.share })),
    bootstrap,
  )
