import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'
import type { Objective } from './Search.js'

// The same case as @mandjes/highs's highsOutsiderLoss.test.ts, for the engine: the linear sum
// bound covers every party's gain, and counted an outsider's loss against the participants'
// total as if it were at most the tolerance. With B's loss of 1 the bound fell below the
// road's deal and the engine proved the tunnel "optimal".
const valuation = (values: Record<string, number>, stake = 1) => ({ stake, values })
const party = (id: string, valuations: Record<string, ReturnType<typeof valuation>>, lossBound?: number) => ({
  id,
  name: id,
  kind: 'municipality' as const,
  valuations,
  interactions: [],
  mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
  moneyValue: 0,
  ...(lossBound === undefined ? {} : { lossBound }),
})

// The road helps A (a tunnel less); B has no say on it but bears the road's nuisance (-1),
// within its loss bound of 1, and does not mind a tunnel.
// B has a say on the pool, which stays as it is, so B is an outsider that could have taken
// part: its participation column is free, and the objective rows must let it lose.
const scenario = {
  version: 1,
  name: 'an outsider uses its loss bound',
  notes: [],
  parties: [
    party('A', { road: valuation({ no: 0, tunnel: 1.5, yes: 2 }) }),
    party('B', { road: valuation({ no: 0, tunnel: 0, yes: -1 }), pool: valuation({ no: 0, yes: 0.2 }) }, 1),
  ],
  domains: [{ id: 'd', name: 'd' }],
  issues: [
    {
      id: 'road',
      name: 'road',
      domain: 'd',
      kind: 'choice',
      stakeholders: ['A'],
      options: [
        { id: 'no', label: 'no' },
        { id: 'tunnel', label: 'tunnel' },
        { id: 'yes', label: 'yes' },
      ],
    },
    {
      id: 'pool',
      name: 'pool',
      domain: 'd',
      kind: 'choice',
      stakeholders: ['B', 'A'],
      options: [
        { id: 'no', label: 'no' },
        { id: 'yes', label: 'yes' },
      ],
    },
  ],
  statusQuo: { choices: { road: 'no', pool: 'no' }, payments: [] },
} as unknown as Scenario

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
