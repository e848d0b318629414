/**
 * Remedy 1c: which red line, lifted alone, makes a package deal possible. A lift is one step
 * (nothing smaller exists), so a remedy found is minimal by construction; the proof is the
 * exact search's deal in the scenario without that red line, while the scenario with it has
 * none.
 */
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import type { PartyId } from '../model/Party.js'
import type { DiagnoseContext } from './probe.js'
import { oneStepRemedy } from './oneStepRemedy.js'
import { withoutRedLine } from './relaxations.js'
import type { Remedy } from './Remedy.js'

/**
 * Every red line of the scenario, as (party, option) pairs, in scenario order.
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * redLinesOf(roadWithRedLine) // => [{ party: 'A', issue: 'road', option: 'via-b' }]
 * @category diagnose
 */
export const redLinesOf = (scenario: Scenario): readonly (OptionRef & { readonly party: PartyId })[] =>
  scenario.parties.flatMap((p) => p.mandate.redLines.map((r) => ({ party: p.id, issue: r.issue, option: r.option })))

/**
 * The `liftRedLine` remedy for one red line, or `undefined` when lifting it alone does not
 * make a deal possible (or time ran out).
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * liftRedLine(roadWithRedLine, { party: 'A', issue: 'road', option: 'via-b' }, ctx)?.deal.changes // => ['road', 'housing']
 * @category diagnose
 */
export const liftRedLine = (
  scenario: Scenario,
  line: OptionRef & { readonly party: PartyId },
  ctx: DiagnoseContext,
): Remedy | undefined =>
  oneStepRemedy('liftRedLine', scenario, line, (m) => withoutRedLine(m, line.issue, line.option), ctx)
