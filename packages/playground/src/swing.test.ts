/**
 * Swing weights rank the scenario's own valid deals: with every weight 1 the ranking is the
 * total gain, and whatever the weights, the chosen deal is valid in the unweighted scenario.
 */
import fc from 'fast-check'
import { checkDeal, topDeals } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { exampleForTests } from './exampleForTests'
import { bestByWeights, weightedScenario, weightedTotal, weightOf } from './swing'

const scenario = exampleForTests('sww-social')
const candidates = topDeals(scenario, 20, { objective: 'sum', distinct: { minDistance: 1 } }).deals
const total = (d: (typeof candidates)[number]) => d.participants.reduce((s, p) => s + d.gains[p]!, 0)

describe('swing weights', () => {
  it('with every weight 1, the weighted total is the real total and the choice the best by it', () => {
    const plain = weightedScenario(scenario, {})
    for (const d of candidates) expect(weightedTotal(plain, d)).toBeCloseTo(total(d), 9)
    expect(bestByWeights(scenario, {}, candidates)?.deal).toBe(candidates[0])
  })

  it('multiplies a domain weight and an issue weight', () => {
    const w = { weesp: { 'domain:social': 2, purchasing: 1.5 } }
    expect(weightOf(scenario, w, 'weesp', 'purchasing')).toBe(3)
    expect(weightOf(scenario, w, 'weesp', 'financial-admin')).toBe(1)
    expect(weightOf(scenario, w, 'wijdemeren', 'purchasing')).toBe(1)
  })

  it('whatever the weights, chooses a deal that is valid in the unweighted scenario', () => {
    const keys = ['domain:social', 'domain:operations', ...scenario.issues.map((i) => i.id)]
    const partyWeights = fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(0, 0.25, 1, 2, 3))
    const weights = fc.record({ 'stichtse-vecht': partyWeights, weesp: partyWeights, wijdemeren: partyWeights })
    fc.assert(
      fc.property(weights, (w) => {
        const best = bestByWeights(scenario, w, candidates)!
        expect(checkDeal(scenario, best.deal.deal).valid).toBe(true)
        const weighted = weightedScenario(scenario, w)
        for (const d of candidates) expect(weightedTotal(weighted, d)).toBeLessThanOrEqual(best.total + 1e-9)
      }),
      { seed: 15, numRuns: 40 },
    )
  })
})
