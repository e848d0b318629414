import { describe, expect, it } from 'vitest'
import { bestOf, isSound, ladderLike, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { findDeal } from './findDeal.js'
import { findDealAsync } from './findDealAsync.js'

describe('findDealAsync', () => {
  it('finds the same package as the synchronous search', async () => {
    const result = await findDealAsync(roadAndHousing, { objective: 'maxmin' })
    expect(result).toMatchObject({ _tag: 'Optimal', best: { changes: ['road', 'housing'] } })
    const s = ladderLike(11, 8, 20, 3)
    const sync = findDeal(s, { objective: 'nash' })
    const async = await findDealAsync(s, { objective: 'nash', sliceMs: 1 })
    expect(bestOf(async)?.deal).toEqual(bestOf(sync)?.deal)
  })

  it('keeps the event loop turning while a large search runs', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const started = performance.now()
    const result = await findDealAsync(ladderLike(3, 25, 60, 4), {
      objective: 'maxmin',
      budget: { timeMs: 300 },
      sliceMs: 5,
    })
    clearInterval(timer)
    expect(result._tag).toBe('BudgetExhausted')
    // A blocking search would let the 5 ms timer fire at most once, after it returns. How often
    // it fires while the search yields depends on how busy the machine is, so ask only for a few.
    expect(ticks).toBeGreaterThanOrEqual(3)
    // The time budget ends the search: a generous bound, so a busy machine cannot fail it.
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('stops soon after its signal is aborted and still returns only a valid deal', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const s = ladderLike(3, 25, 60, 4)
    const started = performance.now()
    const result = await findDealAsync(s, { objective: 'maxmin', budget: { signal: controller.signal }, sliceMs: 5 })
    expect(result._tag).toBe('BudgetExhausted')
    // Without the signal the search would run until it proves the optimum, far longer.
    expect(performance.now() - started).toBeLessThan(15_000)
    const best = bestOf(result)
    if (best !== undefined) expect(isSound(s, {}, best)).toBe(true)
  })
})
