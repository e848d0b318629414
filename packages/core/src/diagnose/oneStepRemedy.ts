/**
 * The shape both one-step remedies share (`liftRedLine`, `allowOption`): change one item of
 * one party's mandate, probe the relaxed scenario with the exact search, and report the deal
 * it finds. A single step is the smallest relaxation there is, so a remedy found is minimal by
 * construction; the proof is the search's deal in the relaxed scenario, while the scenario as
 * it stands has none.
 */
import type { Mandate } from '../model/Mandate.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import { probe, remedyDeal, type DiagnoseContext } from './probe.js'
import { withMandate } from './relaxations.js'
import type { Remedy } from './Remedy.js'

/**
 * The remedy of kind `kind` for one (party, option) item whose mandate `relax` changes, or
 * `undefined` when that step alone does not make a deal possible (or time ran out).
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const item = { party: 'A', issue: 'road', option: 'via-b' }
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [item] } } : p)) }
 * oneStepRemedy('liftRedLine', roadWithRedLine, item, (m) => ({ ...m, redLines: [] }), ctx)?.deal.changes // => ['road', 'housing']
 * @category diagnose
 */
export const oneStepRemedy = (
  kind: 'liftRedLine' | 'allowOption',
  scenario: Scenario,
  item: OptionRef & { readonly party: PartyId },
  relax: (mandate: Mandate) => Mandate,
  ctx: DiagnoseContext,
): Remedy | undefined => {
  const r = probe(withMandate(scenario, item.party, relax), ctx)
  if (r._tag !== 'Found') return undefined
  return {
    kind,
    party: item.party,
    issue: item.issue,
    option: item.option,
    deal: remedyDeal(r.best),
    proof: { method: 'branchAndBound', minimal: true, nodes: r.nodes },
  }
}
