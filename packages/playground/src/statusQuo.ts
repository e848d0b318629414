/**
 * What the page shows for a game without a status quo (an issue whose `statusQuo` is `null`,
 * as in GENIUS and GeniusWeb games): such an issue has no "from", every deal settles it (so it
 * is one of every deal's changes), and what starts from the status quo issue by issue, the
 * deadlocks and diagnose's remedies, does not apply (core refuses it, see
 * docs/scenario-files.md, "Issues without a status quo"; core's `requiredIssues` lists them).
 */
import type { IssueId, OptionId, RankedDeal, Scenario } from 'mandjes'

/** One change of a deal: the status quo's option (absent: the issue has none) and the deal's. */
export interface DealChange {
  readonly issue: IssueId
  readonly from?: OptionId
  readonly to: OptionId
}

/** The deal's changes in its order, each with what holds today, if anything does. */
export const changesOf = (scenario: Scenario, deal: RankedDeal): readonly DealChange[] =>
  deal.changes.flatMap((issue) => {
    const from = scenario.statusQuo.choices[issue]
    const to = deal.deal.choices[issue]
    // A deal chooses an option for every issue; a change it does not choose is not drawn.
    if (to === undefined) return []
    return [from === undefined ? { issue, to } : { issue, from, to }]
  })
