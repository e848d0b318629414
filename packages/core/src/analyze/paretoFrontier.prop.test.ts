import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb, type OutcomeSpaceArbOptions } from '@mandjes/testkit/outcomeSpaceArb.js'
import { noStatusQuoVariantsArb } from '@mandjes/testkit/noStatusQuo.js'
import type { Scenario } from '../model/Scenario.js'
import { byVector, dominates, enumeratedFrontier, enumerateOutcomes, key } from '@mandjes/testkit/frontierOracle.js'
import { dealOfChoices } from '../evaluate/compile.js'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import { outcomeSpace, type OutcomeSpace, type ReferencePoint } from './OutcomeSpace.js'
import { frontierOfSpace, type FrontierPoint } from './paretoFrontier.js'

const small: OutcomeSpaceArbOptions = { minParties: 2, maxParties: 6, maxIssues: 6, maxOptions: 3, reservations: true }
const runs = { numRuns: 300 }

const spaceOf = (scenario: Parameters<typeof outcomeSpace>[0], reference: ReferencePoint): OutcomeSpace => {
  const space = outcomeSpace(scenario, { reference })
  if (space._tag !== 'OutcomeSpace') throw new Error('small scenarios always fit')
  return space
}

const pointsOf = (space: OutcomeSpace): readonly FrontierPoint[] => {
  const result = frontierOfSpace(space, { maxTiesPerPoint: 10_000 })
  if (result._tag !== 'Frontier') throw new Error(`frontier not computed: ${result._tag}`)
  return result.points
}

const asOutcomes = (points: readonly FrontierPoint[]) =>
  points.flatMap((p) => p.outcomes.map((choices) => ({ gains: p.gains, choices })))

const agreesWithEnumeration = (
  options: OutcomeSpaceArbOptions,
  reference: ReferencePoint,
  wrap: (arb: fc.Arbitrary<Scenario>) => fc.Arbitrary<Scenario> = (arb) => arb,
) =>
  fc.assert(
    fc.property(wrap(outcomeSpaceArb(options)), (scenario) => {
      const space = spaceOf(scenario, reference)
      const points = pointsOf(space)
      expect(byVector(asOutcomes(points))).toEqual(byVector(enumeratedFrontier(space)))
      for (const p of points) expect(p.outcomeCount).toBe(BigInt(p.outcomes.length))
    }),
    runs,
  )

describe('the exact frontier by merging per-issue frontiers', () => {
  it('equals the enumerated frontier above the reservation points, ties included, for 2 to 6 parties', () =>
    agreesWithEnumeration(small, 'reservation'))

  it('equals the enumerated frontier when issues interact', () =>
    agreesWithEnumeration({ ...small, interactions: true }, 'reservation'))

  it('equals the enumerated frontier with real-valued stakes and values', () =>
    agreesWithEnumeration({ ...small, realValues: true, interactions: true }, 'reservation'))

  it('equals the enumerated plain frontier when no reservation counts', () =>
    agreesWithEnumeration({ ...small, interactions: true }, 'none'))

  it('equals the enumerated frontier above the reservations when issues have no status quo', () =>
    agreesWithEnumeration({ ...small, interactions: true }, 'reservation', noStatusQuoVariantsArb))

  it('equals the enumerated plain frontier when issues have no status quo and no reservation counts', () =>
    agreesWithEnumeration({ ...small, interactions: true }, 'none', noStatusQuoVariantsArb))

  it('lists only outcomes no other outcome improves and that every party strictly prefers to its reservation point, in its own utilities', () =>
    fc.assert(
      fc.property(outcomeSpaceArb({ ...small, interactions: true, realValues: true }), (scenario) => {
        const space = spaceOf(scenario, 'reservation')
        const c = space.compiled
        const utilities = (choices: Int32Array): number[] => {
          const deal = dealOfChoices(c, choices)
          return scenario.parties.map((party) => utilityOfParty(scenario, party, deal))
        }
        const everyone = enumerateOutcomes(space).map((o) => utilities(o.choices))
        // Rounding to the analysis grid moves a utility by far less than this.
        const slack = c.tolerance * 1e-3
        for (const point of pointsOf(space)) {
          for (const choices of point.outcomes) {
            const u = utilities(choices)
            u.forEach((x, p) =>
              expect(x - (c.statusQuoUtility[p]! + c.requiredGain[p]!)).toBeGreaterThan(c.tolerance - slack),
            )
            // No outcome costs nobody anything and gains someone more than the rounding slack. The
            // no-cost side is exact: a real trade-off smaller than the slack (fast-check finds them)
            // leaves both outcomes undominated.
            const clearlyBetter = everyone.some(
              (v) => v.every((x, p) => x >= u[p]!) && v.some((x, p) => x > u[p]! + slack),
            )
            expect(clearlyBetter).toBe(false)
          }
        }
      }),
    ))

  it('gives mutually undominated points in a deterministic order', () =>
    fc.assert(
      fc.property(outcomeSpaceArb({ ...small, interactions: true }), (scenario) => {
        const space = spaceOf(scenario, 'none')
        const points = pointsOf(space)
        for (const a of points) for (const b of points) expect(dominates(a.gains, b.gains)).toBe(false)
        const again = pointsOf(spaceOf(scenario, 'none'))
        expect(again.map((p) => key(p.gains))).toEqual(points.map((p) => key(p.gains)))
      }),
    ))
})
