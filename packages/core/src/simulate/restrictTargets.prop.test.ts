import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targetScenarioArb } from '@mandjes/testkit/targetArbitraries.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import { restrictScenario } from './restrictScenario.js'

describe('restrictScenario with regional targets', () => {
  it('misses the same targets on the open issues as the full picture does', () =>
    fc.assert(
      fc.property(
        targetScenarioArb({ minIssues: 2, maxIssues: 4, maxOptions: 3 }).chain((scenario) =>
          fc.record({
            scenario: fc.constant(scenario),
            open: fc.subarray(
              scenario.issues.map((i) => i.id),
              { minLength: 1 },
            ),
            picks: fc.array(fc.nat(), { minLength: scenario.issues.length, maxLength: scenario.issues.length }),
          }),
        ),
        ({ scenario, open, picks }) => {
          const prepared = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options.map((o) => o.id)])) as Record<
            IssueId,
            OptionId[]
          >
          const restricted = restrictScenario(scenario, open, prepared)
          const choices = Object.fromEntries(
            open.map((id) => {
              const issue = scenario.issues.find((i) => i.id === id)!
              return [id, issue.options[picks[scenario.issues.indexOf(issue)]! % issue.options.length]!.id]
            }),
          ) as Deal['choices']
          const missed = (deal: Deal, s: typeof scenario) =>
            checkDeal(s, deal).flaws.flatMap((f) => (f._tag === 'TargetMissed' ? [f.target] : []))
          const full: Deal = { choices: { ...scenario.statusQuo.choices, ...choices }, payments: [] }
          expect(missed({ choices, payments: [] }, restricted)).toEqual(missed(full, scenario))
        },
      ),
      { numRuns: 300 },
    ))
})
