import { describe, expect, it } from 'vitest'
import { checkDeal } from '../evaluate/checkDeal.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { Objective } from './Search.js'
import { outsiderLossScenario as scenario } from '@mandjes/testkit/outsiderLoss.js'

// The test kit's outsider-loss case (also @mandjes/highs's), for the engine: the linear sum
// bound covers every party's gain, and counted an outsider's loss against the participants'
// total as if it were at most the tolerance. With B's loss of 1 the bound fell below the
// road's deal and the engine proved the tunnel "optimal".

describe('findDeal when an outsider loses up to its loss bound', () => {
  it.each<Objective>(['sum', 'maxmin'])('finds the oracle deal under %s', (objective) => {
    const options = { objective, payments: false }
    const oracle = exhaustive(scenario, options)
    const ours = findDeal(scenario, options)
    expect(ours._tag).toBe('Optimal')
    if (ours._tag !== 'Optimal' || oracle._tag !== 'Optimal') throw new Error('no deal')
    expect(ours.best.deal.choices).toEqual(oracle.best.deal.choices)
    expect(checkDeal(scenario, ours.best.deal).gains).toMatchObject({ A: 2, B: -1 })
    expect(ours.best.value[0]).toBeCloseTo(oracle.best.value[0]!, 9)
  })
})
