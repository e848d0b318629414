/**
 * Scenarios with regional targets for property tests: a random scenario whose issues become
 * quantity issues (small integer quantities, so exact ties at a target's bound come up), with
 * one or two targets whose bounds fall inside, at the edge of, or just outside what the
 * options can reach.
 */
import fc from 'fast-check'
import type { Issue } from '../../core/src/model/Issue.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { Target, TargetId } from '../../core/src/model/Target.js'
import { targetRange } from '../../core/src/evaluate/targetTotal.js'
import { scenarioArb, type ScenarioArbOptions } from './arbitraries.js'

/** The scenario with every issue a quantity issue, each option standing for the given amount. */
const withQuantities = (scenario: Scenario, quantities: readonly (readonly number[])[]): Scenario => ({
  ...scenario,
  issues: scenario.issues.map((issue, i): Issue => ({
    ...issue,
    kind: 'quantity',
    unit: 'homes',
    options: issue.options.map((o, k) => ({ ...o, quantity: quantities[i]![k]! })),
  })),
})

/** One target over a non-empty subset of the issues, its bounds drawn around its range. */
const targetArb = (scenario: Scenario, index: number): fc.Arbitrary<Target> =>
  fc
    .record({
      picked: fc.subarray(
        scenario.issues.map((i) => i.id),
        { minLength: 1 },
      ),
      weights: fc.array(fc.constantFrom(1, 1, 2, -1), {
        minLength: scenario.issues.length,
        maxLength: scenario.issues.length,
      }),
      shape: fc.constantFrom('atLeast', 'atMost', 'both'),
      at: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
      width: fc.double({ min: 0, max: 0.6, noNaN: true }),
    })
    .map(({ picked, weights, shape, at, width }) => {
      const terms = picked.map((issue, k) => ({ issue, weight: weights[k]! }))
      const draft: Target = { id: `t${index}` as TargetId, name: `target ${index}`, terms, atLeast: 0 }
      const { min, max } = targetRange(scenario, draft)
      // Rounded to integers, so a bound often equals a reachable sum exactly.
      const lo = Math.round(min + at * (max - min))
      const hi = Math.round(lo + width * (max - min))
      const bounds =
        shape === 'atLeast' ? { atLeast: lo } : shape === 'atMost' ? { atMost: lo } : { atLeast: lo, atMost: hi }
      return { id: draft.id, name: draft.name, terms, ...bounds }
    })

/**
 * Random scenarios with quantity issues and one or two regional targets.
 * @example fc.sample(targetScenarioArb({ maxIssues: 3 }), 1)[0]!.targets!.length >= 1
 */
export const targetScenarioArb = (options: ScenarioArbOptions = {}): fc.Arbitrary<Scenario> =>
  scenarioArb(options).chain((scenario) =>
    fc
      .tuple(
        ...scenario.issues.map((issue) =>
          fc.array(fc.integer({ min: 0, max: 4 }), {
            minLength: issue.options.length,
            maxLength: issue.options.length,
          }),
        ),
      )
      .map((quantities) => withQuantities(scenario, quantities))
      .chain((quantified) =>
        fc
          .integer({ min: 1, max: 2 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, k) => targetArb(quantified, k))))
          .map((targets): Scenario => ({ ...quantified, targets })),
      ),
  )
