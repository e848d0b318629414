/**
 * The tail every supremum remedy shares (`relaxMinGain`, `relaxDomainFloor`, `relaxTarget`):
 * once `supremum` has found how far a kader must move, the remedy reports the new value `to`,
 * the deal the search found there and the branch-and-bound proof (proven largest, or the
 * bound still open when the time ran out). One home, so the three remedies cannot drift
 * apart in what their proofs say.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { compile } from '../evaluate/compile.js'
import { indexIn } from '../evaluate/idIndex.js'
import { remedyDeal, type DiagnoseContext } from './probe.js'
import type { RemedyDeal, RemedyProof } from './Remedy.js'
import type { Supremum } from './supremum.js'

/**
 * The new value, deal and proof of a supremum remedy. `sign` -1 reads a supremum searched on
 * minus the quantity (a target's `atMost` bound) back on the quantity's own scale.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * const found = probe(scenario, ctx)
 * const tail = found._tag === 'Found' && supremumRemedy({ _tag: 'Found', to: 2, best: found.best, nodes: 9, minimal: true, probe: 2.5 })
 * tail && tail.proof // => { method: 'branchAndBound', minimal: true, nodes: 9, probe: 2.5 }
 * tail && tail.deal.changes // => ['road', 'housing']
 * @category diagnose
 */
export const supremumRemedy = (
  found: Extract<Supremum, { readonly _tag: 'Found' }>,
  sign: 1 | -1 = 1,
): { readonly to: number; readonly deal: RemedyDeal; readonly proof: RemedyProof } => ({
  to: sign * found.to,
  deal: remedyDeal(found.best),
  proof: {
    method: 'branchAndBound',
    minimal: found.minimal,
    nodes: found.nodes,
    ...(found.probe === undefined ? {} : { probe: sign * found.probe }),
    ...(found.bound === undefined ? {} : { bound: sign * found.bound }),
  },
})

/**
 * The tolerance a party's floor is bisected to: the rules' own when given, else the party's
 * own gain tolerance, since the floor is on that party's gains (the rescaling law, see
 * evaluate/toleranceFor.ts).
 * @example
 * floorTolerance(scenario, 'B' as PartyId, { constraints: {}, deadline: Infinity }) // => 5e-9
 * @category diagnose
 */
export const floorTolerance = (scenario: Scenario, party: PartyId, ctx: DiagnoseContext): number =>
  ctx.rules?.tolerance ?? compile(scenario).partyTolerance[indexIn(compile(scenario).partyIds, party)]!
