/**
 * How trust moves with the history of the negotiation. A kept deal (ratified by every council
 * involved) raises the trust of each council that took part; a failed ratification lowers the
 * trust of every council whose executive had said yes, because the whole table saw the deal
 * fall through. Laws: trust stays in [0, 1]; it never falls after a kept deal and never rises
 * after a failed one.
 */
import type { PartyId } from '../model/Party.js'
import type { TrustDynamics } from './SimulationConfig.js'
import type { TrustChange } from './SimulationEvent.js'

/**
 * Trust after a kept deal (`afterKept` of the way to 1) or a failed ratification (minus the
 * share `afterFailed` of itself).
 * @example
 * const dynamics = { afterKept: 0.1, afterFailed: 0.2 }
 * nextTrust(dynamics, 0.5, 'kept') // => 0.55
 * nextTrust(dynamics, 0.5, 'failed') // => 0.4
 * @category simulate
 */
export const nextTrust = (dynamics: TrustDynamics, trust: number, cause: 'kept' | 'failed'): number =>
  cause === 'kept' ? trust + dynamics.afterKept * (1 - trust) : trust - dynamics.afterFailed * trust

/**
 * The trust changes for the given councils, in the order given.
 * @example
 * trustChanges({ afterKept: 0.1, afterFailed: 0.2 }, { A: 0.5 }, ['A'], 'kept') // => [{ party: 'A', before: 0.5, after: 0.55 }]
 * @category simulate
 */
export const trustChanges = (
  dynamics: TrustDynamics,
  trust: Readonly<Record<PartyId, number>>,
  parties: readonly PartyId[],
  cause: 'kept' | 'failed',
): readonly TrustChange[] =>
  parties.map((party) => {
    const before = trust[party]!
    return { party, before, after: Math.min(1, Math.max(0, nextTrust(dynamics, before, cause))) }
  })
