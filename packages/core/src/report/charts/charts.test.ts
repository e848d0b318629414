import { describe, expect, it } from 'vitest'
import { A, B, dealOf, townsAndProvince as s } from '@mandjes/testkit/reportFixtures.js'
import { frontierChart } from './frontierChart.js'
import { gainsChart, gainsChartRows } from './gainsChart.js'
import { sweepHeatmap } from './sweepHeatmap.js'
import { sweepHeatmapData } from './sweepHeatmapData.js'
import { vegaLiteSchema } from './VegaLiteSpec.js'

const deal = dealOf(s, { road: 'via-b', housing: 'west' })

describe('gainsChart', () => {
  it('has one bar per party with its gain, participants apart from outsiders', () => {
    const rows = gainsChartRows(s, deal)
    expect(rows.map((r) => [r.party, r.gain, r.role])).toEqual([
      ['A', 1, 'takes part'],
      ['B', 2, 'takes part'],
      ['C', 0, 'outside the deal'],
      ['D', 0, 'outside the deal'],
    ])
    const spec = gainsChart(s, deal, { language: 'nl' })
    expect(spec.$schema).toBe(vegaLiteSchema)
    expect((spec.data as { values: unknown[] }).values).toHaveLength(4)
    expect(JSON.stringify(spec)).toContain('Winst ten opzichte van de status quo')
  })

  it('leaves outsiders out when asked', () => {
    expect(gainsChartRows(s, deal, { outsiders: false }).map((r) => r.party)).toEqual([A, B])
  })
})

describe('frontierChart', () => {
  it('marks the frontier in gain order, the status quo and each bargaining point', () => {
    const spec = frontierChart({
      xParty: 'A',
      yParty: 'B',
      statusQuo: { x: 0, y: 0 },
      frontier: [
        { x: 2, y: 1 },
        { x: 1, y: 2 },
      ],
      deals: [{ x: 0.5, y: 0.5 }],
      points: [{ label: 'Nash', x: 1, y: 2 }],
    })
    const values = (spec.data as { values: { kind: string; x: number; order?: number }[] }).values
    expect(values.filter((v) => v.kind === 'Pareto frontier').map((v) => [v.x, v.order])).toEqual([
      [1, 0],
      [2, 1],
    ])
    expect(values.find((v) => v.kind === 'Status quo')).toMatchObject({ x: 0, y: 0 })
    expect(values.find((v) => v.kind === 'Nash')).toMatchObject({ x: 1, y: 2 })
    expect(spec.layer).toHaveLength(4)
  })
})

describe('sweepHeatmap', () => {
  it('has one cell per combination and labels dark cells in white', () => {
    const spec = sweepHeatmap({
      xTitle: 'trust',
      yTitle: 'room',
      valueTitle: 'ratified',
      cells: [
        { x: 0, y: 0, value: 0 },
        { x: 1, y: 0, value: 1 },
      ],
    })
    expect((spec.data as { values: unknown[] }).values).toHaveLength(2)
    expect(JSON.stringify(spec.layer)).toContain('datum.value > 0.5')
  })
})

describe('sweepHeatmapData', () => {
  const summary = (trust: number, width: number, share: number, runs: number, allAgreed: number) =>
    ({
      parameters: {
        mediator: 'bestPackage(sum)',
        mandateWidth: width,
        involvement: 'during',
        trust,
        transparency: 'full',
        distortion: 0,
        alternativesPrepared: 1,
        altruism: 0,
        grant: 0,
        decisionRule: 'unanimity',
      },
      runs,
      share: { mean: share } as never,
      totalGain: null,
      rounds: null,
      outcomes: { AllAgreed: allAgreed, PartlyAgreed: runs - allAgreed, Stuck: 0 },
      meanAgreements: 1,
      meanRejectedAtTable: 0,
      meanFailedRatifications: 0,
      meanOutvoted: 0,
      meanTrust: 0.5,
    }) as never

  it('puts one cell per pair of settings and averages over the rest, weighted by runs', () => {
    const data = sweepHeatmapData([summary(0.2, 1, 0.5, 2, 1), summary(0.2, 1, 1, 6, 6), summary(0.8, 1, 0.9, 4, 4)], {
      x: 'trust',
      y: 'mandateWidth',
      measure: 'share',
    })
    expect(data.cells).toEqual([
      { x: 0.2, y: 1, value: 0.875 },
      { x: 0.8, y: 1, value: 0.9 },
    ])
    expect(data.xTitle).toBe('council trust at the start')
  })

  it('measures the share of runs without deadlocks', () => {
    const data = sweepHeatmapData(
      [summary(0.2, 1, 0.5, 4, 1)],
      { x: 'trust', y: 'mandateWidth', measure: 'allAgreed' },
      'nl',
    )
    expect(data.cells[0]!.value).toBe(0.25)
    expect(data.valueTitle).toBe('deel van de runs zonder patstelling')
  })
})
