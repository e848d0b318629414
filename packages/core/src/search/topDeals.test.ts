import { describe, expect, it } from 'vitest'
import { housing, isSound, ladderLike, pool, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import type { IssueId } from '../model/ids.js'
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

  it('lists the second change set of three 10,000-option issues without walking the first one’s variants', () => {
    // Before Lawler's partitioning the second search met the 10^12 variants of the first
    // deal's change set: 2,000,000 nodes ran out with a worse, unproven second deal.
    const s = ladderLike(7, 2, 3, 10_000)
    const budget = { nodes: 2_000_000 }
    const top = topDeals(s, 2, { budget })
    expect(top.complete).toBe(true)
    expect(top.stats.nodes).toBeLessThan(200_000)
    expect(top.deals.length).toBe(2)
    // The second is the best deal over every other change set, each searched on its own.
    const ids = s.issues.map((i) => i.id)
    const first = top.deals[0]!.changes.join()
    let second = -Infinity
    for (let mask = 1; mask < 1 << ids.length; mask++) {
      const changed = ids.filter((_, i) => (mask >> i) & 1)
      if (changed.join() === first) continue
      const r = findDeal(s, {
        budget,
        constraints: { mustChange: changed, offTable: ids.filter((id) => !changed.includes(id as IssueId)) },
      })
      expect(r._tag).not.toBe('BudgetExhausted')
      if (r._tag === 'Optimal') second = Math.max(second, r.best.value[0]!)
    }
    expect(top.deals[1]!.value[0]!).toBeCloseTo(second, 9)
  })

  it('returns the certificate findDeal gives for the first deal', () => {
    const s = ladderLike(13, 3, 6, 3)
    const best = findDeal(s)
    const top = topDeals(s, 3)
    expect(best._tag).toBe('Optimal')
    expect(top.certificate).toEqual({
      proved: true,
      bestProved: true,
      bound: best._tag === 'Optimal' ? best.bound : [],
      gap: 0,
    })
  })

  it('says what it did not prove when the budget ends, with a bound above the first deal', () => {
    const s = ladderLike(13, 4, 12, 4)
    const exact = findDeal(s)
    const top = topDeals(s, 3, { budget: { nodes: 50 } })
    expect(top.certificate.proved).toBe(false)
    expect(top.complete).toBe(false)
    const head = top.deals[0]
    if (head === undefined) expect(top.certificate.gap).toBe(Infinity)
    else {
      expect(top.certificate.gap).toBeCloseTo(top.certificate.bound[0]! - head.value[0]!, 12)
      expect(top.certificate.bound[0]!).toBeGreaterThanOrEqual(
        (exact._tag === 'Optimal' ? exact.best.value[0]! : 0) - 1e-9,
      )
    }
  })
})
