import { describe, expect, it } from 'vitest'
import { A, B, housing, road, roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import type { OptionId } from '../../model/Issue.js'
import type { Scenario } from '../../model/Scenario.js'
import { simulate } from '../simulate.js'

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }

/** Both parties gain on both issues, but A most on housing and B most on the road. */
const bothGain = (): Scenario => {
  const base = roadAndHousing()
  const [a, b] = base.parties
  const v = (stake: number, values: Record<string, number>) => ({ stake, values: values as Record<OptionId, number> })
  return {
    ...base,
    parties: [
      { ...a!, valuations: { [road]: v(1, { none: 0, 'via-b': 0.2 }), [housing]: v(1, { none: 0, west: 2 }) } },
      { ...b!, valuations: { [road]: v(1, { none: 0, 'via-b': 2 }), [housing]: v(1, { none: 0, west: 0.2 }) } },
    ],
  }
}

describe('bilateral exchanges', () => {
  it('tables the source document’s mandje: A grants B the road, B drops its housing location for A’s', () => {
    const result = simulate(roadAndHousing(), {
      seed: 1,
      rounds: 2,
      councils: trusting,
      mediator: { _tag: 'bilateralExchanges' },
    })
    expect(result.agreements.map((a) => a.changes)).toEqual([{ road: 'via-b', housing: 'west' }])
    const proposed = result.events.find((e) => e._tag === 'Proposed')
    // B wants the road (the first issue), A the housing location.
    expect(proposed?._tag === 'Proposed' && proposed.note).toBe(`exchange between ${B} and ${A}`)
  })

  it('also trades when both gain on both issues but weigh them differently', () => {
    const result = simulate(bothGain(), {
      seed: 1,
      rounds: 2,
      councils: trusting,
      mediator: { _tag: 'bilateralExchanges' },
    })
    expect(result.counts.proposals).toBeGreaterThan(0)
    expect(result.agreements.map((a) => a.changes)).toEqual([{ road: 'via-b', housing: 'west' }])
  })

  it('tables nothing when no swap leaves both better off', () => {
    // A loses 2.5 on the road and wins only 2 on housing.
    const result = simulate(roadAndHousing(2.5, 2), {
      seed: 1,
      rounds: 3,
      councils: trusting,
      mediator: { _tag: 'bilateralExchanges' },
    })
    expect(result.counts.proposals).toBe(0)
  })
})
