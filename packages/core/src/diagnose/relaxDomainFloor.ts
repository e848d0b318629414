/**
 * Remedy 1b: how far one party's floor in one policy domain ("we do not lose on housing")
 * must come down for a package deal to exist. `to` is the largest gain in that domain the
 * party can get over the deals valid for everyone else, often negative: the loss on housing
 * its council would have to accept.
 */
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { compile } from '../evaluate/compile.js'
import { domainGainOf } from '../evaluate/gainOf.js'
import type { DiagnoseContext } from './probe.js'
import { withDomainFloor, withMandate } from './relaxations.js'
import type { Remedy } from './Remedy.js'
import { supremum } from './supremum.js'
import { floorTolerance, supremumRemedy } from './supremumRemedy.js'
import { indexIn } from '../evaluate/idIndex.js'

/**
 * An upper bound on a party's gain within one domain: its best option on each of the
 * domain's issues (interactions and money belong to no domain).
 * @example
 * domainGainUpperBound(scenario, 'A' as PartyId, 'housing' as DomainId) // => 3
 * @category diagnose
 */
export const domainGainUpperBound = (scenario: Scenario, party: PartyId, domain: DomainId): number => {
  const c = compile(scenario)
  const p = indexIn(c.partyIds, party)
  const d = indexIn(c.domainIds, domain)
  let total = 0
  for (let i = 0; i < c.issueCount; i++) {
    if (c.domainOf[i] !== d) continue
    let best = 0
    for (let o = 0; o < c.optionCount[i]!; o++) best = Math.max(best, c.gain[p * c.totalOptions + c.offsets[i]! + o]!)
    total += best
  }
  return total
}

/**
 * The `relaxDomainFloor` remedy for one party and domain, or `undefined` when it has no floor
 * there, when dropping the floor does not make a deal possible, or when time ran out first.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * // A counterfactual: B's council will not lose on housing; the one valid deal costs B 1 there
 * const floorB = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'B' ? { ...p, mandate: { ...p.mandate, minDomainGain: { housing: 0 } } } : p)) }
 * relaxDomainFloor(floorB, 'B' as PartyId, 'housing' as DomainId, ctx)?.to // => -1
 * @category diagnose
 */
export const relaxDomainFloor = (
  scenario: Scenario,
  party: PartyId,
  domain: DomainId,
  ctx: DiagnoseContext,
): Remedy | undefined => {
  const from = scenario.parties.find((p) => p.id === party)?.mandate.minDomainGain[domain]
  if (from === undefined) return undefined
  const tolerance = floorTolerance(scenario, party, ctx)
  const at = (m: number | undefined) => withMandate(scenario, party, (x) => withDomainFloor(x, domain, m))
  const measure = (best: { readonly deal: Parameters<typeof domainGainOf>[2] }, s: Scenario) =>
    domainGainOf(s, party, best.deal, domain)
  const found = supremum(at, measure, domainGainUpperBound(scenario, party, domain), tolerance, ctx)
  if (found._tag !== 'Found') return undefined
  return {
    kind: 'relaxDomainFloor',
    party,
    domain,
    from,
    ...supremumRemedy(found),
  }
}
