import { describe, expect, it } from 'vitest'
import { A, roadAndHousing, roadHousingAndPool } from '@mandjes/testkit/simulationFixtures.js'
import { distributionOf } from './summarizeSweep.js'
import { sweep } from './sweep.js'
import { caseSettings, sweepCases } from './sweepGrid.js'
import { threeQuestionsExperiment } from './threeQuestions.js'

describe('sweep: experiments over the parameters', () => {
  it('expands a grid into every combination once per seed, the last parameter fastest and seeds innermost', () => {
    const cases = sweepCases({ mandateWidth: [0.5, 1], trust: [0.2, 0.8] }, [7, 8])
    expect(cases.map((c) => [c.index, c.params.mandateWidth, c.params.trust, c.seed])).toEqual([
      [0, 0.5, 0.2, 7],
      [1, 0.5, 0.2, 8],
      [2, 0.5, 0.8, 7],
      [3, 0.5, 0.8, 8],
      [4, 1, 0.2, 7],
      [5, 1, 0.2, 8],
      [6, 1, 0.8, 7],
      [7, 1, 0.8, 8],
    ])
  })

  it("a case sets the councils' trust and involvement without losing the other council settings", () => {
    const settings = caseSettings(
      { councils: { involvement: 'after', trust: 0.5, perParty: { [A]: { trust: 1 } } } },
      { index: 0, seed: 1, params: { trust: 0.1 } },
    )
    expect(settings.councils).toEqual({ involvement: 'after', trust: 0.1, perParty: { [A]: { trust: 1 } } })
  })

  it('returns one tidy row per run, in case order, with the parameters that made it', () => {
    const result = sweep(
      roadAndHousing(),
      { mandateWidth: [0, 1], mediator: [{ _tag: 'noPackageDeals' }, { _tag: 'bestPackage' }] },
      [1, 2, 3],
      { base: { rounds: 4 } },
    )
    expect(result.rows.map((r) => r.index)).toEqual([...Array(12).keys()])
    expect(result.rows.slice(0, 3).every((r) => r.mediator === 'noPackageDeals' && r.mandateWidth === 0)).toBe(true)
    expect(result.rows.slice(9).every((r) => r.mediator === 'bestPackage(sum)' && r.mandateWidth === 1)).toBe(true)
    // Only the best package with room to give something away realises anything.
    expect(result.rows.filter((r) => r.totalGain > 0).every((r) => r.index >= 9)).toBe(true)
    expect(result.rows.slice(9).some((r) => r.share === 1)).toBe(true)
  })

  it('summarises each combination: runs, outcomes and the distribution of the realised share', () => {
    const { rows, summaries } = sweep(roadHousingAndPool(), { trust: [0, 1] }, [1, 2, 3, 4], {
      base: { rounds: 6, councils: { involvement: 'after', trust: 0.5, perParty: {} } },
    })
    expect(summaries).toHaveLength(2)
    for (const [k, summary] of summaries.entries()) {
      const group = rows.slice(4 * k, 4 * k + 4)
      expect(summary.runs).toBe(4)
      expect(summary.outcomes.AllAgreed + summary.outcomes.PartlyAgreed + summary.outcomes.Stuck).toBe(4)
      expect(summary.share?.mean).toBeCloseTo(group.reduce((a, r) => a + (r.share ?? 0), 0) / 4, 12)
      expect(summary.parameters.trust).toBe(k === 0 ? 0 : 1)
    }
    expect(summaries[1]!.meanFailedRatifications).toBe(0)
  })

  it('is a pure function of scenario, grid, seeds and options', () => {
    const run = () =>
      sweep(roadHousingAndPool(), { involvement: ['front', 'after'] }, [5, 6], {
        base: { rounds: 5, councils: { involvement: 'during', trust: 0.2, perParty: {} } },
      })
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()))
  })

  it('describes a distribution by its mean and quantiles', () => {
    expect(distributionOf([4, 1, 3, 2])).toEqual({
      n: 4,
      mean: 2.5,
      min: 1,
      p10: 1.3,
      p25: 1.75,
      median: 2.5,
      p75: 3.25,
      p90: 3.7,
      max: 4,
    })
    expect(distributionOf([])).toBeNull()
  })
})

describe('the three questions of the source document', () => {
  const result = threeQuestionsExperiment(roadAndHousing(), { seeds: [1, 2], base: { rounds: 4 } })

  it('runs every combination of civil servant freedom, mandate width and council trust for every seed', () => {
    expect(result.rows).toHaveLength(27 * 2)
    expect(result.cells).toHaveLength(27)
    expect(new Set(result.rows.map((r) => r.civilServant))).toEqual(new Set(['little', 'some', 'much']))
    expect(result.cells.map((c) => c.civilServant).slice(0, 3)).toEqual(['little', 'some', 'much'])
  })

  it('reports the average effect of each level of each question', () => {
    expect(result.effects.map((e) => `${e.question}:${e.level}`)).toEqual([
      'civilServant:little',
      'civilServant:some',
      'civilServant:much',
      'mandateWidth:0.25',
      'mandateWidth:0.5',
      'mandateWidth:1',
      'councilTrust:0.2',
      'councilTrust:0.5',
      'councilTrust:0.9',
    ])
    expect(result.effects.every((e) => e.runs === 18)).toBe(true)
    // Trading the road for housing needs room to give something away.
    const byWidth = result.effects.filter((e) => e.question === 'mandateWidth').map((e) => e.share?.mean ?? 0)
    expect(byWidth[0]).toBe(0)
    expect(byWidth[2]).toBeGreaterThan(0.5)
  })
})
