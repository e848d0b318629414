/**
 * Scenarios without a status quo on some (or all) issues, and the definition of a valid deal
 * for them written out from scratch: the slow oracle the search and `checkDeal` are tested
 * against. It reads valuations directly (no compiled arrays, no `checkDeal`), enumerates only
 * the real options of every issue, and measures each party's gain from its disagreement point:
 * its reservation utility when its utility depends on an issue without a status quo, its
 * status-quo utility otherwise.
 */
import fc from 'fast-check'
import type { Deal } from '../../core/src/model/Deal.js'
import type { IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Party } from '../../core/src/model/Party.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { partyTolerances } from '../../core/src/evaluate/toleranceFor.js'
import { targetTolerance } from '../../core/src/evaluate/targetTotal.js'
import { everyDeal } from './bruteForceDeals.js'

/** Options of `withoutStatusQuoArb`. */
export interface WithoutStatusQuoOptions {
  /** Drop the status quo of every issue (a GENIUS-style game), not of a random subset. */
  readonly all?: boolean
}

const utilityOfChoices = (
  s: Scenario,
  party: Party,
  choices: Readonly<Record<IssueId, OptionId | undefined>>,
): number => {
  let total = 0
  for (const issue of s.issues) {
    const v = party.valuations[issue.id]
    const chosen = choices[issue.id]
    if (v !== undefined && chosen !== undefined) total += v.stake * v.values[chosen]!
  }
  for (const { between, value } of party.interactions)
    if (choices[between[0].issue] === between[0].option && choices[between[1].issue] === between[1].option)
      total += value
  return total
}

/** A party's utility for a deal's choices, from its valuations and interactions (no money). */
export const utilityByDefinition = (s: Scenario, party: Party, deal: Deal): number =>
  utilityOfChoices(s, party, deal.choices)

/** What a party gets when nobody agrees, by the definition. */
export const disagreementByDefinition = (s: Scenario, party: Party): number => {
  const open = (id: IssueId) => s.statusQuo.choices[id] === undefined
  const depends =
    Object.keys(party.valuations).some((id) => open(id as IssueId)) ||
    party.interactions.some((t) => t.between.some((ref) => open(ref.issue)))
  return depends ? party.reservationUtility! : utilityOfChoices(s, party, s.statusQuo.choices)
}

/**
 * Whether a deal without payments is valid, by the definition (strict gain rule): it picks an
 * option of every issue and changes one (an issue without a status quo always changes); each
 * stakeholder of a changed issue gains more than its tolerance over its disagreement point
 * and over its reservation, and meets its minimum gains; everyone else loses no more than its
 * loss bound; no red line is crossed and every allowed-options list holds on changed issues;
 * every target is met.
 */
export const isValidByDefinition = (s: Scenario, deal: Deal): boolean => {
  const tol = partyTolerances(s)
  if (s.issues.some((i) => !i.options.some((o) => o.id === deal.choices[i.id]))) return false
  const changed = s.issues.filter((i) => deal.choices[i.id] !== s.statusQuo.choices[i.id])
  if (changed.length === 0) return false
  const taking = new Set(changed.flatMap((i) => i.stakeholders))
  for (const target of s.targets ?? []) {
    const total = target.terms.reduce((sum, t) => {
      const option = s.issues.find((i) => i.id === t.issue)!.options.find((o) => o.id === deal.choices[t.issue])!
      return sum + t.weight * (option.quantity ?? 0)
    }, 0)
    const slack = targetTolerance(s, target)
    if (target.atLeast !== undefined && total < target.atLeast - slack) return false
    if (target.atMost !== undefined && total > target.atMost + slack) return false
  }
  return s.parties.every((party, p) => {
    const t = tol[p]!
    const utility = utilityByDefinition(s, party, deal)
    const gain = utility - disagreementByDefinition(s, party)
    const { mandate } = party
    for (const issue of changed) {
      const option = deal.choices[issue.id]!
      if (mandate.redLines.some((r) => r.issue === issue.id && r.option === option)) return false
      const allowed = mandate.allowedOptions[issue.id]
      if (allowed !== undefined && !allowed.includes(option)) return false
    }
    if (!taking.has(party.id)) return gain + (party.lossBound ?? 0) >= -t
    if (!(gain > t)) return false
    if (party.reservationUtility !== undefined && !(utility - party.reservationUtility > t)) return false
    if (mandate.minGain !== undefined && gain < mandate.minGain - t) return false
    for (const [domain, minimum] of Object.entries(mandate.minDomainGain)) {
      let inDomain = 0
      for (const issue of s.issues) {
        const v = party.valuations[issue.id]
        const before = s.statusQuo.choices[issue.id]
        if (issue.domain !== domain || v === undefined || before === undefined) continue
        inDomain += v.stake * (v.values[deal.choices[issue.id]!]! - v.values[before]!)
      }
      if (inDomain < minimum! - t) return false
    }
    return true
  })
}

