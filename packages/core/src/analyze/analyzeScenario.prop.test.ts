import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { noStatusQuoVariantsArb } from '@mandjes/testkit/noStatusQuo.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { analyzeScenario, type AnalysisPoint } from './analyzeScenario.js'

const withStatusQuo = outcomeSpaceArb({
  minParties: 2,
  maxParties: 5,
  maxIssues: 5,
  maxOptions: 3,
  reservations: true,
  interactions: true,
  realValues: true,
})
// The laws hold as well when some or all issues have no status quo (then the reservations are
// the disagreement point): half the runs are such scenarios.
const arb = fc.oneof(withStatusQuo, noStatusQuoVariantsArb(withStatusQuo))
const key = (p: AnalysisPoint) => JSON.stringify(p.choices)

describe('the analysis object', () => {
  it('reports for every point exactly the utilities utilityOf gives', () =>
    fc.assert(
      fc.property(arb, fc.constantFrom('reservation' as const, 'none' as const), (scenario: Scenario, reference) => {
        const analysis = analyzeScenario(scenario, { reference })
        for (const point of analysis.frontier) {
          for (const party of scenario.parties)
            expect(point.utilities[party.id]).toBe(
              utilityOf(scenario, party.id, { choices: point.choices, payments: [] }),
            )
        }
      }),
      { numRuns: 150 },
    ))

  it('lists every bargaining outcome among the frontier outcomes, above every reservation', () =>
    fc.assert(
      fc.property(arb, (scenario) => {
        const analysis = analyzeScenario(scenario)
        const frontier = new Set(analysis.frontier.map(key))
        for (const solution of [
          analysis.nash,
          analysis.kalaiSmorodinsky,
          analysis.kalaiSmorodinskySpread,
          analysis.egalitarian,
          analysis.maxWelfare,
        ]) {
          for (const point of solution) expect(frontier.has(key(point))).toBe(true)
          expect(solution.length > 0).toBe(analysis.frontier.length > 0)
        }
        for (const point of analysis.frontier) {
          for (const [party, u] of Object.entries(point.utilities))
            expect(u).toBeGreaterThan(analysis.reservation[party as PartyId]!)
        }
        expect(Number(analysis.conflict.acceptableOutcomes)).toBeGreaterThanOrEqual(
          Number(analysis.conflict.frontierOutcomes),
        )
      }),
      { numRuns: 150 },
    ))
})
