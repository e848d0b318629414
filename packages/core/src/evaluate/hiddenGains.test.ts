import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { A, B, roadAndHousing } from '@mandjes/testkit/searchFixtures.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { findDeal } from '../search/findDeal.js'
import { scaleParty } from '../search/scaleParty.js'
import { hiddenGains } from './hiddenGains.js'
import { GAIN_TOLERANCE } from './tolerance.js'
import { partyScales } from './toleranceFor.js'

describe('hiddenGains: the parties whose gains the tolerance floor hides', () => {
  it('names nobody when every party counts in units of about 1', () => {
    expect(hiddenGains(roadAndHousing)).toEqual([])
  })

  it('names A counted a trillion times smaller, whose deal then disappears, and says how to fix it', () => {
    const tiny = scaleParty(roadAndHousing, A, 1e-12)
    expect(findDeal(roadAndHousing)._tag).toBe('Optimal')
    // The floor of 1e-9 hides A's gains of about 1e-12: no valid deal, which is why it warns.
    expect(findDeal(tiny)._tag).toBe('NoDeal')
    const [warning, ...rest] = hiddenGains(tiny)
    expect(rest).toEqual([])
    expect(warning).toMatchObject({ party: A, factor: 1e12 })
    expect(warning!.message).toMatch(/party "A": gains as small as .* count as no gain.*multiply .* by 1e\+12/)
    // Multiplied back by the factor, A is not named and the deal is back.
    const fixed = scaleParty(tiny, A, warning!.factor)
    expect(hiddenGains(fixed)).toEqual([])
    expect(findDeal(fixed)._tag).toBe('Optimal')
  })

  it('does not name a party below 1 whose gains all clear the floor', () => {
    expect(hiddenGains(scaleParty(roadAndHousing, B, 0.01))).toEqual([])
  })

  it('names a party exactly when one of its single gains is real by its own scale but within the floor (oracle)', () => {
    let named = 0
    fc.assert(
      fc.property(
        scenarioArb({ realValues: true }).chain((s) =>
          fc.tuple(fc.constant(s), fc.nat({ max: s.parties.length - 1 }), fc.constantFrom(1, 1e-6, 1e-9, 1e-12)),
        ),
        ([base, p, factor]) => {
          const scenario = scaleParty(base, base.parties[p]!.id, factor)
          const scales = partyScales(scenario)
          const names = new Set(hiddenGains(scenario).map((h) => h.party))
          scenario.parties.forEach((party, k) => {
            const singles = [
              ...scenario.issues.flatMap((issue) => {
                const v = party.valuations[issue.id]
                const base = v?.values[scenario.statusQuo.choices[issue.id]!] ?? 0
                return v === undefined
                  ? []
                  : issue.options.map((o) => Math.abs(v.stake * ((v.values[o.id] ?? 0) - base)))
              }),
              ...party.interactions.map((i) => Math.abs(i.value)),
            ]
            const hidden = scales[k]! < 1 && singles.some((g) => g > GAIN_TOLERANCE * scales[k]! && g <= GAIN_TOLERANCE)
            expect(names.has(party.id)).toBe(hidden)
            if (hidden) named++
          })
          // One step of the suggested factor fixes every party above the subnormal range.
          for (const h of hiddenGains(scenario).filter((x) => x.scale >= 1e-300)) {
            expect(
              partyScales(scaleParty(scenario, h.party, h.factor))[scenario.parties.findIndex((x) => x.id === h.party)],
            ).toBeGreaterThanOrEqual(1)
            expect(hiddenGains(scaleParty(scenario, h.party, h.factor)).map((x) => x.party)).not.toContain(h.party)
          }
        },
      ),
      { numRuns: 300 },
    )
    expect(named).toBeGreaterThan(20)
  })
})
