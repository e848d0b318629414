import { describe, expect, it } from 'vitest'
import { decoded } from '@mandjes/testkit/roadAndHousing.js'
import { exhaustive } from '../exhaustive.js'
import { neighbourhoodSearch } from './neighbourhoodSearch.js'
import { windowNeighbourhoods, windowRounds } from './windowNeighbourhoods.js'
import { problemOf } from './SearchProblem.js'
import { runToEnd } from './steps.js'

/**
 * The shrunk counterexample of the property "as large as the scenario ... reach the oracle's
 * optimum" (fast-check seed 440550254, 3000 runs), in words. All numbers invented.
 * A has the only say on the pool (it gains 1 from building it) and on the road (indifferent);
 * B suffers the road through its village but has no say on it; it has a say on housing only
 * (indifferent). With the pool alone A gains 1. Moving the road to the bypass gives B 1, but
 * under `sum` that counts only when B takes part, so the optimum (2) also settles housing:
 * three issues, of which the two parties' own say-links never join B's housing to A's road.
 */
const valuedWithoutSay = decoded({
  version: 1,
  name: 'A party values an issue it has no say on',
  notes: ['Invented numbers: the shrunk counterexample of a property test.'],
  domains: [{ id: 'services' }, { id: 'mobility' }, { id: 'housing' }],
  issues: [
    { id: 'pool', domain: 'services', options: ['none', 'build'], stakeholders: ['A'] },
    { id: 'road', domain: 'mobility', options: ['via-b', 'bypass'], stakeholders: ['A'] },
    { id: 'housing', domain: 'housing', options: ['none', 'west'], stakeholders: ['B'] },
  ],
  parties: [
    {
      id: 'A',
      valuations: {
        pool: { stake: 1, values: { none: 0, build: 1 } },
        road: { stake: 1, values: { 'via-b': 0, bypass: 0 } },
      },
    },
    {
      id: 'B',
      valuations: {
        road: { stake: 1, values: { 'via-b': -1, bypass: 0 } },
        housing: { stake: 1, values: { none: 0, west: 0 } },
      },
    },
  ],
  statusQuo: { pool: 'none', road: 'via-b', housing: 'none' },
})

// The pool alone: valid, worth 1.
const poolOnly = Int32Array.of(1, 0, 0)

describe('window neighbourhoods on a party that values an issue it has no say on', () => {
  const problem = problemOf(valuedWithoutSay, { objective: 'sum' })

  it('the optimum is worth 2 and settles all three issues', () => {
    const oracle = exhaustive(valuedWithoutSay, { objective: 'sum' })
    expect(oracle._tag).toBe('Optimal')
    if (oracle._tag === 'Optimal') {
      expect(oracle.best.value[0]).toBeCloseTo(2, 9)
      expect(oracle.best.deal.choices).toEqual({ pool: 'build', road: 'bypass', housing: 'west' })
    }
  })

  it('a window as large as the scenario takes B in through the road it values, and reaches the optimum', () => {
    const found = runToEnd(
      neighbourhoodSearch(problem, poolOnly, {
        rounds: Infinity,
        staleRounds: Infinity,
        size: 3,
        nodesPerRound: Infinity,
        seed: 8,
        until: Infinity,
        picker: windowNeighbourhoods(3),
      }),
    )
    expect([...found[found.length - 1]!]).toEqual([1, 1, 1])
  })

  it('the window rounds after the spread ones reach it too', () => {
    const found = runToEnd(windowRounds(problem, poolOnly, Infinity, () => {})!)
    expect([...found[found.length - 1]!]).toEqual([1, 1, 1])
  })

  it("from the optimum, end after one full cycle: each party's window twice, then stop", () => {
    let rounds = 0
    const found = runToEnd(
      neighbourhoodSearch(problem, Int32Array.of(1, 1, 1), {
        rounds: Infinity,
        staleRounds: Infinity,
        size: 3,
        nodesPerRound: Infinity,
        seed: 8,
        until: Infinity,
        picker: (links) => {
          const pick = windowNeighbourhoods(3)(links)
          return (improved, x, free) => {
            const more = pick(improved, x, free)
            if (more) rounds++
            return more
          }
        },
      }),
    )
    expect(found).toEqual([])
    expect(rounds).toBe(4)
  })
})
