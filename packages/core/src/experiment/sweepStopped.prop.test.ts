import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import { negotiationScenario } from '@mandjes/testkit/negotiationScenario.js'
import { clearSimulationCaches } from '../simulate/simulationCaches.js'
import { sweep } from './sweep.js'

const scenario = negotiationScenario({ parties: 4, issues: 6, seed: 11 })
const grid = { trust: [0.2, 0.8], mediator: [{ _tag: 'bestPackage' as const }, { _tag: 'noPackageDeals' as const }] }
const seeds = [1, 2, 3]
const base = { rounds: 4 }

describe('a sweep stopped by its signal', () => {
  it('keeps exactly the rows of the runs finished before the stop, as an unstopped sweep gives them', () => {
    clearSimulationCaches()
    const full = sweep(scenario, grid, seeds, { base })
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (firesAt) => {
        const stopped = sweep(scenario, grid, seeds, {
          base,
          available: full.available,
          signal: firingSignal(firesAt).signal,
        })
        expect(stopped.rows).toEqual(full.rows.slice(0, stopped.rows.length))
        if (stopped.stopped === undefined) expect(stopped.rows).toEqual(full.rows)
        else expect(stopped.stopped).toEqual({ runs: stopped.rows.length, total: full.rows.length })
      }),
      { numRuns: 60 },
    )
    // Runs cut short left nothing behind: the same sweep again gives the same rows.
    expect(sweep(scenario, grid, seeds, { base }).rows).toEqual(full.rows)
  })

  it('runs nothing when its signal was aborted before it began', () => {
    // A fresh scenario object, so its available gain is not cached: that search stops too.
    const fresh = negotiationScenario({ parties: 4, issues: 6, seed: 11 })
    const stopped = sweep(fresh, grid, seeds, { base, signal: AbortSignal.abort() })
    expect(stopped.rows).toEqual([])
    expect(stopped.stopped).toEqual({ runs: 0, total: 12 })
    expect(stopped.available.exact).toBe(false)
  })
})
