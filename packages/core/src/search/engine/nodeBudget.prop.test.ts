import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { checkDeal } from '../../evaluate/checkDeal.js'
import { findDeal } from '../findDeal.js'
import type { Objective } from '../Search.js'
import { neighbourhoodSearch, type NeighbourhoodOptions } from './neighbourhoodSearch.js'
import { problemOf } from './SearchProblem.js'
import { runToEnd } from './steps.js'

// A node budget is a budget of work: the neighbourhood and window rounds count their nodes
// against it (they ran outside it, for minutes on the regional rungs), and the search as a
// whole reports the nodes of every engine it ran. An engine looks at its node limit every 256
// nodes (every node where nodes are costly), so each engine run may pass its share by 255.

const objectiveArb = fc.constantFrom<Objective>('sum', 'maxmin', 'nash', 'fewest')

/** Small rounds, `count` of them, none ending on staleness. */
const rounds = (count: number): NeighbourhoodOptions => ({
  rounds: count,
  staleRounds: count,
  size: 3,
  nodesPerRound: 40,
  seed: 3,
  until: Infinity,
})

describe('node budgets', () => {
  it('neighbourhood rounds use at most their node share, and hand every node to the count', () =>
    fc.assert(
      fc.property(
        sparseScenarioArb({ minIssues: 3, maxIssues: 8, maxParties: 6 }),
        objectiveArb,
        fc.integer({ min: 0, max: 300 }),
        (scenario, objective, maxNodes) => {
          const problem = problemOf(scenario, { objective })
          let counted = 0
          let roundsRun = 0
          const steps = neighbourhoodSearch(problem, undefined, {
            ...rounds(200),
            maxNodes,
            countNodes: (n) => {
              counted += n
              roundsRun++
            },
          })
          while (steps.next().done !== true);
          expect(counted).toBeLessThanOrEqual(maxNodes + 255)
          // Rounds end early only when the share is spent (none run where no issue can change).
          if (roundsRun > 0 && roundsRun < 200) expect(counted).toBeGreaterThanOrEqual(Math.max(0, maxNodes - 40))
          // With the share as large as the rounds would take, the rounds are those of no share.
          const free = runToEnd(neighbourhoodSearch(problem, undefined, rounds(30)))
          const shared = runToEnd(neighbourhoodSearch(problem, undefined, { ...rounds(30), maxNodes: 30 * 256 }))
          expect(shared.map((x) => [...x])).toEqual(free.map((x) => [...x]))
        },
      ),
      { numRuns: 100 },
    ))

  it('findDeal on a region-sized sparse scenario counts every engine within its node budget, deterministically', () =>
    fc.assert(
      fc.property(
        // 12 issues and more: the neighbourhood rounds run (and the sum's window rounds).
        sparseScenarioArb({ minIssues: 12, maxIssues: 16, maxParties: 8, maxOptions: 3 }),
        objectiveArb,
        fc.integer({ min: 1, max: 3000 }),
        (scenario, objective, nodes) => {
          const options = { objective, budget: { nodes } }
          const first = findDeal(scenario, options)
          // Spread rounds, window rounds and up to BAN_ROUNDS + 1 engine runs, each within 255.
          expect(first.stats.nodes).toBeLessThanOrEqual(nodes + 6 * 255)
          const again = findDeal(scenario, options)
          expect(JSON.stringify({ ...again, stats: { ...again.stats, elapsedMs: 0 } })).toBe(
            JSON.stringify({ ...first, stats: { ...first.stats, elapsedMs: 0 } }),
          )
          const best = first._tag === 'Optimal' ? first.best : first._tag === 'BudgetExhausted' ? first.best : undefined
          const deal =
            best === undefined
              ? undefined
              : 'deal' in best
                ? best.deal
                : best._tag === 'Some'
                  ? best.value.deal
                  : undefined
          if (deal !== undefined) expect(checkDeal(scenario, deal).valid).toBe(true)
        },
      ),
      { numRuns: 40 },
    ))
})
