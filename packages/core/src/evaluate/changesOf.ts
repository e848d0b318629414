import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'

/**
 * The issues a deal changes away from the status quo, in scenario order. An issue without a
 * status quo is changed by every deal: the deal settles it.
 * @example
 * changesOf(scenario, scenario.statusQuo) // => []
 * @category evaluate
 */
export const changesOf = (scenario: Scenario, deal: Deal): readonly IssueId[] =>
  scenario.issues.filter((i) => deal.choices[i.id] !== scenario.statusQuo.choices[i.id]).map((i) => i.id)

/**
 * The parties that take part in a deal: the stakeholders of every issue it changes, the
 * members of the coalition a changed module issue chooses and of the one it leaves (the
 * options' `members`), and every party that pays or receives compensation. In scenario
 * order. Everyone else is an outsider, who must not lose anything (or it would use its
 * blocking power, hindermacht).
 * @example
 * participantsOf(scenario, scenario.statusQuo) // => []
 * @category evaluate
 */
export const participantsOf = (scenario: Scenario, deal: Deal): readonly PartyId[] => {
  const involved = new Set<PartyId>()
  for (const issue of scenario.issues) {
    const chosen = deal.choices[issue.id]
    const before = scenario.statusQuo.choices[issue.id]
    if (chosen === before) continue
    for (const s of issue.stakeholders) involved.add(s)
    for (const option of issue.options)
      if (option.id === chosen || option.id === before) for (const m of option.members ?? []) involved.add(m)
  }
  for (const payment of deal.payments) {
    involved.add(payment.from)
    involved.add(payment.to)
  }
  return scenario.parties.filter((p) => involved.has(p.id)).map((p) => p.id)
}

/**
 * A deal with some issues changed from the status quo and no payments.
 * @example
 * dealFrom(scenario, { road: 'east' }).choices.road // => 'east'
 * @category evaluate
 */
export const dealFrom = (scenario: Scenario, changes: Readonly<Record<string, string>>): Deal => ({
  choices: { ...scenario.statusQuo.choices, ...(changes as Readonly<Record<IssueId, OptionId>>) },
  payments: [],
})
