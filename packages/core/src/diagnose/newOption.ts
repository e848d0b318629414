/**
 * Remedy 3, the source document's first remedy: look for an alternative on the same issue.
 * Per deadlocked issue, the brief for the civil servants who look for one: what a new option
 * would have to be worth to each party with a say for the issue to pass alone, and for it to
 * enter a package deal with the other issues.
 *
 * Alone: the deal changes only this issue, to the new option x. Party s gains
 * `stake_s × (v_s(x) − v_s(status quo))` minus the interaction terms the change breaks, and
 * must reach what it needs (a strict gain, its minimum gain, its reservation, its floor in the
 * issue's domain). Solving for v_s(x) gives each threshold exactly; with every threshold met
 * (plus a margin above the tolerance) the single change is valid, which the remedy's deal shows.
 *
 * In a deal: the search is run with x worth so much to the issue's parties that their kaders
 * hold whatever else happens; among the deals that then exist it takes the one with the
 * largest total gain, and the thresholds are solved again with the rest of that deal counted.
 * Those thresholds are exact for that deal; another deal may ask less of some party.
 */
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { recordFrom } from '../internal/recordFrom.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { compile } from '../evaluate/compile.js'
import { defaultDealRules } from '../evaluate/DealRules.js'
import { domainGainOf } from '../evaluate/gainOf.js'
import type { Deal } from '../model/Deal.js'
import { gainUpperBound } from './relaxMinGain.js'
import { probe, type DiagnoseContext } from './probe.js'
import { newOptionId, withNewOption } from './relaxations.js'
import type { Remedy } from './Remedy.js'
import { indexIn } from '../evaluate/idIndex.js'

/**
 * The value a party must give the new option, made strictly safe: the threshold plus a margin
 * well above the tolerance. `applyRemedy` uses it.
 * @example
 * withMargin(0.4, 1, 1e-9) // => 0.400001: the margin 1e-6 beats 10 × the tolerance, 1e-8
 * @category diagnose
 */
export const withMargin = (threshold: number, stake: number, tolerance: number): number =>
  threshold + Math.max(1e-6 * Math.max(1, Math.abs(threshold)), (10 * tolerance) / Math.max(stake, 1e-300))

/** Per party that values the issue: the threshold given the gains `rest` from the other issues. */
const thresholds = (
  scenario: Scenario,
  issue: IssueId,
  rest: (p: PartyId) => { total: number; domain: number },
  tolerance: number,
  strict: boolean,
) => {
  const found = scenario.issues.find((i) => i.id === issue)!
  const sq = scenario.statusQuo.choices[issue]!
  const c = compile(scenario)
  const values: Record<PartyId, number | null> = {}
  for (const party of scenario.parties) {
    const v = party.valuations[issue]
    const stakeholder = found.stakeholders.includes(party.id)
    if (v === undefined && !stakeholder) continue
    const { total, domain } = rest(party.id)
    // What the party needs from the whole deal, and from the issue's domain.
    // Thresholds are infima: the option must be worth more than this under the strict gain
    // rule, at least this for a kader; `withMargin` adds the step above the tolerance.
    let need = 0
    if (stakeholder && party.mandate.minGain !== undefined) need = Math.max(need, party.mandate.minGain)
    if (stakeholder && party.reservationUtility !== undefined)
      need = Math.max(need, party.reservationUtility - c.statusQuoUtility[indexIn(c.partyIds, party.id)]!)
    const floor = stakeholder ? party.mandate.minDomainGain[found.domain] : undefined
    const stake = v?.stake ?? 0
    const fromIssue = Math.max(need - total, floor === undefined ? -Infinity : floor - domain)
    if (stake <= 0) {
      // A party with no stake on the issue is moved by nothing on it: it must already have enough.
      if (stakeholder && (fromIssue > 0 || (strict && fromIssue >= 0))) values[party.id] = null
      continue
    }
    const value = v!.values[sq]! + fromIssue / stake
    // A stake so small that no finite value (or no finite margin above it) moves the party.
    const reachable = Number.isFinite(value) && Number.isFinite(withMargin(value, stake, tolerance))
    if (reachable) values[party.id] = value
    else if (stakeholder || fromIssue > 0) values[party.id] = null
  }
  return values
}

/** What breaking the status quo on an issue costs each party in interaction terms. */
const brokenTerms = (scenario: Scenario, issue: IssueId, p: PartyId): number => {
  const party = scenario.parties.find((x) => x.id === p)!
  const on = (d: Deal, a: { issue: IssueId; option: string }) => d.choices[a.issue] === a.option
  return party.interactions.reduce((s, t) => {
    const [a, b] = t.between
    const touches = (a.issue === issue || b.issue === issue) && on(scenario.statusQuo, a) && on(scenario.statusQuo, b)
    return touches ? s + t.value : s
  }, 0)
}

