import { describe, expect, it } from 'vitest'
import { housing, ladderLike, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { allDeals } from './allDeals.js'

describe('allDeals', () => {
  it('counts the single valid package of the source example', () => {
    const all = allDeals(roadAndHousing)
    expect(all).toMatchObject({ count: 1, complete: true, truncated: false })
    expect(all.deals.map((d) => d.changes)).toEqual([[road, housing]])
  })

  it('keeps the best deals up to the cap and still counts them all', () => {
    const s = ladderLike(13, 3, 6, 3)
    const full = allDeals(s)
    const capped = allDeals(s, { cap: 3 })
    expect(full.count).toBeGreaterThan(3)
    expect(capped.count).toBe(full.count)
    expect(capped.truncated).toBe(true)
    expect(capped.deals.map((d) => d.value)).toEqual(full.deals.slice(0, 3).map((d) => d.value))
  })

  it('reports an incomplete count when the node budget runs out', () => {
    const partial = allDeals(ladderLike(10, 3, 8, 3), { budget: { nodes: 10 } })
    expect(partial.complete).toBe(false)
  })

  it('lists nothing, and says it is incomplete, when its signal was aborted before it began', () => {
    const stopped = allDeals(ladderLike(10, 3, 8, 3), { budget: { signal: AbortSignal.abort() } })
    expect(stopped).toMatchObject({ deals: [], count: 0, complete: false, truncated: false })
  })
})
