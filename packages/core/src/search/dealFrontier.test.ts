import { describe, expect, it } from 'vitest'
import { A, B, ladderLike, province, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { allDeals } from './allDeals.js'
import { dealFrontier } from './dealFrontier.js'

describe('dealFrontier', () => {
  it('is the one package in the source example', () => {
    const frontier = dealFrontier(roadAndHousing)
    expect(frontier.method).toBe('exact')
    expect(frontier.deals.map((d) => d.gains)).toEqual([{ [A]: 1, [B]: 2, [province]: 0.5 }])
  })

  it('holds exactly the valid deals no other valid deal beats for every party (three parties)', () => {
    const s = ladderLike(8, 3, 7, 3)
    const frontier = dealFrontier(s)
    const all = allDeals(s, { cap: 1e6 }).deals
    const vec = (g: Readonly<Record<string, number>>) => s.parties.map((p) => g[p.id]!)
    const dominated = (x: number[]) =>
      all.some((d) => {
        const y = vec(d.gains)
        return y.every((v, k) => v >= x[k]!) && y.some((v, k) => v > x[k]!)
      })
    expect(frontier.complete).toBe(true)
    frontier.deals.forEach((d) => expect(dominated(vec(d.gains))).toBe(false))
    const expected = new Set(
      all
        .map((d) => vec(d.gains))
        .filter((x) => !dominated(x))
        .map((x) => x.join()),
    )
    expect(new Set(frontier.deals.map((d) => vec(d.gains).join()))).toEqual(expected)
  })

  it('samples weighted sums for many parties, reproducibly for a seed', () => {
    const s = ladderLike(9, 6, 8, 3)
    const a = dealFrontier(s, { samples: 12, seed: 5 })
    const b = dealFrontier(s, { samples: 12, seed: 5 })
    expect(a.method).toBe('sampled')
    expect(a.deals.length).toBeGreaterThan(0)
    expect(a.deals.length).toBeLessThanOrEqual(12)
    expect(b.deals.map((d) => d.deal)).toEqual(a.deals.map((d) => d.deal))
  })
})
