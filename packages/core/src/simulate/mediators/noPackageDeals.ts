import { densePicture } from '../densePicture.js'
import type { Mediator, ProposalDraft } from '../Mediator.js'
import { votingRules } from '../mediatorView.js'
import { voteOnChanges } from '../voteOnChanges.js'
import { candidatesOf, changesRecord, total } from './candidates.js'

/**
 * No package deals: every open issue is decided on its own. For each open issue the mediator
 * tables the prepared option with the largest total gain (by its picture) that it expects to
 * pass the vote, so issues where every option harms a stakeholder stay deadlocked. The
 * baseline that shows what deadlocks cost: compare its realised gain with the package
 * mediators'.
 *
 * @example
 * const result = simulate(scenario, { seed: 1, mediator: noPackageDeals() })
 * result.agreements.every((a) => Object.keys(a.changes).length === 1) // => true
 *
 * @category simulate
 */
export const noPackageDeals = (): Mediator =>
  function noPackageDeals(view) {
    const d = densePicture(view.picture)
    const rules = votingRules(view.config)
    const proposals: ProposalDraft[] = []
    for (const { issue, options } of candidatesOf(view, d)) {
      let best = -1
      let bestValue = -Infinity
      for (const option of options) {
        const decision = voteOnChanges(d, [{ issue, option }], rules)
        if (!decision.adopted) continue
        const value = total(decision.gains)
        if (value > bestValue) {
          best = option
          bestValue = value
        }
      }
      if (best >= 0)
        proposals.push({ changes: changesRecord(d, [{ issue, option: best }]), note: 'issue-by-issue vote' })
    }
    return { proposals }
  }
