import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { targetTolerance } from '../evaluate/targetTotal.js'
import { exhaustive } from '../search/exhaustive.js'
import { applyRemedy } from './applyRemedy.js'
import { diagnose } from './diagnose.js'
import { withTargetBound } from './relaxTarget.js'

const small = { minIssues: 1, maxIssues: 3, maxOptions: 3, maxParties: 3, partialStakeholders: true }

describe('targets in the diagnosis', () => {
  it('moves a target bound exactly as far as a deal needs: valid there, and no deal a step beyond', () =>
    fc.assert(
      fc.property(targetScenarioArb(small), (scenario) => {
        const d = diagnose(scenario, { monteCarlo: false, payments: false })
        if (d.dealExists !== false) return
        for (const target of scenario.targets ?? []) {
          for (const bound of ['atLeast', 'atMost'] as const) {
            if (target[bound] === undefined) continue
            const remedy = d.remedies.find(
              (r) => r.kind === 'relaxTarget' && r.target === target.id && r.bound === bound,
            )
            // A remedy exactly when dropping this bound alone lets a deal through.
            const freed = exhaustive(withTargetBound(scenario, target.id, bound, undefined), { payments: false })
            expect(remedy !== undefined).toBe(freed._tag === 'Optimal')
            if (remedy === undefined || remedy.kind !== 'relaxTarget') continue
            expect(checkDeal(applyRemedy(scenario, remedy), remedy.deal.deal).valid).toBe(true)
            expect(remedy.proof.minimal).toBe(true)
            // Three target tolerances beyond `to`, nothing is valid.
            const step = 3 * targetTolerance(scenario, target)
            const beyond = withTargetBound(scenario, target.id, bound, remedy.to + (bound === 'atLeast' ? step : -step))
            expect(exhaustive(beyond, { payments: false })._tag).toBe('NoDeal')
          }
        }
      }),
      { numRuns: 200 },
    ))
})
