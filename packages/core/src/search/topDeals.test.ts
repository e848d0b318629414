import { describe, expect, it } from 'vitest'
import { housing, isSound, ladderLike, pool, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { findDeal } from './findDeal.js'
import { topDeals } from './topDeals.js'

describe('topDeals', () => {
  it('lists only the one package when no other valid deal exists', () => {
    const top = topDeals(roadAndHousing, 3)
    expect(top.complete).toBe(true)
    expect(top.deals.map((d) => d.changes)).toEqual([[road, housing]])
  })

  it('adds closing B’s pool as an alternative once at-least-zero gains count', () => {
    // Sums: road + housing 3.5; with B's pool closed as well 2.5; road and B's pool alone 1.5;
    // housing for A's pool closing leaves both exactly even, 0.
    const top = topDeals(roadAndHousing, 5, { rules: { gainRule: 'nonNegative' } })
    expect(top.deals.map((d) => d.changes)).toEqual([
      [road, housing],
      [road, housing, pool],
      [road, pool],
      [housing, pool],
    ])
    expect(top.deals.map((d) => d.value)).toEqual([[3.5], [2.5], [1.5], [0]])
    expect(top.complete).toBe(true)
  })

  it('ranks alternatives best first, each changing a different set of issues', () => {
    const s = ladderLike(13, 3, 6, 3)
    const top = topDeals(s, 5)
    expect(top.complete).toBe(true)
    expect(top.deals.length).toBe(5)
    const best = findDeal(s)
    expect(best._tag === 'Optimal' && best.best.value).toEqual(top.deals[0]!.value)
    const sets = top.deals.map((d) => d.changes.join(','))
    expect(new Set(sets).size).toBe(5)
    for (let k = 1; k < 5; k++) expect(top.deals[k]!.value[0]!).toBeLessThanOrEqual(top.deals[k - 1]!.value[0]! + 1e-12)
    top.deals.forEach((d) => expect(isSound(s, {}, d)).toBe(true))
  })

  it('keeps alternatives at least the asked Hamming distance apart', () => {
    const s = ladderLike(13, 3, 6, 3)
    const top = topDeals(s, 4, { distinct: { minDistance: 3 } })
    const ids = s.issues.map((i) => i.id)
    for (let a = 0; a < top.deals.length; a++) {
      for (let b = a + 1; b < top.deals.length; b++) {
        const differ = ids.filter((i) => top.deals[a]!.deal.choices[i] !== top.deals[b]!.deal.choices[i]).length
        expect(differ).toBeGreaterThanOrEqual(3)
      }
    }
  })
})
