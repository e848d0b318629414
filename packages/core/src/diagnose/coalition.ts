/**
 * Remedy 4, wisselende coalities: the largest sets of parties among whom a package deal
 * exists when the others stand aside. Under the validity rule a deal among a few already
 * must not harm anyone outside it, so on a table without any valid deal no subset has one
 * either; a coalition therefore means the parties that leave also give up their say (their
 * hindermacht). The remedy says what the deal would do to them (`outsiderGains`), so the
 * table sees what standing aside costs. Issues on which nobody left at the table has a say
 * stay at the status quo.
 *
 * Exact: sets are tried from the largest size down; the first size at which some set has a
 * deal is the answer, and every larger set was proven to have none. When the time limit
 * stops the search first, the sets found are not proven largest.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { recordFrom } from '../internal/recordFrom.js'
import { gainOf } from '../evaluate/gainOf.js'
import { outOfTime, probe, remedyDeal, type DiagnoseContext } from './probe.js'
import { issuesWithoutSay, withoutParties } from './relaxations.js'
import type { Remedy } from './Remedy.js'

const subsetsOfSize = <T>(items: readonly T[], size: number): T[][] => {
  if (size === 0) return [[]]
  if (items.length < size) return []
  const [head, ...tail] = items
  return [...subsetsOfSize(tail, size - 1).map((s) => [head!, ...s]), ...subsetsOfSize(tail, size)]
}

/**
 * The scenario restricted to some parties, with the issues nobody there has a say on kept
 * off the table by the returned constraint.
 * @example
 * coalitionScenario(scenario, ['A', 'B']).scenario.parties.length // => 2
 * @category diagnose
 */
export const coalitionScenario = (scenario: Scenario, parties: readonly PartyId[]) => {
  const keep = new Set(parties)
  const restricted = withoutParties(
    scenario,
    scenario.parties.filter((p) => !keep.has(p.id)).map((p) => p.id),
  )
  return { scenario: restricted, offTable: issuesWithoutSay(restricted) }
}

/**
 * The largest coalitions with a deal, up to `max` of them, from sets of `parties.length − 1`
 * down to two parties.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * coalitions(scenario, ctx, 3) // => []: with two parties there is no smaller table of two or more
 * @category diagnose
 */
export const coalitions = (scenario: Scenario, ctx: DiagnoseContext, max = 3): readonly Remedy[] => {
  const all = scenario.parties.map((p) => p.id)
  let nodes = 0
  let complete = true
  for (let size = all.length - 1; size >= 2; size--) {
    const found: Remedy[] = []
    for (const set of subsetsOfSize(all, size)) {
      if (outOfTime(ctx)) {
        complete = false
        break
      }
      const { scenario: restricted, offTable } = coalitionScenario(scenario, set)
      const r = probe(restricted, ctx, 'sum', { offTable: [...(ctx.constraints.offTable ?? []), ...offTable] })
      nodes += r.nodes
      if (r._tag === 'Unknown') complete = false
      if (r._tag !== 'Found') continue
      const left = all.filter((p) => !set.includes(p))
      const full = { ...r.best.deal, choices: { ...scenario.statusQuo.choices, ...r.best.deal.choices } }
      found.push({
        kind: 'coalition',
        parties: set,
        left,
        outsiderGains: recordFrom(left.map((p) => [p, gainOf(scenario, p, full)])),
        deal: remedyDeal(r.best),
        proof: { method: 'branchAndBound', minimal: complete, nodes },
      })
      if (found.length >= max) break
    }
    if (found.length > 0) return found
    if (!complete) return []
  }
  return []
}
