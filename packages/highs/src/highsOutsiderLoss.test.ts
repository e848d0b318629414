import { beforeAll, describe, expect, it } from 'vitest'
import { checkDeal, exhaustive, type Objective, type Scenario, type Search } from 'mandjes'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'
import { outsiderLossScenario, party, valuation } from '@mandjes/testkit/outsiderLoss.js'

let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

describe('highsSearch when an outsider loses up to its loss bound', () => {
  it.each<Objective>(['sum', 'maxmin', 'fewest'])('finds the oracle deal under %s', (objective) => {
    const options = { objective, payments: false }
    const oracle = exhaustive(outsiderLossScenario, options)
    const ours = search(outsiderLossScenario, options)
    expect(oracle._tag).toBe('Optimal')
    expect(ours._tag).toBe('Optimal')
    if (ours._tag !== 'Optimal' || oracle._tag !== 'Optimal') return
    // fewest ties the tunnel with the road (one change each). maxmin's optimum is the road
    // alone for both, where B, an outsider, loses its whole bound (a tunnel and the pool sum to 1.7).
    if (objective !== 'fewest') expect(ours.best.deal.choices).toEqual(oracle.best.deal.choices)
    if (objective !== 'fewest')
      expect(checkDeal(outsiderLossScenario, ours.best.deal).gains).toMatchObject({ A: 2, B: -1 })
    expect(ours.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 9)
  })
})

// Found by the randomised oracle test: with s ≤ gain + tol·(1 − y) for every party (a
// coefficient of tolerance size, 6e-9 here), HiGHS's presolve answered 2 (moving the first
// issue) where moving the second gives 16.
const twoIssues = {
  version: 1,
  name: 'no tolerance-sized coefficients',
  notes: [],
  parties: [
    party('p0', { i0: valuation({ o0: 0, o1: 2 }, 0), i1: valuation({ o0: -3, o1: 0 }, 2) }),
    party('p1', { i0: valuation({ o0: 2, o1: 0 }) }),
    party('p2', { i0: valuation({ o0: 2, o1: 2 }) }),
    party('p3', { i1: valuation({ o0: -3, o1: 2 }, 2) }),
  ],
  domains: [{ id: 'd', name: 'd' }],
  issues: ['i0', 'i1'].map((id, k) => ({
    id,
    name: id,
    domain: 'd',
    kind: 'choice',
    stakeholders: k === 0 ? ['p1', 'p2'] : ['p0', 'p3'],
    options: [
      { id: 'o0', label: 'o0' },
      { id: 'o1', label: 'o1' },
    ],
  })),
  statusQuo: { choices: { i0: 'o1', i1: 'o0' }, payments: [] },
} as unknown as Scenario

describe('highsSearch without loss bounds', () => {
  it('finds the larger of two one-change deals under the non-negative gain rule', () => {
    const options = {
      objective: 'sum' as const,
      payments: false,
      rules: { gainRule: 'nonNegative' as const },
      constraints: { maxChanges: 1 },
    }
    const oracle = exhaustive(twoIssues, options)
    const ours = search(twoIssues, options)
    expect(oracle._tag === 'Optimal' && oracle.best.value[0]).toBe(16)
    expect(ours._tag === 'Optimal' && ours.best.value[0]).toBe(16)
  })
})
