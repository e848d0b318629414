import { describe, expect, it } from 'vitest'
import type { ScenarioAnalysis } from '../../analyze/analyzeScenario.js'
import { A, B, townsAndProvince as s } from '@mandjes/testkit/reportFixtures.js'
import { frontierChartData, paretoFront2d } from './frontierChartData.js'
import { frontierChart } from './frontierChart.js'
import { analyzeScenario } from '../../analyze/analyzeScenario.js'
import type { PartyId } from '../../model/Party.js'
import { requiredRoad } from '@mandjes/testkit/requiredRoad.js'

describe('paretoFront2d', () => {
  it('keeps only points that no other point beats for both parties', () => {
    expect(
      paretoFront2d([
        { x: 1, y: 1 },
        { x: 2, y: 0 },
        { x: 0, y: 0 },
        { x: 0.5, y: 1 },
        { x: 0, y: 3 },
      ]),
    ).toEqual([
      { x: 0, y: 3 },
      { x: 1, y: 1 },
      { x: 2, y: 0 },
    ])
  })
})

describe('frontierChartData', () => {
  const point = (a: number, b: number) => ({ choices: {}, utilities: { A: a, B: b, C: 0, D: 0 } })
  const analysis = {
    reservation: { A: 0, B: 0.5, C: 0, D: 0 },
    frontier: [point(1, 2), point(2, 1), point(0.5, 0.75)],
    nash: [point(1, 2)],
    kalaiSmorodinsky: [point(2, 1)],
    egalitarian: [],
    maxWelfare: [point(1, 2)],
  } as unknown as ScenarioAnalysis

  it('measures both parties’ gains from their reference points and names the bargaining solutions', () => {
    const data = frontierChartData(s, analysis, A, B)
    expect(data.xParty).toBe('Gemeente A')
    expect(data.deals).toEqual([
      { x: 1, y: 1.5 },
      { x: 2, y: 0.5 },
      { x: 0.5, y: 0.25 },
    ])
    expect(data.frontier).toEqual([
      { x: 1, y: 1.5 },
      { x: 2, y: 0.5 },
    ])
    expect(data.statusQuo).toEqual({ x: 0, y: -0.5 })
    expect(data.points.map((p) => p.label)).toEqual(['Nash', 'Kalai-Smorodinsky', 'Max welfare'])
  })
})

describe('frontierChartData on a game without a status quo', () => {
  it('puts the cross at no agreement, the reservations, and labels it so', () => {
    // requiredRoad: A falls back to 1 and B to 0.5; gains are measured from there.
    const data = frontierChartData(requiredRoad, analyzeScenario(requiredRoad), 'A' as PartyId, 'B' as PartyId)
    expect(data.statusQuo).toEqual({ x: 0, y: 0 })
    expect(data.noStatusQuo).toBe(true)
    expect(data.frontier).toEqual([
      { x: 1, y: 3.5 },
      { x: 3, y: 0.5 },
    ])
    const labels = (frontierChart(data).data as { values: { label: string }[] }).values.map((v) => v.label)
    expect(labels).toContain('No agreement')
    expect(labels).not.toContain('Status quo')
  })
})
