import { describe, expect, it } from 'vitest'
import { A, B, province, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { compareValues, nashScaleOf, objectiveTolerance, objectiveValue, objectivesOf } from './objectives.js'

const party = (id: string) => roadAndHousing.parties.find((p) => p.id === id)!

describe('objectives', () => {
  it('defaults to the largest total gain', () => {
    expect(objectivesOf(undefined)).toEqual(['sum'])
    expect(objectivesOf('nash')).toEqual(['nash'])
    expect(objectivesOf(['maxmin', 'fewest'])).toEqual(['maxmin', 'fewest'])
  })

  it('measures a party’s Nash scale as the spread of its utility over the issues', () => {
    expect(nashScaleOf(roadAndHousing, party(A))).toBe(1 + 2 + 3)
    expect(nashScaleOf(roadAndHousing, party(B))).toBe(3 + 1 + 3)
    expect(nashScaleOf(roadAndHousing, party(province))).toBe(0.5)
  })

  it('runs over participants only: the outsider’s gain does not count', () => {
    const gains = [1, 2, 5]
    const taking = [true, true, false]
    expect(objectiveValue('sum', gains, taking, 2, [1, 1, 1])).toBe(3)
    expect(objectiveValue('maxmin', gains, taking, 2, [1, 1, 1])).toBe(1)
    expect(objectiveValue('nash', gains, taking, 2, [2, 4, 1])).toBeCloseTo(Math.log(0.5) + Math.log(0.5), 12)
    expect(objectiveValue('fewest', gains, taking, 2, [1, 1, 1])).toBe(-2)
  })

  it('ranks a deal nobody takes part in last for nash and maxmin', () => {
    expect(objectiveValue('nash', [0, 0], [false, false], 1, [1, 1])).toBe(-Infinity)
    expect(objectiveValue('maxmin', [0, 0], [false, false], 1, [1, 1])).toBe(-Infinity)
    expect(objectiveValue('sum', [0, 0], [false, false], 1, [1, 1])).toBe(0)
  })

  it('compares lexicographically, with ties within each tolerance', () => {
    const tolerances = [objectiveTolerance('maxmin', 1e-9, 2), objectiveTolerance('fewest', 1e-9, 2)]
    expect(compareValues([1, -3], [1 + 1e-12, -2], tolerances)).toBe(-1)
    expect(compareValues([2, -3], [1, -2], tolerances)).toBe(1)
    expect(compareValues([1, -2], [1, -2], tolerances)).toBe(0)
    expect(compareValues([0, -1], [-Infinity, -1], tolerances)).toBe(1)
  })
})