/** The largest total gain of the participants of any valid deal by the definition (−Infinity when none), and how many there are. */
export const bestSumByDefinition = (s: Scenario): { readonly best: number; readonly valid: number } => {
  let best = -Infinity
  let valid = 0
  for (const deal of everyDeal(s)) {
    if (!isValidByDefinition(s, deal)) continue
    valid++
    // The objective counts participants only: the stakeholders of the changed issues.
    const taking = new Set(
      s.issues.filter((i) => deal.choices[i.id] !== s.statusQuo.choices[i.id]).flatMap((i) => i.stakeholders),
    )
    const sum = s.parties
      .filter((party) => taking.has(party.id))
      .reduce((acc, party) => acc + utilityByDefinition(s, party, deal) - disagreementByDefinition(s, party), 0)
    best = Math.max(best, sum)
  }
  return { best, valid }
}

/**
 * Scenarios from `arb` with the status quo dropped on some issues (module issues keep theirs),
 * at least one whenever the scenario has an issue that can lose it. Every party whose utility
 * then depends on such an issue gets a reservation utility near its old status-quo utility
 * or below it (so valid deals stay common), and domain floors on domains with such an issue are dropped:
 * the decoder's rules (`checkNoStatusQuo`).
 */
export const withoutStatusQuoArb = (
  arb: fc.Arbitrary<Scenario>,
  options: WithoutStatusQuoOptions = {},
): fc.Arbitrary<Scenario> =>
  arb.chain((s) =>
    fc
      .record({
        drop: fc.array(fc.boolean(), { minLength: s.issues.length, maxLength: s.issues.length }),
        first: fc.nat(Math.max(0, s.issues.length - 1)),
        shift: fc.array(fc.integer({ min: -8, max: 2 }), { minLength: s.parties.length, maxLength: s.parties.length }),
      })
      .map(({ drop, first, shift }): Scenario => {
        const droppable = (i: number) => s.issues[i]!.module === undefined
        const open = new Set(
          s.issues
            .filter((_, i) => droppable(i) && (options.all === true || drop[i] === true || i === first))
            .map((i) => i.id),
        )
        if (open.size === 0) return s
        const statusQuo: Deal = {
          choices: Object.fromEntries(
            Object.entries(s.statusQuo.choices).filter(([id]) => !open.has(id as IssueId)),
          ) as Deal['choices'],
          payments: [],
        }
        const openDomains = new Set(s.issues.filter((i) => open.has(i.id)).map((i) => i.domain))
        const parties = s.parties.map((party, p): Party => {
          const depends =
            Object.keys(party.valuations).some((id) => open.has(id as IssueId)) ||
            party.interactions.some((t) => t.between.some((ref) => open.has(ref.issue)))
          const minDomainGain = Object.fromEntries(
            Object.entries(party.mandate.minDomainGain).filter(([d]) => !openDomains.has(d as never)),
          )
          return {
            ...party,
            mandate: { ...party.mandate, minDomainGain },
            ...(depends ? { reservationUtility: utilityOfChoices(s, party, s.statusQuo.choices) + shift[p]! / 2 } : {}),
          }
        })
        return { ...s, parties, statusQuo }
      }),
  )

/**
 * Scenarios from `arb` without a status quo on some issues or on all of them (half each): the
 * arbitrary a law written for scenarios with a status quo is run on again, to show it holds
 * without one.
 */
export const noStatusQuoVariantsArb = (arb: fc.Arbitrary<Scenario>): fc.Arbitrary<Scenario> =>
  fc.oneof(withoutStatusQuoArb(arb), withoutStatusQuoArb(arb, { all: true }))

/**
 * Scenario-and-deal pairs from `arb` with the status quo dropped on some or all issues of the
 * scenario (the deal, which chooses on every issue, stays as it is).
 */
export const noStatusQuoPairArb = (
  arb: fc.Arbitrary<readonly [Scenario, Deal]>,
): fc.Arbitrary<readonly [Scenario, Deal]> =>
  arb.chain(([s, deal]) => noStatusQuoVariantsArb(fc.constant(s)).map((open) => [open, deal] as const))
