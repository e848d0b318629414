/**
 * The scenario edits a remedy stands for, each one pure: a party's mandate changed, parties
 * leaving the table, a new option on an issue, compensation allowed. Nothing else in the
 * scenario changes, so a deal valid after the edit differs from the deadlock by the edit alone.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Mandate } from '../model/Mandate.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { own, recordFrom } from '../internal/recordFrom.js'

/**
 * The scenario with one party's mandate replaced by `change(mandate)`.
 * @example
 * withMandate(scenario, 'A' as PartyId, (m) => ({ ...m, redLines: [] }))
 * @category diagnose
 */
export const withMandate = (scenario: Scenario, party: PartyId, change: (mandate: Mandate) => Mandate): Scenario => ({
  ...scenario,
  parties: scenario.parties.map((p) => (p.id === party ? { ...p, mandate: change(p.mandate) } : p)),
})

/** A mandate without its minimum gain. @category diagnose */
export const withoutMinGain = (m: Mandate): Mandate => {
  const { minGain: _dropped, ...rest } = m
  return rest
}

/** A mandate with its minimum gain set (`undefined` drops it). @category diagnose */
export const withMinGain = (m: Mandate, minGain: number | undefined): Mandate =>
  minGain === undefined ? withoutMinGain(m) : { ...m, minGain }

/** A mandate with one domain floor set (`undefined` drops it). @category diagnose */
export const withDomainFloor = (m: Mandate, domain: string, floor: number | undefined): Mandate => {
  // Prototype-free like the decoder's records (a rest spread would give a plain object).
  const rest = Object.entries(m.minDomainGain).filter(([d]) => d !== domain)
  return { ...m, minDomainGain: recordFrom(floor === undefined ? rest : [...rest, [domain, floor]]) }
}

/** A mandate without one red line. @category diagnose */
export const withoutRedLine = (m: Mandate, issue: IssueId, option: OptionId): Mandate => ({
  ...m,
  redLines: m.redLines.filter((r) => !(r.issue === issue && r.option === option)),
})

/** A mandate whose allowed-options rule on an issue also admits `option` (no-op without a rule). @category diagnose */
export const withAllowedOption = (m: Mandate, issue: IssueId, option: OptionId): Mandate => {
  const allowed = m.allowedOptions[issue]
  if (allowed === undefined || allowed.includes(option)) return m
  // Prototype-free like the decoder's records, so an id such as `toString` finds nothing it should not.
  return { ...m, allowedOptions: recordFrom([...Object.entries(m.allowedOptions), [issue, [...allowed, option]]]) }
}

/**
 * The table without some parties: they leave with their stakes and their say. Issues keep
 * their other stakeholders; a search on the result should keep issues nobody left at the
 * table has a say on off the table (`issuesWithoutSay`), or it would move them unasked.
 * @example
 * withoutParties(scenario, ['B' as PartyId]).parties.length // => 1: only A is left
 * @category diagnose
 */
export const withoutParties = (scenario: Scenario, leaving: readonly PartyId[]): Scenario => {
  const gone = new Set(leaving)
  return {
    ...scenario,
    parties: scenario.parties.filter((p) => !gone.has(p.id)),
    issues: scenario.issues.map((i) => ({ ...i, stakeholders: i.stakeholders.filter((s) => !gone.has(s)) })),
  }
}

/**
 * Issues on which nobody at the (reduced) table has a say.
 * @example
 * issuesWithoutSay(withoutParties(scenario, ['B' as PartyId])) // => []: A has a say on both issues
 * @category diagnose
 */
export const issuesWithoutSay = (scenario: Scenario): readonly IssueId[] =>
  scenario.issues.filter((i) => i.stakeholders.length === 0).map((i) => i.id)

/** An id for a new option on an issue, unused there. @category diagnose */
export const newOptionId = (scenario: Scenario, issue: IssueId): OptionId => {
  const taken = new Set<string>(scenario.issues.find((i) => i.id === issue)?.options.map((o) => o.id) ?? [])
  let id = 'new-option'
  for (let k = 2; taken.has(id); k++) id = `new-option-${k}`
  return id as OptionId
}

/**
 * The scenario with a new option on an issue, valued by each party as `values` says; a party
 * that values the issue but is not named values the new option like its status quo. Parties
 * in `allow` admit the option under their allowed-options rule on the issue.
 * @example
 * withNewOption(scenario, 'road' as IssueId, 'tunnel' as OptionId, { A: 0.5 }, []).issues[0]!.options.length // => 3: none and via-b, and the new tunnel
 * @category diagnose
 */
export const withNewOption = (
  scenario: Scenario,
  issue: IssueId,
  option: OptionId,
  values: Readonly<Record<string, number>>,
  allow: readonly PartyId[],
): Scenario => {
  const statusQuo = scenario.statusQuo.choices[issue]!
  const admit = new Set(allow)
  return {
    ...scenario,
    issues: scenario.issues.map((i) =>
      i.id === issue ? { ...i, options: [...i.options, { id: option, label: 'new option' }] } : i,
    ),
    parties: scenario.parties.map((p) => {
      const v = p.valuations[issue]
      const valuations =
        v === undefined
          ? p.valuations
          : recordFrom([
              ...Object.entries(p.valuations),
              [
                issue,
                {
                  ...v,
                  values: recordFrom([
                    ...Object.entries(v.values),
                    [option, own(values, p.id) ?? v.values[statusQuo]!],
                  ]),
                },
              ],
            ])
      return { ...p, valuations, mandate: admit.has(p.id) ? withAllowedOption(p.mandate, issue, option) : p.mandate }
    }),
  }
}

/**
 * The scenario with compensation allowed (unchanged when it already is).
 * @example
 * withCompensation(scenario).compensation // => { unit: 'money' }: the fixture names no unit
 * @category diagnose
 */
export const withCompensation = (scenario: Scenario): Scenario =>
  scenario.compensation === undefined ? { ...scenario, compensation: { unit: 'money' } } : scenario
