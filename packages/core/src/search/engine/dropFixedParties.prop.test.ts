import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import type { Scenario } from '../../model/Scenario.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { rankDeal } from '../rankDeal.js'
import type { Objective } from '../Search.js'
import { createEngine, type Collector } from './branchAndBound.js'
import { dropFixedParties } from './dropFixedParties.js'
import { planSearch } from './searchPlan.js'
import { problemOf, type SearchProblem } from './SearchProblem.js'

const arbs: readonly [string, fc.Arbitrary<Scenario>][] = [
  [
    'dense',
    scenarioArb({
      minIssues: 2,
      maxIssues: 5,
      maxOptions: 3,
      maxParties: 5,
      partialStakeholders: true,
      mandates: true,
    }),
  ],
  ['sparse', sparseScenarioArb({ maxParties: 7, maxIssues: 6 })],
  ['sparse with a module', withModuleArb(sparseScenarioArb({ maxParties: 6, maxIssues: 4 }))],
  ['sparse with loss bounds', withLossBoundsArb(sparseScenarioArb({ maxParties: 7, maxIssues: 6 }))],
]

/** The best leaf the engine finds on a problem: its key and choices (undefined: none). */
const bestLeaf = (problem: SearchProblem) => {
  let best: { key: readonly number[]; choices: Int32Array } | undefined
  const collector: Collector = {
    key: () => best?.key,
    offer: (leaf) => {
      best = { key: [...leaf.key], choices: Int32Array.from(leaf.choices) }
      return true
    },
  }
  createEngine(problem, planSearch(problem, 0), collector, { plainBounds: true }).run(Infinity, Infinity)
  return best
}

describe.each(arbs)('dropping the parties fixed issues leave alone, on %s scenarios', (_, arb) => {
  it('finds a round optimum of the same value, valid in the full problem', () =>
    fc.assert(
      fc.property(
        arb.chain((s) => fc.tuple(fc.constant(s), fc.nat(s.issues.length))),
        fc.constantFrom<Objective | Objective[]>('sum', 'fewest', ['sum', 'fewest']),
        ([scenario, free], objective) => {
          const problem = problemOf(scenario, { objective })
          const { c } = problem
          // Issues from `free` on stay at the status quo, as the fixed issues of a round.
          const choosable = Uint8Array.from(problem.choosable)
          for (let i = free; i < c.issueCount; i++)
            for (let o = 0; o < c.optionCount[i]!; o++) if (o !== c.statusQuo[i]) choosable[c.offsets[i]! + o] = 0
          const round: SearchProblem = { ...problem, choosable }
          const dropped = dropFixedParties(round, free)
          // Kept: every party the free issues touch, and every party that must take part.
          expect(dropped.c.partyCount).toBeLessThanOrEqual(c.partyCount)
          const all = bestLeaf(round)
          const few = bestLeaf(dropped)
          expect(few === undefined).toBe(all === undefined)
          if (all === undefined || few === undefined) return
          const tolerances = [...problem.objectiveTolerances, 0.5]
          few.key.forEach((k, j) => expect(Math.abs(k - all.key[j]!)).toBeLessThanOrEqual(tolerances[j]!))
          const ranked = rankDeal(problem, dealOfChoices(c, few.choices))
          if (rankDeal(problem, dealOfChoices(c, all.choices)) !== undefined) {
            // The engine's leaf check is loose at tolerance boundaries; where the full round's
            // optimum passes rankDeal, the dropped round's must be worth the same.
            expect(ranked).toBeDefined()
            expect(Math.abs(ranked!.value[0]! - all.key[0]!)).toBeLessThanOrEqual(tolerances[0]!)
          }
        },
      ),
      { numRuns: 150 },
    ))
})
