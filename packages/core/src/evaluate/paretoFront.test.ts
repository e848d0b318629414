import { describe, expect, it } from 'vitest'
import { nonDominated } from './paretoFront.js'

describe('nonDominated', () => {
  it('reports progress while it sorts, not only while it visits', () => {
    // 50,000 two-party vectors on a line of slope -1 (none dominates another): the visiting
    // loop calls back ceil(50,000 / 1024) = 49 times; the sort's comparisons add more.
    const n = 50_000
    const vectors = new Float64Array(2 * n)
    for (let i = 0; i < n; i++) {
      vectors[2 * i] = (i * 7919) % n
      vectors[2 * i + 1] = n - ((i * 7919) % n)
    }
    let calls = 0
    const kept = nonDominated(2, n, vectors, { onProgress: () => void calls++ })
    expect(kept.order.length).toBe(n)
    expect(calls).toBeGreaterThan(Math.ceil(n / 1024) + 10)
  })

  it('ends when the callback throws, with nothing returned', () => {
    const n = 50_000
    const vectors = Float64Array.from({ length: 2 * n }, (_, k) => (k * 7919) % 1000)
    let calls = 0
    const stop = () => {
      if (++calls === 1) throw new Error('stopped')
    }
    expect(() => nonDominated(2, n, vectors, { onProgress: stop })).toThrow('stopped')
    expect(calls).toBe(1)
  })
})
