/**
 * Rescaling one party's utility: every number that is in its utility unit (stakes, hence
 * issue gains; interaction values; money value; reservation; minimum total and per-domain
 * gains) is multiplied by the same positive factor. Payment caps are in money, not utility,
 * and stay. Which deals are valid does not change (up to the tolerance), and neither do the
 * Nash-optimal deal and the payments of the compensation rule.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { invariant } from '../internal/invariant.js'
import { recordFrom } from '../internal/recordFrom.js'

/**
 * The scenario with one party's utility multiplied by `factor` (> 0).
 * @example
 * const doubled = scaleParty(scenario, 'A' as PartyId, 2)
 * doubled.parties[0].valuations.road.stake // => 2: A's stake of 1, doubled
 * doubled.parties[0].moneyValue === 2 * scenario.parties[0].moneyValue // => true
 * @category search
 */
export const scaleParty = (scenario: Scenario, party: PartyId, factor: number): Scenario => {
  invariant(factor > 0 && Number.isFinite(factor), 'scale factor must be positive and finite')
  return {
    ...scenario,
    parties: scenario.parties.map((p) => {
      if (p.id !== party) return p
      const { mandate } = p
      return {
        ...p,
        valuations: recordFrom(
          Object.entries(p.valuations).map(([id, v]) => [id, v === undefined ? v : { ...v, stake: v.stake * factor }]),
        ),
        interactions: p.interactions.map((i) => ({ ...i, value: i.value * factor })),
        moneyValue: p.moneyValue * factor,
        ...(p.reservationUtility === undefined ? {} : { reservationUtility: p.reservationUtility * factor }),
        mandate: {
          ...mandate,
          ...(mandate.minGain === undefined ? {} : { minGain: mandate.minGain * factor }),
          minDomainGain: recordFrom(
            Object.entries(mandate.minDomainGain).map(([d, g]) => [d, g === undefined ? g : g * factor] as const),
          ),
        },
      }
    }),
  }
}
