import { afterEach, describe, expect, it, vi } from 'vitest'
import { roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { maxminLevelRefiner } from './maxminLevelRefiner.js'
import { createNodeState } from './NodeState.js'
import { planSearch } from './searchPlan.js'
import { problemOf } from './SearchProblem.js'

// The root bisection's time cap holds a time budget's engine root in check; without a time
// budget (a node budget, as the simulator's) the bound must not depend on how busy the
// machine is. A clock that jumps an hour at every look stands for a machine under load.
describe("the level test's root bisection", () => {
  afterEach(() => vi.restoreAllMocks())

  const rootBound = (timed: boolean): number => {
    const problem = problemOf(roadAndHousing, { objective: 'maxmin' })
    const plan = planSearch(problem, 200)
    const refine = maxminLevelRefiner(problem, plan, createNodeState(problem, plan), undefined, timed)
    return refine(0, new Float64Array(2), () => false, Float64Array.of(3, 5), 2 - 1e-9)
  }

  it('ignores the clock without a time budget: a slow machine gets the same bound', () => {
    const calm = rootBound(false)
    let t = 0
    vi.spyOn(globalThis.performance, 'now').mockImplementation(() => (t += 3.6e6))
    expect(rootBound(false)).toBe(calm)
    // Under a time budget the same clock cuts the bisection short: a valid but looser bound.
    expect(rootBound(true)).toBeGreaterThan(calm)
  })
})