/**
 * The `newOption` brief for one issue: thresholds alone (with the single-change deal in the
 * scenario that has the new option, when every threshold is reachable), and in a deal.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * const brief = newOptionBrief(roadWithRedLine, 'road' as IssueId, ctx)
 * // Alone, a new road need only beat no road (worth 0) for both:
 * brief.kind === 'newOption' && brief.values // => { A: 0, B: 0 }
 * // With housing west, A accepts a road worth down to -3; B (stake 2, losing 1 on west) needs 0.5:
 * brief.kind === 'newOption' && brief.inDeal?.values // => { A: -3, B: 0.5 }
 * @category diagnose
 */
export const newOptionBrief = (scenario: Scenario, issue: IssueId, ctx: DiagnoseContext): Remedy => {
  const rules = ctx.rules ?? defaultDealRules
  const tolerance = rules.tolerance ?? compile(scenario).tolerance
  const strict = rules.gainRule === 'strict'
  const found = scenario.issues.find((i) => i.id === issue)!
  const option = newOptionId(scenario, issue)
  const needsAllowance = scenario.parties.filter((p) => p.mandate.allowedOptions[issue] !== undefined).map((p) => p.id)
  const alone = thresholds(
    scenario,
    issue,
    (p) => ({ total: -brokenTerms(scenario, issue, p), domain: 0 }),
    tolerance,
    strict,
  )
  const applied = (values: Readonly<Record<PartyId, number | null>>) =>
    withNewOption(
      scenario,
      issue,
      option,
      recordFrom(
        Object.entries(values).flatMap(([p, v]) =>
          v === null
            ? []
            : [[p, withMargin(v, scenario.parties.find((x) => x.id === p)!.valuations[issue]?.stake ?? 0, tolerance)]],
        ),
      ),
      needsAllowance,
    )
  const reachable = Object.values(alone).every((v) => v !== null)
  const single: Deal = { choices: { ...scenario.statusQuo.choices, [issue]: option }, payments: [] }
  const singleCheck = reachable ? checkDeal(applied(alone), single, { ...rules, tolerance }) : undefined

  // In a deal: x worth "enough" to the issue's parties, so the search looks at the rest.
  const big =
    1e3 *
    Math.max(
      1,
      ...scenario.parties.map(
        (p) => Math.abs(gainUpperBound(scenario, p.id, false)) + Math.abs(p.mandate.minGain ?? 0),
      ),
    )
  const generous = withNewOption(
    scenario,
    issue,
    option,
    recordFrom(
      found.stakeholders.flatMap((p) => {
        const v = scenario.parties.find((x) => x.id === p)!.valuations[issue]
        return v === undefined || v.stake <= 0
          ? []
          : [[p, v.values[scenario.statusQuo.choices[issue]!]! + big / v.stake]]
      }),
    ),
    needsAllowance,
  )
  const others = found.options
    .filter((o) => o.id !== scenario.statusQuo.choices[issue])
    .map((o) => ({ issue, option: o.id }))
  const r = probe(generous, { ...ctx, payments: false, rules: { ...rules, tolerance } }, 'sum', {
    mustChange: [issue],
    excludedOptions: [...(ctx.constraints.excludedOptions ?? []), ...others],
  })
  let inDeal: Extract<Remedy, { kind: 'newOption' }>['inDeal']
  if (r._tag === 'Found') {
    const d = r.best.deal
    const rest = (p: PartyId) => {
      const party = scenario.parties.find((x) => x.id === p)!
      const v = party.valuations[issue]
      const own =
        v === undefined
          ? 0
          : v.stake *
            ((generous.parties.find((x) => x.id === p)!.valuations[issue]!.values[option] ?? 0) -
              v.values[scenario.statusQuo.choices[issue]!]!)
      return { total: r.best.gains[p]! - own, domain: domainGainOf(generous, p, d, found.domain) - own }
    }
    inDeal = { values: thresholds(scenario, issue, rest, tolerance, strict), needsAllowance, choices: d.choices }
  }
  return {
    kind: 'newOption',
    issue,
    values: alone,
    needsAllowance,
    ...(inDeal === undefined ? {} : { inDeal }),
    ...(singleCheck?.valid === true
      ? {
          deal: {
            deal: single,
            gains: singleCheck.gains,
            changes: singleCheck.changes,
            participants: singleCheck.participants,
          },
        }
      : {}),
    proof: { method: 'branchAndBound', minimal: singleCheck?.valid === true, nodes: r.nodes },
  }
}
