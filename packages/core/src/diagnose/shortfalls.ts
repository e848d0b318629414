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
 * shortfallsOf(diagnosis.remedies) // => [{ party: 'p3', kader: 'minGain', kaderValue: 1.3, reachable: 1.1172, shortfall: 0.1828 }]
 * @category diagnose
 */
export const shortfallsOf = (remedies: readonly Remedy[]): readonly Shortfall[] =>
  remedies
    .flatMap((r): Shortfall[] => {
      if (r.kind === 'relaxMinGain') return [{ party: r.party, kader: 'minGain', kaderValue: r.from, reachable: r.to, shortfall: r.from - r.to }]
      if (r.kind === 'relaxDomainFloor') return [{ party: r.party, kader: 'minDomainGain', domain: r.domain, kaderValue: r.from, reachable: r.to, shortfall: r.from - r.to }]
      return []
    })
    .sort((a, b) => b.shortfall - a.shortfall)
