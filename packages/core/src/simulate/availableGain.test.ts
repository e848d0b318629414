import { describe, expect, it } from 'vitest'
import { roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import { availableGain } from './availableGain.js'

describe('the available gain', () => {
  it('is unproven and not cached when its search was stopped before it began', () => {
    // A fresh scenario object: the cache is per scenario.
    const scenario = roadAndHousing()
    expect(availableGain(scenario, { signal: AbortSignal.abort() })).toEqual({
      value: 0,
      exact: false,
      bound: Infinity,
    })
    // The stopped answer was not kept: asked again without a signal, the search runs (the road
    // through A and the homes in A: A gains 3 - 1, B gains 3 - 1).
    expect(availableGain(scenario)).toEqual({ value: 4, exact: true, bound: 4 })
  })
})
