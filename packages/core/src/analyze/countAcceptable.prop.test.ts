import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enumerateOutcomes, isFeasible } from '@mandjes/testkit/frontierOracle.js'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { noStatusQuoVariantsArb } from '@mandjes/testkit/noStatusQuo.js'
import { countAcceptable, outcomeCount } from './countAcceptable.js'
import { outcomeSpace, type OutcomeSpace } from './OutcomeSpace.js'

const arb = outcomeSpaceArb({
  minParties: 1,
  maxParties: 5,
  maxIssues: 6,
  maxOptions: 4,
  reservations: true,
  interactions: true,
})

describe('counting the outcomes every party strictly prefers to its reservation point', () => {
  it('counts exactly what enumeration counts, with or without a status quo', () =>
    fc.assert(
      fc.property(fc.oneof(arb, noStatusQuoVariantsArb(arb)), (scenario) => {
        const space = outcomeSpace(scenario) as OutcomeSpace
        const expected = enumerateOutcomes(space).filter((o) => isFeasible(space, o.gains)).length
        expect(countAcceptable(space)).toEqual({ method: 'exact', count: BigInt(expected) })
      }),
      { numRuns: 300 },
    ))

  it('counts every outcome as acceptable when no reservation counts', () =>
    fc.assert(
      fc.property(arb, (scenario) => {
        const space = outcomeSpace(scenario, { reference: 'none' }) as OutcomeSpace
        expect(countAcceptable(space).count).toBe(outcomeCount(space))
        expect(outcomeCount(space)).toBe(BigInt(enumerateOutcomes(space).length))
      }),
    ))

  it('says it estimates when the halves are too large, and lands within five standard errors of the truth', () =>
    fc.assert(
      fc.property(arb, (scenario) => {
        const space = outcomeSpace(scenario) as OutcomeSpace
        const all = enumerateOutcomes(space)
        const truth = all.filter((o) => isFeasible(space, o.gains)).length / all.length
        const estimate = countAcceptable(space, { maxHalfOutcomes: 0, samples: 4000, seed: 7 })
        if (estimate.method !== 'estimated') throw new Error('a zero limit forces the estimate')
        expect(estimate.seed).toBe(7)
        // A share of exactly 0 or 1 is always estimated exactly (standard error 0).
        expect(Math.abs(estimate.share - truth)).toBeLessThanOrEqual(
          5 * Math.sqrt((truth * (1 - truth)) / 4000) + 1e-12,
        )
      }),
      { numRuns: 50 },
    ))
})
