/**
 * Remedy 1d: which option, added alone to a party's allowed-options rule ("on the pool we
 * may only agree to closing Tiel's"), makes a package deal possible. Like a lifted red line
 * it is one step, so a remedy found is minimal by construction.
 */
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DiagnoseContext } from './probe.js'
import { oneStepRemedy } from './oneStepRemedy.js'
import { withAllowedOption } from './relaxations.js'
import type { Remedy } from './Remedy.js'

/**
 * Every option an allowed-options rule keeps out (other than the status quo, which is never
 * agreed to), as (party, option) pairs, in scenario order.
 * @example
 * // A counterfactual: B's council allows only housing east, which keeps out the one valid deal
 * const westBarred = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'B' ? { ...p, mandate: { ...p.mandate, allowedOptions: { housing: ['east'] } } } : p)) }
 * disallowedOptionsOf(westBarred) // => [{ party: 'B', issue: 'housing', option: 'west' }]
 * @category diagnose
 */
export const disallowedOptionsOf = (scenario: Scenario): readonly (OptionRef & { readonly party: PartyId })[] =>
  scenario.parties.flatMap((p) =>
    (Object.entries(p.mandate.allowedOptions) as [IssueId, readonly OptionId[] | undefined][]).flatMap(
      ([issue, allowed]) => {
        const found = scenario.issues.find((i) => i.id === issue)
        if (found === undefined || allowed === undefined) return []
        return found.options
          .filter((o) => o.id !== scenario.statusQuo.choices[issue] && !allowed.includes(o.id))
          .map((o) => ({ party: p.id, issue, option: o.id }))
      },
    ),
  )

/**
 * The `allowOption` remedy for one kept-out option, or `undefined` when admitting it alone
 * does not make a deal possible (or time ran out).
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * // A counterfactual: B's council allows only housing east, which keeps out the one valid deal
 * const westBarred = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'B' ? { ...p, mandate: { ...p.mandate, allowedOptions: { housing: ['east'] } } } : p)) }
 * allowOption(westBarred, { party: 'B', issue: 'housing', option: 'west' }, ctx)?.kind // => 'allowOption'
 * @category diagnose
 */
export const allowOption = (
  scenario: Scenario,
  item: OptionRef & { readonly party: PartyId },
  ctx: DiagnoseContext,
): Remedy | undefined =>
  oneStepRemedy('allowOption', scenario, item, (m) => withAllowedOption(m, item.issue, item.option), ctx)
