import { describe, expect, it } from 'vitest'
import { housing, ladderLike, road, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { exhaustive, EXHAUSTIVE_MAX_DEALS } from './exhaustive.js'

describe('exhaustive (the oracle)', () => {
  it('looks at every one of the 12 deals of the source example and finds the package', () => {
    const result = exhaustive(roadAndHousing)
    expect(result).toMatchObject({
      _tag: 'Optimal',
      best: { changes: [road, housing], value: [3.5] },
      stats: { nodes: 12 },
    })
  })

  it('certifies the deadlock with at most one change, naming maxChanges', () => {
    const result = exhaustive(roadAndHousing, { constraints: { maxChanges: 1 } })
    expect(result).toMatchObject({
      _tag: 'NoDeal',
      certificate: { binding: ['maxChanges'], undetermined: [], proof: { method: 'enumeration', nodes: 12 } },
    })
  })

  it('says the deadlock holds even without constraints when no deal exists at all', () => {
    const stuck = {
      ...roadAndHousing,
      issues: roadAndHousing.issues.filter((i) => i.id === road),
      statusQuo: { choices: { [road]: roadAndHousing.statusQuo.choices[road]! }, payments: [] },
    }
    const result = exhaustive(stuck)
    expect(result).toMatchObject({ _tag: 'NoDeal', certificate: { binding: [] } })
  })

  it('stops at a node budget without claiming optimality', () => {
    const result = exhaustive(ladderLike(2, 3, 6, 3), { budget: { nodes: 10 } })
    expect(result._tag).toBe('BudgetExhausted')
    if (result._tag === 'BudgetExhausted') expect(result.gap).toBe(Infinity)
  })

  it('refuses scenarios beyond its cap rather than running for hours', () => {
    expect(EXHAUSTIVE_MAX_DEALS).toBe(1_000_000)
    expect(() => exhaustive(ladderLike(1, 2, 21, 2))).toThrow(RangeError)
  })
})
