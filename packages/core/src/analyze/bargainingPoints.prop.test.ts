import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  best,
  criteria,
  enumerateOutcomes,
  isFeasible,
  key,
  type EnumeratedOutcome,
} from '@mandjes/testkit/frontierOracle.js'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { noStatusQuoVariantsArb } from '@mandjes/testkit/noStatusQuo.js'
import { egalitarianPoints, kalaiSmorodinskyPoints, maxWelfarePoints, nashPoints } from './bargainingPoints.js'
import { outcomeSpace, type OutcomeSpace, type ReferencePoint } from './OutcomeSpace.js'
import { frontierOfSpace } from './paretoFrontier.js'

const solutions = {
  nash: nashPoints,
  kalaiSmorodinsky: kalaiSmorodinskyPoints,
  egalitarian: egalitarianPoints,
  maxWelfare: maxWelfarePoints,
} as const

const scenarios = outcomeSpaceArb({
  minParties: 2,
  maxParties: 6,
  maxIssues: 6,
  maxOptions: 3,
  reservations: true,
  interactions: true,
})

const check = (reference: ReferencePoint, arb = scenarios) =>
  fc.assert(
    fc.property(arb, (scenario) => {
      const space = outcomeSpace(scenario, { reference }) as OutcomeSpace
      const result = frontierOfSpace(space, { maxTiesPerPoint: 10_000 })
      if (result._tag !== 'Frontier') throw new Error('small scenarios always complete')
      const gains = result.points.map((p) => p.gains)
      const frontierKeys = new Set(gains.map(key))
      const feasible: EnumeratedOutcome[] = enumerateOutcomes(space).filter((o) => isFeasible(space, o.gains))
      const scores = criteria(space, feasible)
      for (const name of Object.keys(solutions) as (keyof typeof solutions)[]) {
        const picked = solutions[name](space, gains).map((i) => key(gains[i]!))
        // The best score over every feasible outcome, by brute force.
        const winners = best(feasible, scores[name]).map((o) => key(o.gains))
        const onFrontier = [...new Set(winners.filter((k) => frontierKeys.has(k)))].sort()
        expect(new Set(picked).size, `${name} reports each point once`).toBe(picked.length)
        expect([...picked].sort(), `${name} picks exactly the best frontier points`).toEqual(onFrontier)
        if (feasible.length > 0)
          expect(picked.length, `${name} finds a point when outcomes are feasible`).toBeGreaterThan(0)
      }
    }),
    { numRuns: 300 },
  )

describe('bargaining points over the frontier', () => {
  it('lie on the frontier and maximise their criterion among all outcomes above the reservation points', () =>
    check('reservation'))
  it('lie on the frontier and maximise their criterion among all outcomes when measured from the worst outcomes', () =>
    check('none'))
  it('do the same without a status quo on some or all issues, measured from the reservations', () =>
    check('reservation', noStatusQuoVariantsArb(scenarios)))
  it('do the same without a status quo, measured from the worst outcomes', () =>
    check('none', noStatusQuoVariantsArb(scenarios)))
})
