/**
 * A picture cut down to what is on the table: the open issues with their prepared options.
 * Closed issues are fixed at the option in force, so an interaction with a closed issue
 * becomes a term on the open option it pairs with (or vanishes), and kaders that name
 * removed issues or options are dropped. A regional target keeps its open issues; the closed
 * ones count at the option in force, so their part moves into the target's bounds.
 *
 * The law: for every deal on the open issues with prepared options, the restricted scenario
 * gives every party the same gain, the same participants and the same mandate verdicts as the
 * full picture (whose status quo is the agreements in force). A search on it is therefore a
 * search on the full picture with everything else off the table.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { Interaction, Valuation } from '../model/Valuation.js'
import type { Target } from '../model/Target.js'
import { targetTotal } from '../evaluate/targetTotal.js'
import { utilityOfParty } from '../evaluate/utilityOf.js'
import { emptyRecord } from '../internal/recordFrom.js'

/**
 * The restricted scenario for the given open issues and prepared options.
 * @example
 * restrictScenario(picture, ['housing'], state.information.prepared).issues.map((i) => i.id) // => ['housing']
 * @category simulate
 */
export const restrictScenario = (
  picture: Scenario,
  open: readonly IssueId[],
  prepared: Readonly<Record<IssueId, readonly OptionId[]>>,
): Scenario => {
  const isOpen = new Set(open)
  const keeps = (issue: IssueId, option: OptionId) => isOpen.has(issue) && (prepared[issue] ?? []).includes(option)
  const issues = picture.issues
    .filter((i) => isOpen.has(i.id))
    .map((i) => ({ ...i, options: i.options.filter((o) => keeps(i.id, o.id)) }))
  const inForce = picture.statusQuo.choices
  const parties = picture.parties.map((party): Party => {
    const valuations = emptyRecord<IssueId, Valuation | undefined>()
    for (const issue of issues) {
      const v = party.valuations[issue.id]
      if (v !== undefined)
        valuations[issue.id] = {
          stake: v.stake,
          values: pick(
            v.values,
            issue.options.map((o) => o.id),
          ),
        }
    }
    const interactions: Interaction[] = []
    for (const term of party.interactions) {
      const [a, b] = term.between
      const aOpen = isOpen.has(a.issue)
      const bOpen = isOpen.has(b.issue)
      if (aOpen && bOpen) {
        if (keeps(a.issue, a.option) && keeps(b.issue, b.option)) interactions.push(term)
        continue
      }
      // One side closed: the term applies exactly when the closed side is in force.
      const [open_, closed] = aOpen ? [a, b] : [b, a]
      if (!isOpen.has(open_.issue) || inForce[closed.issue] !== closed.option || !keeps(open_.issue, open_.option))
        continue
      // Kept as a term on the open option alone (a pair of that option with itself), not folded
      // into the valuation: interaction terms belong to no policy domain, and folding them in
      // would change the party's per-domain gains and so its kaders' verdicts.
      interactions.push({ between: [open_, open_], value: term.value })
    }
    const mandate = party.mandate
    const allowedOptions = emptyRecord<IssueId, readonly OptionId[] | undefined>()
    for (const [issue, only] of Object.entries(mandate.allowedOptions) as [
      IssueId,
      readonly OptionId[] | undefined,
    ][]) {
      if (only !== undefined && isOpen.has(issue)) allowedOptions[issue] = only.filter((o) => keeps(issue, o))
    }
    return {
      ...party,
      valuations,
      interactions,
      mandate: { ...mandate, redLines: mandate.redLines.filter((r) => keeps(r.issue, r.option)), allowedOptions },
    }
  })
  const statusQuo: Deal = {
    choices: pick(
      inForce,
      issues.map((i) => i.id),
    ),
    payments: [],
  }
  const targets = (picture.targets ?? []).map((t): Target => {
    // What the closed issues already add, at the options in force.
    const closed = targetTotal(
      picture,
      { ...t, terms: t.terms.filter((term) => !isOpen.has(term.issue)) },
      picture.statusQuo,
    )
    return {
      ...t,
      terms: t.terms.filter((term) => isOpen.has(term.issue)),
      ...(t.atLeast === undefined ? {} : { atLeast: t.atLeast - closed }),
      ...(t.atMost === undefined ? {} : { atMost: t.atMost - closed }),
    }
  })
  const restricted: Scenario = {
    ...picture,
    issues,
    parties,
    statusQuo,
    ...(picture.targets === undefined ? {} : { targets }),
  }
  // A reservation utility is absolute: shift it by what the removed issues contributed.
  const shifted = restricted.parties.map((party, p) => {
    if (party.reservationUtility === undefined) return party
    const dropped =
      utilityOfParty(picture, picture.parties[p]!, picture.statusQuo) - utilityOfParty(restricted, party, statusQuo)
    return { ...party, reservationUtility: party.reservationUtility - dropped }
  })
  return { ...restricted, parties: shifted }
}

const pick = <K extends string, V>(record: Readonly<Record<K, V>>, keys: readonly K[]): Record<K, V> => {
  const out = emptyRecord<K, V>()
  for (const k of keys) out[k] = record[k]
  return out
}
