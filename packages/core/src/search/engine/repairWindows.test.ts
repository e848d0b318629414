import { describe, expect, it } from 'vitest'
import { RandomStream, rngFromSeed } from '../../internal/random.js'
import type { NeighbourhoodLinks, NeighbourhoodPicker } from './neighbourhoodSearch.js'
import { PAYBACK_PER_PARTY, repairWindows } from './repairWindows.js'

/**
 * A chain in words (numbers invented). Five issues of two options, all at option 0.
 * Hosting the service (issue 0 to option 1) costs town T 1; T could gain 2 back on its homes
 * (issue 1) and 0.5 on its pool (issue 4). Building those homes costs the corporation C 1,
 * with a housing floor; C could gain 3 back on the homes of another town (issue 2), far
 * away. Issue 3 is nobody's business in this chain. A repair window from "host the service"
 * holds the service, T's homes, C's other homes and T's pool: the service, the homes and the
 * other homes are linked only through what each change costs, not through any neighbour.
 */
const T = 0
const C = 1
const U = 2 // the other town, whose homes issue 2 is
const gainTable: Record<string, number> = {
  [`${T},0,1`]: -1,
  [`${T},1,1`]: 2,
  [`${T},4,1`]: 0.5,
  [`${C},1,1`]: -1,
  [`${C},2,1`]: 3,
  [`${U},2,1`]: 0.1,
  [`${U},3,1`]: 1,
}
const links = (seed: number): NeighbourhoodLinks => ({
  issuesOf: [
    [0, 1, 4],
    [1, 2],
    [2, 3],
  ],
  partiesOf: [[T], [T, C], [C, U], [U], [T]],
  mustChange: [],
  optionCount: Int32Array.of(2, 2, 2, 2, 2),
  choosable: () => true,
  gainOn: (p, i, o) => gainTable[`${p},${i},${o}`] ?? 0,
  floorOn: (p, i) => p === C && (i === 1 || i === 2),
  domainOf: Int32Array.of(0, 1, 1, 2, 0),
  random: new RandomStream(rngFromSeed(seed)),
})

/** The issues each window of one full cycle frees, keyed by the window's first issue. */
const cycle = (picker: NeighbourhoodPicker, x: Int32Array): string[] => {
  const windows: string[] = []
  const free = new Uint8Array(x.length)
  while (picker(false, x, free)) {
    windows.push([...free].flatMap((f, i) => (f === 1 ? [i] : [])).join(','))
    free.fill(0)
  }
  return windows
}

describe('repair windows', () => {
  it('chain a move to the issues that pay back the parties it costs, and theirs in turn', () => {
    expect(PAYBACK_PER_PARTY).toBeGreaterThanOrEqual(2)
    const windows = cycle(repairWindows(16)(links(1)), new Int32Array(5))
    // The window of "host the service" (the only one that holds issue 0 and costs T).
    expect(windows).toContain('0,1,2,4')
    // Issue 3 (U's own) costs nobody: its window is the issue alone.
    expect(windows).toContain('3')
  })

  it('stop at their size, keeping the move and the first paybacks', () => {
    const windows = cycle(repairWindows(2)(links(1)), new Int32Array(5))
    expect(windows).toContain('0,1')
    for (const w of windows) expect(w.split(',').length).toBeLessThanOrEqual(2)
  })

  it('skip a move the point already makes, and end after one cycle without improvement', () => {
    // Ten moves (five issues, two options); at any point five of them are no move.
    expect(cycle(repairWindows(16)(links(2)), Int32Array.of(1, 1, 1, 1, 1))).toHaveLength(5)
    expect(cycle(repairWindows(16)(links(2)), new Int32Array(5))).toHaveLength(5)
  })
})
