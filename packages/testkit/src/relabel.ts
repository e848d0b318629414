/**
 * Renaming and reordering a scenario's parties, issues, options and domains, for the
 * invariance laws: the relabelled scenario describes the same negotiation.
 */
import type { Deal } from '../../core/src/model/Deal.js'
import type { IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Mandate } from '../../core/src/model/Mandate.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { OptionRef } from '../../core/src/model/Valuation.js'

export interface Relabelling {
  readonly scenario: Scenario
  /** The relabelled form of a deal of the original scenario. */
  readonly deal: (deal: Deal) => Deal
}

/** Reverses every list (or rotates by `shift`) and renames every id with a prefix. */
export const relabel = (s: Scenario, shift: number): Relabelling => {
  const rotate = <A>(xs: readonly A[]): A[] => {
    if (xs.length === 0) return []
    const k = shift % xs.length
    return [...xs.slice(k), ...xs.slice(0, k)].reverse()
  }
  const party = (id: PartyId) => `x-${id}` as PartyId
  const issue = (id: IssueId) => `x-${id}` as IssueId
  const option = (id: OptionId) => `x-${id}` as OptionId
  const domain = (id: DomainId) => `x-${id}` as DomainId
  const ref = (r: OptionRef): OptionRef => ({ issue: issue(r.issue), option: option(r.option) })
  const mandate = (m: Mandate): Mandate => ({
    redLines: m.redLines.map(ref),
    allowedOptions: Object.fromEntries(
      Object.entries(m.allowedOptions).map(([i, os]) => [issue(i as IssueId), os!.map(option)]),
    ),
    minDomainGain: Object.fromEntries(Object.entries(m.minDomainGain).map(([d, g]) => [domain(d as DomainId), g])),
    ...(m.minGain === undefined ? {} : { minGain: m.minGain }),
    ...(m.maxPayment === undefined ? {} : { maxPayment: m.maxPayment }),
  })
  const choices = (c: Deal['choices']) =>
    Object.fromEntries(Object.entries(c).map(([i, o]) => [issue(i as IssueId), option(o)])) as Deal['choices']
  const deal = (d: Deal): Deal => ({
    choices: choices(d.choices),
    payments: d.payments.map((p) => ({ ...p, from: party(p.from), to: party(p.to) })),
  })
  const scenario: Scenario = {
    ...s,
    domains: rotate(s.domains).map((d) => ({ ...d, id: domain(d.id) })),
    issues: rotate(s.issues).map((i) => ({
      ...i,
      id: issue(i.id),
      domain: domain(i.domain),
      options: rotate(i.options).map((o) => ({ ...o, id: option(o.id) })),
      stakeholders: rotate(i.stakeholders).map(party),
    })),
    parties: rotate(s.parties).map((p) => ({
      ...p,
      id: party(p.id),
      valuations: Object.fromEntries(
        Object.entries(p.valuations).map(([i, v]) => [
          issue(i as IssueId),
          {
            stake: v!.stake,
            values: Object.fromEntries(Object.entries(v!.values).map(([o, x]) => [option(o as OptionId), x])),
          },
        ]),
      ),
      interactions: p.interactions.map((t) => ({
        value: t.value,
        between: [ref(t.between[0]), ref(t.between[1])] as const,
      })),
      mandate: mandate(p.mandate),
    })),
    statusQuo: deal(s.statusQuo),
  }
  return { scenario, deal }
}
