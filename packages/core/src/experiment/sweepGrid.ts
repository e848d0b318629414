/**
 * The parameter grid of an experiment and the runs (cases) it expands to. Law: the cases are
 * the cartesian product of the grid's values and the seeds, in a fixed order (parameters in
 * the order of `sweepParameterNames`, the last one fastest, seeds innermost), so case `index`
 * means the same run wherever it is computed.
 */
import type { MediatorSpec } from '../simulate/Mediator.js'
import {
  defaultSimulationConfig,
  type DecisionRule,
  type Goodwill,
  type Information,
  type Involvement,
  type SimulationSettings,
} from '../simulate/SimulationConfig.js'

/**
 * The parameters an experiment can vary: the mediator, the executives' room (mandate width),
 * the councils' involvement and trust, the civil servants' information, goodwill, and the
 * decision rule.
 * @category simulate
 */
export interface SweepParameters {
  readonly mediator: MediatorSpec
  readonly mandateWidth: number
  readonly involvement: Involvement
  readonly trust: number
  readonly information: Information
  readonly goodwill: Goodwill
  readonly decisionRule: DecisionRule
}

/** The values to try per parameter; a parameter left out keeps the base setting. @category simulate */
export type SweepGrid = { readonly [K in keyof SweepParameters]?: readonly SweepParameters[K][] }

/** The settings every run of a sweep shares (plain data: the mediator is a spec). @category simulate */
export type SweepBase = Omit<SimulationSettings, 'mediator'> & { readonly mediator?: MediatorSpec }

/** One run of a sweep. @category simulate */
export interface SweepCase {
  readonly index: number
  readonly seed: number
  readonly params: Partial<SweepParameters>
}

/** The sweep parameters in grid order. @category simulate */
export const sweepParameterNames: readonly (keyof SweepParameters)[] = [
  'mediator',
  'mandateWidth',
  'involvement',
  'trust',
  'information',
  'goodwill',
  'decisionRule',
]

/**
 * Every run of a sweep.
 * @example
 * sweepCases({ mandateWidth: [0.5, 1], trust: [0.2, 0.8] }, [1, 2]).length // => 8
 * sweepCases({ mandateWidth: [0.5, 1] }, [7])[1] // => { index: 1, seed: 7, params: { mandateWidth: 1 } }
 * @category simulate
 */
export const sweepCases = (grid: SweepGrid, seeds: readonly number[]): readonly SweepCase[] => {
  let combos: Partial<SweepParameters>[] = [{}]
  for (const name of sweepParameterNames) {
    const values = grid[name] as readonly unknown[] | undefined
    if (values === undefined) continue
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value })))
  }
  return combos.flatMap((params, k) => seeds.map((seed, s) => ({ index: k * seeds.length + s, seed, params })))
}

/**
 * The settings of one case: the base with the case's parameters applied.
 * @example
 * caseSettings({ rounds: 20 }, { index: 0, seed: 1, params: { trust: 0.9 } }).councils?.trust // => 0.9
 * @category simulate
 */
export const caseSettings = (base: SweepBase, sweepCase: SweepCase): SweepBase => {
  const { params } = sweepCase
  const councils = base.councils ?? defaultSimulationConfig.councils
  return {
    ...base,
    ...(params.mediator === undefined ? {} : { mediator: params.mediator }),
    ...(params.mandateWidth === undefined ? {} : { mandateWidth: params.mandateWidth }),
    ...(params.involvement === undefined && params.trust === undefined
      ? {}
      : {
          councils: {
            ...councils,
            ...(params.involvement === undefined ? {} : { involvement: params.involvement }),
            ...(params.trust === undefined ? {} : { trust: params.trust }),
          },
        }),
    ...(params.information === undefined ? {} : { information: params.information }),
    ...(params.goodwill === undefined ? {} : { goodwill: params.goodwill }),
    ...(params.decisionRule === undefined ? {} : { decisionRule: params.decisionRule }),
  }
}
