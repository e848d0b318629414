import { describe, expect, it } from 'vitest'
import { A, B, housing, pool, road, roadHousingAndPool } from '@mandjes/testkit/simulationFixtures.js'
import { withMandateWidth } from './withMandateWidth.js'

describe('withMandateWidth: the room an executive gets', () => {
  const scenario = roadHousingAndPool()
  const redLines = (width: number, party: string) =>
    withMandateWidth(scenario, width).parties.find((p) => p.id === party)!.mandate.redLines

  it('a full mandate leaves the kaders as the scenario has them', () => {
    expect(withMandateWidth(scenario, 1)).toBe(scenario)
  })

  it('no room at all forbids every option that costs the party anything', () => {
    expect(redLines(0, A)).toEqual([{ issue: road, option: 'via-b' }])
    expect(redLines(0, B)).toEqual([
      { issue: housing, option: 'west' },
      { issue: pool, option: 'close' },
    ])
  })

  it("half the room forbids only losses beyond half the party's largest loss on one issue", () => {
    // B can lose 5 on its pool: giving up housing (1) fits in half of that, closing the pool does not.
    expect(redLines(0.5, B)).toEqual([{ issue: pool, option: 'close' }])
    // A's largest loss is the road itself (1), so half the room forbids it.
    expect(redLines(0.5, A)).toEqual([{ issue: road, option: 'via-b' }])
  })

  it('narrowing is cached per scenario and width and leaves the input alone', () => {
    expect(withMandateWidth(scenario, 0.5)).toBe(withMandateWidth(scenario, 0.5))
    expect(scenario.parties.every((p) => p.mandate.redLines.length === 0)).toBe(true)
  })
})
