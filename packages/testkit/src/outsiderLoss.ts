/**
 * One small case for the law "an outsider may lose up to its loss bound", shared by the
 * engine's test (packages/core/src/search/outsiderLoss.test.ts) and @mandjes/highs's: both
 * once cut the deal in which B, an outsider, uses its whole bound. Plain string ids, cast
 * once at the end; `party` and `valuation` build further literal cases in those tests.
 */
import type { Scenario } from 'mandjes'

/** A valuation with its stake (1 unless given). */
export const valuation = (values: Record<string, number>, stake = 1) => ({ stake, values })
/** A municipality with the given valuations and, when given, a loss bound. */
export const party = (id: string, valuations: Record<string, ReturnType<typeof valuation>>, lossBound?: number) => ({
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
export const outsiderLossScenario = {
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
