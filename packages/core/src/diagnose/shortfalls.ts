/**
 * Who blocks and by how much: per party whose minimum gain or domain floor keeps the deal
 * out, the distance between its kader and the most it can get in a deal valid for everyone
 * else. A view over the `relaxMinGain` and `relaxDomainFloor` remedies, so the two never
 * disagree.
 */
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Remedy } from './Remedy.js'

/**
 * One blocking party's shortfall: `kader − reachable`, always positive.
 * @category diagnose
 */
export interface Shortfall {
  readonly party: PartyId
  readonly kader: 'minGain' | 'minDomainGain'
  readonly domain?: DomainId
  readonly kaderValue: number
  readonly reachable: number
  readonly shortfall: number
}

/**
 * The shortfalls behind a list of remedies, largest first.
 * @example
 * // A counterfactual: A's council asks a gain of at least 2.5; the one valid deal gives A 2
 * const greedyA = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, minGain: 2.5 } } : p)) }
 * shortfallsOf(diagnose(greedyA).remedies) // => [{ party: 'A', kader: 'minGain', kaderValue: 2.5, reachable: 2, shortfall: 0.5 }]
 * @category diagnose
 */
export const shortfallsOf = (remedies: readonly Remedy[]): readonly Shortfall[] =>
  remedies
    .flatMap((r): Shortfall[] => {
      if (r.kind === 'relaxMinGain')
        return [{ party: r.party, kader: 'minGain', kaderValue: r.from, reachable: r.to, shortfall: r.from - r.to }]
      if (r.kind === 'relaxDomainFloor')
        return [
          {
            party: r.party,
            kader: 'minDomainGain',
            domain: r.domain,
            kaderValue: r.from,
            reachable: r.to,
            shortfall: r.from - r.to,
          },
        ]
      return []
    })
    .sort((a, b) => b.shortfall - a.shortfall)
