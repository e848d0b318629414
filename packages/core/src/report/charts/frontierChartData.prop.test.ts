import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bruteForceFront as bruteFront } from '@mandjes/testkit/frontierOracle.js'
import { paretoFront2d } from './frontierChartData.js'

describe('paretoFront2d, the two-party view', () => {
  it('is the brute-force front of the points, once per point, sorted by x', () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 4 }), y: fc.integer({ min: 0, max: 4 }) }), {
          maxLength: 30,
        }),
        (points) => {
          const vectors = points.map((p) => [p.x, p.y])
          const expected = [...new Set(bruteFront(vectors).map((i) => vectors[i]!.join()))]
            .map((k) => k.split(',').map(Number))
            .sort((a, b) => a[0]! - b[0]!)
            .map(([x, y]) => ({ x, y }))
          expect(paretoFront2d(points)).toEqual(expected)
        },
      ),
    ))
})
