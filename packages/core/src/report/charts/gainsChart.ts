import type { Deal } from '../../model/Deal.js'
import type { Scenario } from '../../model/Scenario.js'
import { checkDeal } from '../../evaluate/checkDeal.js'
import type { Language } from '../Language.js'
import { vegaLiteSchema, type VegaLiteSpec } from './VegaLiteSpec.js'

/** Options for `gainsChart`. @category report */
export interface GainsChartOptions {
  readonly title?: string
  readonly language?: Language
  /** Show parties outside the deal too (default true: they must show zero or more). */
  readonly outsiders?: boolean
}

/** One bar of the gains chart. @category report */
export interface GainsChartRow {
  readonly party: string
  readonly name: string
  readonly gain: number
  readonly role: string
}

const words = {
  nl: {
    gain: 'Winst ten opzichte van de status quo (punten)',
    party: 'Partij',
    role: 'Rol',
    inside: 'doet mee',
    outside: 'buiten het mandje',
    title: 'Winst per partij',
  },
  en: {
    gain: 'Gain over the status quo (points)',
    party: 'Party',
    role: 'Role',
    inside: 'takes part',
    outside: 'outside the deal',
    title: 'Gain per party',
  },
}

/**
 * The rows behind the gains chart: every party's gain for the deal, and whether it takes part.
 * @example
 * gainsChartRows(scenario, deal).map((r) => r.gain) // => [2, 3]: A gains 2, B 3
 * @category report
 */
export const gainsChartRows = (
  scenario: Scenario,
  deal: Deal,
  options: GainsChartOptions = {},
): readonly GainsChartRow[] => {
  const w = words[options.language ?? 'en']
  const check = checkDeal(scenario, deal)
  const inside = new Set(check.participants)
  return scenario.parties
    .filter((p) => options.outsiders !== false || inside.has(p.id))
    .map((p) => ({
      party: p.id,
      name: p.name,
      gain: check.gains[p.id] ?? 0,
      role: inside.has(p.id) ? w.inside : w.outside,
    }))
}

/**
 * A bar chart of every party's gain for one deal (horizontal bars, participants in one colour,
 * outsiders in grey), as a Vega-Lite specification with the data inline.
 *
 * @example
 * gainsChart(scenario, deal).mark // => { type: 'bar', tooltip: true }
 *
 * @category report
 */
export const gainsChart = (scenario: Scenario, deal: Deal, options: GainsChartOptions = {}): VegaLiteSpec => {
  const w = words[options.language ?? 'en']
  const rows = gainsChartRows(scenario, deal, options)
  return {
    $schema: vegaLiteSchema,
    title: options.title ?? w.title,
    width: 480,
    height: { step: 22 },
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: w.party, axis: { labelLimit: 320 } },
      x: { field: 'gain', type: 'quantitative', title: w.gain },
      color: {
        field: 'role',
        type: 'nominal',
        title: w.role,
        scale: { domain: [w.inside, w.outside], range: ['#2b6cb0', '#a0aec0'] },
      },
    },
  }
}
