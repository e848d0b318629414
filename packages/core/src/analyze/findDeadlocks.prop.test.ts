import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import type { Scenario } from '../model/Scenario.js'
import type { GainRule } from '../evaluate/DealRules.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { gainOf } from '../evaluate/gainOf.js'
import { toleranceFor } from '../evaluate/toleranceFor.js'
import { findDeadlocks, type IssueStatus } from './findDeadlocks.js'

/** The obviously-correct classification: try every single-issue deal through checkDeal. */
const bruteForceStatus = (scenario: Scenario, issueIndex: number, gainRule: GainRule): IssueStatus => {
  const issue = scenario.issues[issueIndex]!
  let anyValid = false
  let regionGains = false
  for (const option of issue.options) {
    if (option.id === scenario.statusQuo.choices[issue.id]) continue
    const deal = dealFrom(scenario, { [issue.id]: option.id })
    if (checkDeal(scenario, deal, { gainRule }).valid) anyValid = true
    const region = scenario.parties.reduce((sum, p) => sum + gainOf(scenario, p.id, deal), 0)
    if (region > toleranceFor(scenario)) regionGains = true
  }
  return anyValid ? 'agreeable' : regionGains ? 'deadlocked' : 'nothingToGain'
}

const options = {
  interactions: true,
  mandates: true,
  reservations: true,
  partialStakeholders: true,
  maxParties: 5,
  maxIssues: 5,
  maxOptions: 4,
}

// A module issue first: who takes part depends on the coalition chosen (and today's).
const withModule = withModuleArb(scenarioArb({ ...options, maxIssues: 3 }), {
  runningToday: true,
  sayOnAnyChange: true,
})
const arbitraries = { plain: scenarioArb(options), 'with a module': withModule }

describe('findDeadlocks', () => {
  it.each(
    (['strict', 'nonNegative'] as const).flatMap((gainRule) =>
      (['plain', 'with a module'] as const).map((kind) => [gainRule, kind] as const),
    ),
  )('classifies every issue as brute force does (%s gains, %s scenarios)', (gainRule, kind) =>
    fc.assert(
      fc.property(arbitraries[kind], (scenario) => {
        const report = findDeadlocks(scenario, { gainRule })
        report.issues.forEach((analysis, i) => expect(analysis.status).toBe(bruteForceStatus(scenario, i, gainRule)))
      }),
      { numRuns: 300 },
    ),
  )

  it.each(['plain', 'with a module'] as const)(
    'calls an option agreeable exactly when checkDeal accepts it alone, and blames someone otherwise (%s)',
    (kind) =>
      fc.assert(
        fc.property(arbitraries[kind], (scenario) => {
          for (const analysis of findDeadlocks(scenario).issues) {
            for (const option of analysis.options) {
              const check = checkDeal(scenario, dealFrom(scenario, { [analysis.issue]: option.option }))
              expect(option.agreeable).toBe(check.valid)
              expect(option.blockers.length === 0).toBe(check.valid)
              for (const party of scenario.parties)
                expect(option.gains[party.id]).toBeCloseTo(check.gains[party.id]!, 9)
            }
          }
        }),
        { numRuns: 300 },
      ),
  )

  it.each(['plain', 'with a module'] as const)(
    'names as best improvement an option that passes alone, and none passes with a larger region gain (%s)',
    (kind) =>
      fc.assert(
        fc.property(arbitraries[kind], (scenario) => {
          for (const analysis of findDeadlocks(scenario).issues) {
            const passing = analysis.options.filter((o) => o.agreeable)
            if (passing.length === 0) {
              expect(analysis.bestImprovement).toBeUndefined()
              continue
            }
            const best = analysis.options.find((o) => o.option === analysis.bestImprovement)!
            expect(checkDeal(scenario, dealFrom(scenario, { [analysis.issue]: best.option })).valid).toBe(true)
            for (const o of passing) expect(o.regionGain).toBeLessThanOrEqual(best.regionGain)
            if (analysis.bestForRegion !== undefined) {
              const top = analysis.options.find((o) => o.option === analysis.bestForRegion)!
              expect(best.regionGain).toBeLessThanOrEqual(top.regionGain)
            }
          }
        }),
        { numRuns: 200 },
      ),
  )

  it('lists the deadlocked issues in scenario order', () =>
    fc.assert(
      fc.property(scenarioArb(options), (scenario) => {
        const report = findDeadlocks(scenario)
        expect(report.deadlocks).toEqual(report.issues.filter((a) => a.status === 'deadlocked').map((a) => a.issue))
      }),
    ))
})
