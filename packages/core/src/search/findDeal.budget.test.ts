import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { ladderLike, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { findDeal } from './findDeal.js'
import { topDeals } from './topDeals.js'
import { createEngine } from './engine/branchAndBound.js'
import { startClock } from './engine/budget.js'
import { runEngine } from './engine/runEngine.js'
import { planSearch } from './engine/searchPlan.js'
import { problemOf } from './engine/SearchProblem.js'

/** The scenario with the first party's second option of every issue worth `value` (as noise of 1e308 makes it). */
const withValue = (scenario: Scenario, value: number): Scenario => ({
  ...scenario,
  parties: scenario.parties.map((party, k) =>
    k !== 0
      ? party
      : {
          ...party,
          valuations: Object.fromEntries(
            Object.entries(party.valuations).map(([issue, v]) => [
              issue,
              {
                ...v!,
                values: Object.fromEntries(Object.entries(v!.values).map(([o, x], j) => [o, j === 1 ? value : x])),
              },
            ]),
          ) as Scenario['parties'][number]['valuations'],
        },
  ),
})

describe('every budget ends every search', () => {
  it('an engine that follows earlier rounds stops on what is left of the node budget, not on the whole budget', () => {
    const problem = problemOf(ladderLike(3, 3, 12, 4))
    // Keeps every leaf, prunes nothing by value: many more than 2000 nodes to the end.
    const engine = createEngine(problem, planSearch(problem, 0), { key: () => undefined, offer: () => true })
    const budget = { nodes: 2000 }
    // 1900 nodes already spent by earlier rounds: this engine may use about 100 more (the engine
    // reads the budget every 256 nodes), not 2000.
    expect(runEngine(engine, startClock(budget), budget, 1900)).toBe('budget')
    expect(engine.nodes()).toBeLessThanOrEqual(256)
    expect(runEngine(engine, startClock({}), {})).toBe('done')
    expect(engine.nodes()).toBeGreaterThan(2000)
  })

  for (const value of [Infinity, -Infinity, NaN]) {
    for (const objective of ['sum', 'maxmin', 'nash', 'fewest'] as const) {
      it(`findDeal with a node budget returns on a scenario with a ${value} value (${objective})`, () => {
        const scenario = withValue(ladderLike(1, 4, 8, 3), value)
        const result = findDeal(scenario, { objective, budget: { nodes: 200000 } })
        expect(result.stats.nodes).toBeLessThanOrEqual(200000 + 256)
        expect(['Optimal', 'NoDeal', 'BudgetExhausted']).toContain(result._tag)
      })
    }
  }

  it('many ban-and-retry rounds under a small node budget end on the budget', () => {
    // Every deal the compiled numbers accept, checkDeal rejects here (NaN gains): each round
    // bans what it found and searches again, until the budget or the final verifying round.
    const scenario = withValue(ladderLike(1, 4, 8, 3), NaN)
    for (const nodes of [300, 3000, 30000]) {
      const result = findDeal(scenario, { budget: { nodes } })
      expect(result.stats.nodes).toBeLessThanOrEqual(nodes + 256)
    }
  })

  it('without any budget the rounds end too: after a few bans the last round verifies every leaf', () => {
    const result = findDeal(withValue(ladderLike(1, 4, 8, 3), Infinity), { objective: 'maxmin' })
    expect(result._tag).not.toBe('BudgetExhausted')
  })

  it('topDeals with a node budget returns on a scenario with an infinite value', () => {
    const result = topDeals(withValue(roadAndHousing, Infinity), 3, { budget: { nodes: 10000 } })
    expect(result.stats.nodes).toBeLessThanOrEqual(10000 + 256)
  })
})
