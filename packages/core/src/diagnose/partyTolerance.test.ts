import { describe, expect, it } from 'vitest'
import { B, province, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { scaleParty } from '../search/scaleParty.js'
import { margins } from './firmness.js'
import { firmnessProbability } from './firmnessProbability.js'
import { relaxMinGain } from './relaxMinGain.js'

// B counted a trillion times larger: the scenario's tolerance grows to thousands while the
// province still gains 0.5 on the road (regression: margins and the Monte Carlo judged every
// party by the scenario-wide tolerance, so the province had no room and no draw was valid).
const deal = dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })
const huge = scaleParty(roadAndHousing, B, 1e12)

describe('firmness judges each party by its own tolerance', () => {
  it('gives the province the same room next to a party a trillion times larger', () => {
    const room = (s: typeof roadAndHousing) => margins(s, deal).find((m) => m.party === province)!
    expect(room(roadAndHousing).slack).toBeCloseTo(0.5, 6)
    expect(room(huge).slack).toBeCloseTo(room(roadAndHousing).slack, 6)
    expect(room(huge).binding).toBe(room(roadAndHousing).binding)
  })

  it('estimates the same probability that the deal survives', () => {
    const estimate = (s: typeof roadAndHousing) => firmnessProbability(s, deal, { samples: 200, seed: 4 }).probability
    expect(estimate(roadAndHousing)).toBeGreaterThan(0.9)
    expect(estimate(huge)).toBe(estimate(roadAndHousing))
  })

  it('relaxes the province’s minimum gain to the same exact value next to a party a trillion times larger', () => {
    const asking = (s: typeof roadAndHousing) => ({
      ...s,
      parties: s.parties.map((p) => (p.id === province ? { ...p, mandate: { ...p.mandate, minGain: 1 } } : p)),
    })
    const ctx = { constraints: {}, deadline: Infinity }
    const plain = relaxMinGain(asking(roadAndHousing), province, ctx)
    const next = relaxMinGain(asking(huge), province, ctx)
    expect(plain?.kind === 'relaxMinGain' && plain.to).toBeCloseTo(0.5, 6)
    expect(next?.kind === 'relaxMinGain' && next.to).toBeCloseTo(0.5, 6)
    // The proof that nothing above works probes just above 0.5 by the province's own
    // tolerance; by the scenario's it probed above 12,000, which proves nothing about 0.6.
    expect(plain?.proof.probe).toBeLessThan(0.5 + 1e-6)
    expect(next?.proof.probe).toBeCloseTo(plain!.proof.probe!, 9)
  })
})
