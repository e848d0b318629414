import { describe, expect, it } from 'vitest'
import { B, roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import { scaleParty } from '../../search/scaleParty.js'
import type { MediatorSpec } from '../Mediator.js'
import { simulate } from '../simulate.js'

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }
const agreed = (scenario: ReturnType<typeof roadAndHousing>, mediator: MediatorSpec) =>
  simulate(scenario, { seed: 3, rounds: 4, councils: trusting, mediator }).agreements.map((a) => a.changes)

// B counted in units a trillion times smaller: the scenario's tolerance becomes 1e-9 × 4e12 =
// 4,000, and A's gain of 2 fell under it, so a mediator judging A by that tolerance saw A gain
// nothing and tabled no mandje (regression: the mediators used the scenario-wide tolerance).
const huge = scaleParty(roadAndHousing(), B, 1e12)
const mediators: readonly MediatorSpec[] = [
  { _tag: 'bilateralExchanges' },
  { _tag: 'singleNegotiatingText' },
  { _tag: 'alternatingOffers', tactic: 'conceder' },
]

describe('mediators judge each party by its own tolerance', () => {
  it.each(mediators)('$_tag tables the same mandje next to a party a trillion times larger', (mediator) => {
    const plain = agreed(roadAndHousing(), mediator)
    expect(plain).toEqual([{ road: 'via-b', housing: 'west' }])
    expect(agreed(huge, mediator)).toEqual(plain)
  })
})
