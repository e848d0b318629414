import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { Scenario } from '../../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { sparseScenarioArb } from '@mandjes/testkit/sparseScenarioArb.js'
import { withLossBoundsArb, withModuleArb } from '@mandjes/testkit/moduleArbitraries.js'
import { computePairs, createNodeState } from './NodeState.js'
import { levelPropagation } from './levelPropagation.js'
import { planSearch } from './searchPlan.js'
import { problemOf } from './SearchProblem.js'

// The exact sums against the enumeration they replace: a party whose gain is a sum over its
// open issues (no interaction term with both sides open) gets the same support either way,
// so with no table limit both propagations end with the same verdict and the same domains,
// from any domains, level and set of sure participants.

/** Both propagations from the same start; true when they agree. */
const agree = (scenario: Scenario, level: number, masks: readonly number[], sureBits: number): boolean => {
  const problem = problemOf(scenario, { objective: 'maxmin', payments: false })
  const plan = planSearch(problem, 30)
  const { partyCount: P, issueCount: N } = problem.c
  const sums = levelPropagation(problem, plan, Infinity, true)
  const table = levelPropagation(problem, plan, Infinity, false)
  if (!sums.usable) return true
  const s = createNodeState(problem, plan)
  computePairs(s)
  const decided = Float64Array.from(s.pairUpper)
  const sure = (p: number) => problem.alwaysParticipant[p] === 1 || ((sureBits >> p) & 1) === 1
  const start = Uint32Array.from(sums.full, (m, d) => m & masks[d % masks.length]! || m)
  const run = (prop: typeof sums) => {
    const dom = Uint32Array.from(start)
    const queue = Array.from({ length: P }, (_, p) => p)
    const ok = prop.propagate(dom, 0, decided, sure, level, queue, new Uint8Array(P).fill(1))
    return { ok, dom }
  }
  const a = run(sums)
  const b = run(table)
  if (a.ok !== b.ok) return false
  return !a.ok || Array.from({ length: N }, (_, d) => a.dom[d] === b.dom[d]).every(Boolean)
}

const levelArb = fc.double({ min: -1, max: 2, noNaN: true })
const masksArb = fc.array(fc.nat({ max: 0x7fffffff }), { minLength: 1, maxLength: 8 })
const sureArb = fc.nat({ max: 63 })

describe('levelPropagation', () => {
  it('gets from sums what the enumeration gets, on sparse scenarios', () => {
    const sparse = sparseScenarioArb({ maxParties: 6, maxIssues: 6, interactions: true })
    fc.assert(fc.property(sparse, levelArb, masksArb, sureArb, agree), { numRuns: 300 })
  })

  it('gets from sums what the enumeration gets, on dense scenarios', () => {
    const dense = scenarioArb({
      maxParties: 4,
      maxIssues: 5,
      mandates: true,
      reservations: true,
      partialStakeholders: true,
      realValues: true,
    })
    fc.assert(fc.property(dense, levelArb, masksArb, sureArb, agree), { numRuns: 300 })
  })

  it('gets from sums what the enumeration gets, with modules and loss bounds', () => {
    const base = sparseScenarioArb({ maxParties: 5, maxIssues: 4, interactions: true })
    const cases = withLossBoundsArb(withModuleArb(base, { maxMembers: 4, runningToday: true }))
    fc.assert(fc.property(cases, levelArb, masksArb, sureArb, agree), { numRuns: 300 })
  })
})
