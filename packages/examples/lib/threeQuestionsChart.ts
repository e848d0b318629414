/**
 * The three-questions study as one plot: per scenario and mediator, each factor's main effect
 * on the realised share with its bootstrap 95% interval (a forest plot, one column per
 * factor). Drawn from the saved study data, so the plot and the tables in
 * docs/three-questions.md always show the same numbers.
 */
import { vegaLiteSchema } from 'mandjes/engine'
import type { VegaLiteSpec } from 'mandjes'
import type { StudyData } from './threeQuestionsStudyDoc.js'

const factors = ['civil servant (f)', 'mandate width (w)', 'council trust (t)'] as const

/**
 * The forest plot of every cell's three main effects.
 * @example
 * studyEffectsChart(data).$schema // => 'https://vega.github.io/schema/vega-lite/v6.json'
 * @category examples
 */
export const studyEffectsChart = (data: StudyData): VegaLiteSpec => {
  const values = data.cells.flatMap((cell) =>
    cell.effects.main.map((e, k) => ({
      cell: `${cell.scenario} · ${cell.mediator}`,
      factor: factors[k]!,
      value: e.value,
      low: e.low,
      high: e.high,
    })),
  )
  const y = { field: 'cell', type: 'nominal', title: null, sort: null, axis: { labelLimit: 440 } }
  return {
    $schema: vegaLiteSchema,
    title: `Main effects on the realised share, bootstrap 95% intervals (${data.setup.runs} runs per cell)`,
    data: { values },
    facet: { column: { field: 'factor', type: 'nominal', title: null, sort: [...factors] } },
    spec: {
      width: 200,
      height: { step: 14 },
      layer: [
        { mark: { type: 'rule', color: '#888' }, encoding: { x: { datum: 0 } } },
        {
          mark: { type: 'rule' },
          encoding: {
            y,
            x: { field: 'low', type: 'quantitative', title: 'effect on the share' },
            x2: { field: 'high' },
          },
        },
        { mark: { type: 'point', filled: true }, encoding: { y, x: { field: 'value', type: 'quantitative' } } },
      ],
    },
  }
}
