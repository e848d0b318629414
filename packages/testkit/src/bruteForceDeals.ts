/**
 * The slow, obviously correct reference for the diagnosis laws: every choice vector of a
 * small scenario without payments, judged by `checkDeal` alone.
 */
import type { Deal } from '../../core/src/model/Deal.js'
import type { IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { checkDeal, type DealCheck } from '../../core/src/evaluate/checkDeal.js'
import type { DealRules } from '../../core/src/evaluate/DealRules.js'

/** Every deal of the scenario (no payments), the status quo included. */
export const everyDeal = (scenario: Scenario): Deal[] =>
  scenario.issues.reduce<Deal[]>(
    (deals, issue) =>
      deals.flatMap((d) =>
        issue.options.map((o) => ({ ...d, choices: { ...d.choices, [issue.id]: o.id } as Record<IssueId, OptionId> })),
      ),
    [{ choices: {} as Record<IssueId, OptionId>, payments: [] }],
  )

/** The valid deals of the scenario with their checks. */
export const validDeals = (scenario: Scenario, rules?: DealRules): { deal: Deal; check: DealCheck }[] =>
  everyDeal(scenario).flatMap((deal) => {
    const check = checkDeal(scenario, deal, rules)
    return check.valid ? [{ deal, check }] : []
  })
