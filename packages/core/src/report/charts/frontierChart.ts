import type { Language } from '../Language.js'
import { vegaLiteSchema, type VegaLiteSpec } from './VegaLiteSpec.js'

/** A point in the plane of two parties' gains. @category report */
export interface GainPoint {
  readonly x: number
  readonly y: number
}

/** A named point: a bargaining solution (Nash, Kalai-Smorodinsky, egalitarian, ...). @category report */
export interface NamedGainPoint extends GainPoint {
  readonly label: string
}

/**
 * What the frontier chart shows, for two chosen parties: their gains (x for the first, y
 * for the second) on the Pareto frontier, optionally every other valid deal, the status quo,
 * and the bargaining points.
 * @category report
 */
export interface FrontierChartData {
  readonly xParty: string
  readonly yParty: string
  readonly frontier: readonly GainPoint[]
  readonly deals?: readonly GainPoint[]
  readonly statusQuo: GainPoint
  /** Some issue has no status quo: `statusQuo` is the no-agreement point, labelled so. */
  readonly noStatusQuo?: boolean
  readonly points: readonly NamedGainPoint[]
  readonly title?: string
}

const words = {
  nl: {
    frontier: 'Paretogrens',
    deal: 'Geldig mandje',
    statusQuo: 'Status quo',
    noAgreement: 'Geen akkoord',
    gainOf: (p: string) => `Winst ${p}`,
    kind: 'Soort',
    title: 'Paretogrens en onderhandelingsoplossingen',
  },
  en: {
    frontier: 'Pareto frontier',
    deal: 'Valid deal',
    statusQuo: 'Status quo',
    noAgreement: 'No agreement',
    gainOf: (p: string) => `Gain ${p}`,
    kind: 'Kind',
    title: 'Pareto frontier and bargaining solutions',
  },
}

/**
 * A scatter chart of the Pareto frontier for two parties: the frontier as a stepped line of
 * points, other valid deals faint, the status quo as a cross and each bargaining point labelled.
 *
 * @example
 * frontierChart({ xParty: 'A', yParty: 'B', frontier: [{ x: 1.8, y: 0.7 }], statusQuo: { x: 0, y: 0 }, points: [] }).layer?.map((l) => (l.mark as { type: string }).type)
 * // => ['point', 'line', 'point', 'text']: other deals, the frontier, status quo and bargaining points, their labels
 *
 * @category report
 */
export const frontierChart = (data: FrontierChartData, language: Language = 'en'): VegaLiteSpec => {
  const w = words[language]
  const sorted = [...data.frontier].sort((a, b) => a.x - b.x || b.y - a.y)
  const values = [
    ...(data.deals ?? []).map((p) => ({ ...p, kind: w.deal, label: '' })),
    ...sorted.map((p, order) => ({ ...p, kind: w.frontier, label: '', order })),
    { ...data.statusQuo, kind: w.statusQuo, label: data.noStatusQuo === true ? w.noAgreement : w.statusQuo },
    ...data.points.map((p) => ({ x: p.x, y: p.y, kind: p.label, label: p.label })),
  ]
  const x = { field: 'x', type: 'quantitative', title: w.gainOf(data.xParty) }
  const y = { field: 'y', type: 'quantitative', title: w.gainOf(data.yParty) }
  const only = (kinds: readonly string[]) => ({ filter: { field: 'kind', oneOf: kinds } })
  const named = data.points.map((p) => p.label)
  return {
    $schema: vegaLiteSchema,
    title: data.title ?? w.title,
    width: 420,
    height: 420,
    data: { values },
    layer: [
      { transform: [only([w.deal])], mark: { type: 'point', opacity: 0.35, color: '#a0aec0' }, encoding: { x, y } },
      {
        transform: [only([w.frontier])],
        mark: { type: 'line', point: true, interpolate: 'step-after', color: '#2b6cb0' },
        encoding: { x, y, order: { field: 'order', type: 'quantitative' } },
      },
      {
        transform: [only([w.statusQuo, ...named])],
        mark: { type: 'point', filled: true, size: 110 },
        encoding: {
          x,
          y,
          shape: { field: 'kind', type: 'nominal', title: w.kind },
          color: { field: 'kind', type: 'nominal', title: w.kind },
        },
      },
      {
        transform: [only([w.statusQuo, ...named])],
        mark: { type: 'text', align: 'left', dx: 7, dy: -7, fontSize: 11 },
        encoding: { x, y, text: { field: 'label' } },
      },
    ],
  }
}
