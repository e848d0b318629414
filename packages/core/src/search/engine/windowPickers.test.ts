import { describe, expect, it } from 'vitest'
import { RandomStream, rngFromSeed } from '../../internal/random.js'
import type { NeighbourhoodLinks, NeighbourhoodPicker } from './neighbourhoodSearch.js'
import { byRecord, LONGEST_WAIT } from './windowNeighbourhoods.js'

/** Two issues nobody else reads: the pickers below free one each. */
const links: NeighbourhoodLinks = {
  issuesOf: [[0, 1]],
  partiesOf: [[0], [0]],
  mustChange: [],
  optionCount: Int32Array.of(2, 2),
  choosable: () => true,
  gainOn: () => 0,
  floorOn: () => false,
  domainOf: Int32Array.of(0, 0),
  random: new RandomStream(rngFromSeed(1)),
}

/** A picker that frees issue `issue` `rounds` times per cycle, then ends (until the point moves). */
const counting = (issue: number, rounds: number) => (): NeighbourhoodPicker => {
  let tried = 0
  return (improved, _x, free) => {
    if (improved) tried = 0
    if (tried >= rounds) return false
    tried++
    free[issue] = 1
    return true
  }
}

/** The picker's rounds (the issue each frees), the point moving after the rounds `improves` says. */
const roundsOf = (picker: NeighbourhoodPicker, improves: (round: number, issue: number) => boolean, most = 100) => {
  const x = new Int32Array(2)
  const free = new Uint8Array(2)
  const seen: number[] = []
  let improved = false
  while (seen.length < most) {
    free.fill(0)
    if (!picker(improved, x, free)) break
    const issue = free.indexOf(1)
    seen.push(issue)
    improved = improves(seen.length - 1, issue)
  }
  return seen
}

describe('two pickers sharing rounds by their record', () => {
  it('take turns from the start, and end once both ended without improvement', () => {
    const seen = roundsOf(byRecord(counting(0, 2), counting(1, 3))(links), () => false)
    // The second starts in the second round, not after the first's whole cycle.
    expect(seen.slice(0, 2)).toEqual([0, 1])
    expect(seen.filter((i) => i === 0)).toHaveLength(2)
    expect(seen.filter((i) => i === 1)).toHaveLength(3)
  })

  it('give the picker that improves most of the rounds, the other at least one in four', () => {
    const seen = roundsOf(byRecord(counting(0, 1000), counting(1, 1000))(links), (_, issue) => issue === 1)
    const second = seen.filter((i) => i === 1).length
    expect(second).toBeGreaterThanOrEqual(0.7 * seen.length)
    // Never more than LONGEST_WAIT of the second's rounds in a row.
    expect(seen.join('')).not.toContain('1'.repeat(LONGEST_WAIT + 1))
  })

  it('start an ended picker again once the other moves the point', () => {
    // The first ends after one round; the second improves in its third round.
    const seen = roundsOf(byRecord(counting(0, 1), counting(1, 4))(links), (round, issue) => issue === 1 && round === 3)
    // After the move the first has a round again, so it comes twice in all.
    expect(seen.filter((i) => i === 0)).toHaveLength(2)
    expect(seen.filter((i) => i === 1).length).toBeGreaterThanOrEqual(5)
  })
})
