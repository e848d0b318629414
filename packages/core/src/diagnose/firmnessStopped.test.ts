import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firingSignal } from '@mandjes/testkit/firingSignal.js'
import { roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { diagnose } from './diagnose.js'
import { firmnessProbability } from './firmnessProbability.js'

describe('a firmness estimate stopped by its signal', () => {
  it('is the estimate of the draws made: the first draws of the same seed', () => {
    const deal = diagnose(roadAndHousing, { monteCarlo: false }).deal!.deal
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(1000), (firesAt, seed) => {
        const options = { spread: 0.4, samples: 200, seed }
        const stopped = firmnessProbability(roadAndHousing, deal, { ...options, signal: firingSignal(firesAt).signal })
        // One look before every draw but the first.
        expect(stopped.samples).toBe(Math.min(200, firesAt))
        expect(stopped).toEqual(firmnessProbability(roadAndHousing, deal, { ...options, samples: stopped.samples }))
      }),
      { numRuns: 50 },
    )
  })

  it('marks the diagnosis of a deal incomplete when the signal stopped its draws', () => {
    // Count the looks of a whole diagnosis with 100 draws; at that count a diagnosis asking
    // for 1000 draws is still drawing.
    let looks = 0
    const counting = {
      get aborted() {
        looks++
        return false
      },
    } as AbortSignal
    const monteCarlo = { spread: 0.4, seed: 5 }
    expect(diagnose(roadAndHousing, { signal: counting, monteCarlo: { ...monteCarlo, samples: 100 } }).complete).toBe(
      true,
    )
    const d = diagnose(roadAndHousing, {
      signal: firingSignal(looks).signal,
      monteCarlo: { ...monteCarlo, samples: 1000 },
    })
    expect(d.dealExists).toBe(true)
    expect(d.complete).toBe(false)
    expect(d.firmness!.samples).toBeGreaterThanOrEqual(1)
    expect(d.firmness!.samples).toBeLessThan(1000)
    expect(d.firmness).toEqual(
      firmnessProbability(roadAndHousing, d.deal!.deal, { ...monteCarlo, samples: d.firmness!.samples }),
    )
  })

  it('still makes one draw when the signal fired before the first', () => {
    const deal = diagnose(roadAndHousing, { monteCarlo: false }).deal!.deal
    expect(firmnessProbability(roadAndHousing, deal, { samples: 100, signal: AbortSignal.abort() }).samples).toBe(1)
  })
})
