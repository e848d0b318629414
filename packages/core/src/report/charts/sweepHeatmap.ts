import type { Language } from '../Language.js'
import { vegaLiteSchema, type VegaLiteSpec } from './VegaLiteSpec.js'

/** One cell of a sweep: the value measured at one combination of two settings. @category report */
export interface SweepCell {
  readonly x: number | string
  readonly y: number | string
  readonly value: number
}

/**
 * What the heatmap shows: a measured value (share of runs that ratified, mean gain, ...) for
 * each combination of two swept settings, e.g. the executive's room to negotiate against the
 * council's trust.
 * @category report
 */
export interface SweepHeatmapData {
  readonly xTitle: string
  readonly yTitle: string
  readonly valueTitle: string
  readonly cells: readonly SweepCell[]
  readonly title?: string
  /** Format of the value in cells and legend (d3-format, default '.2f'). */
  readonly format?: string
}

/**
 * A heatmap of a sweep result over two settings, each cell labelled with its value.
 *
 * @example
 * sweepHeatmap({ xTitle: 'trust', yTitle: 'room', valueTitle: 'ratified', cells: [{ x: 0.5, y: 0.5, value: 0.8 }] }).layer?.map((l) => (l.mark as { type: string }).type)
 * // => ['rect', 'text']: the cells, then their labels
 *
 * @category report
 */
export const sweepHeatmap = (data: SweepHeatmapData, language: Language = 'en'): VegaLiteSpec => {
  const format = data.format ?? '.2f'
  // Dark cells get white labels: split at the middle of the value range.
  const values = data.cells.map((c) => c.value).filter(Number.isFinite)
  const middle = values.length === 0 ? 0 : (Math.min(...values) + Math.max(...values)) / 2
  const x = { field: 'x', type: 'ordinal', title: data.xTitle, sort: 'ascending', axis: { labelAngle: 0 } }
  const y = { field: 'y', type: 'ordinal', title: data.yTitle, sort: 'descending' }
  return {
    $schema: vegaLiteSchema,
    title:
      data.title ?? (language === 'nl' ? `${data.valueTitle} per combinatie` : `${data.valueTitle} per combination`),
    width: { step: 44 },
    height: { step: 32 },
    data: { values: data.cells.map((c) => ({ ...c })) },
    layer: [
      {
        mark: { type: 'rect', tooltip: true },
        encoding: {
          x,
          y,
          color: {
            field: 'value',
            type: 'quantitative',
            title: data.valueTitle,
            scale: { scheme: 'blues' },
            legend: { format, orient: 'bottom', titleLimit: 400, gradientLength: 200 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          x,
          y,
          text: { field: 'value', type: 'quantitative', format },
          color: { condition: { test: `datum.value > ${middle}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  }
}
