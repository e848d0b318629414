/**
 * Arbitraries and helpers for the scenarioFile property tests: scenarios with quantity issues
 * and with arbitrary ids (spaces, quotes, digits, YAML-looking words), and the check for
 * mandates that rule out every option, which scenarioArb can produce and the decoder refuses.
 */
import fc from 'fast-check'
import type { Issue, IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { OptionRef } from '../../core/src/model/Valuation.js'
import { scenarioArb, type ScenarioArbOptions } from './arbitraries.js'

/** Whether some party's mandate rules out every option of an issue (red lines and allowed options together). */
export const hasContradictoryMandate = (s: Scenario): boolean =>
  s.parties.some((p) =>
    s.issues.some((issue) => {
      const allowed = Object.hasOwn(p.mandate.allowedOptions, issue.id) ? p.mandate.allowedOptions[issue.id] : undefined
      const named = allowed !== undefined || p.mandate.redLines.some((r) => r.issue === issue.id)
      return (
        named &&
        issue.options.every(
          (o) =>
            p.mandate.redLines.some((r) => r.issue === issue.id && r.option === o.id) ||
            (allowed !== undefined && !allowed.includes(o.id)),
        )
      )
    }),
  )

/** Every issue of odd position becomes a quantity issue (homes, in steps of 250). */
export const withQuantities = (s: Scenario): Scenario => ({
  ...s,
  issues: s.issues.map((issue, i): Issue =>
    i % 2 === 0
      ? issue
      : {
          ...issue,
          kind: 'quantity',
          unit: 'homes',
          options: issue.options.map((o, k) => ({ ...o, quantity: 250 * k })),
        },
  ),
})

/** Ids as people (and fuzzers) write them: words, numbers, YAML keywords, quotes, spaces, unicode. */
export const idArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      'yes',
      'no',
      'null',
      '~',
      'true',
      '0',
      '1e3',
      '0x10',
      '.inf',
      '- a',
      'a: b',
      '#x',
      '"q"',
      "it's",
      ' pad ',
      'Gemeente Nijmegen',
      'Súdwest-Fryslân',
      'toString',
      'hasOwnProperty',
      '1.0',
    ),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 6 }),
  )
  .filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id))

/** A scenario whose parties, issues, options and domains carry arbitrary (unique) ids. */
export const scenarioWithArbitraryIdsArb = (options: ScenarioArbOptions = {}): fc.Arbitrary<Scenario> =>
  scenarioArb(options).chain((s) => {
    const optionCount = s.issues.reduce((n, i) => n + i.options.length, 0)
    const needed = s.parties.length + s.issues.length + s.domains.length + optionCount
    return fc.uniqueArray(idArb, { minLength: needed, maxLength: needed }).map((names) => renameIds(s, names))
  })

/** The same scenario with its ids replaced by `names`, in the order parties, issues, domains, options. */
export const renameIds = (s: Scenario, names: readonly string[]): Scenario => {
  let next = 0
  const party = new Map(s.parties.map((p) => [p.id, names[next++]! as PartyId]))
  const issue = new Map(s.issues.map((i) => [i.id, names[next++]! as IssueId]))
  const domain = new Map(s.domains.map((d) => [d.id, names[next++]! as DomainId]))
  const option = new Map(s.issues.map((i) => [i.id, new Map(i.options.map((o) => [o.id, names[next++]! as OptionId]))]))
  const opt = (i: IssueId, o: OptionId) => option.get(i)!.get(o)!
  const ref = (r: OptionRef): OptionRef => ({ issue: issue.get(r.issue)!, option: opt(r.issue, r.option) })
  const rekey = <V>(
    record: Readonly<Partial<Record<string, V>>>,
    key: (k: string) => string,
    value: (k: string, v: V) => unknown,
  ) => Object.fromEntries(Object.entries(record).flatMap(([k, v]) => (v === undefined ? [] : [[key(k), value(k, v)]])))
  return {
    ...s,
    domains: s.domains.map((d) => ({ ...d, id: domain.get(d.id)! })),
    issues: s.issues.map((i) => ({
      ...i,
      id: issue.get(i.id)!,
      domain: domain.get(i.domain)!,
      stakeholders: i.stakeholders.map((p) => party.get(p)!),
      options: i.options.map((o) => ({ ...o, id: opt(i.id, o.id) })),
    })),
    parties: s.parties.map((p) => ({
      ...p,
      id: party.get(p.id)!,
      valuations: rekey(
        p.valuations,
        (k) => issue.get(k as IssueId)!,
        (k, v) => ({
          ...v,
          values: rekey(
            v.values,
            (o) => opt(k as IssueId, o as OptionId),
            (_, x) => x,
          ),
        }),
      ),
      interactions: p.interactions.map((t) => ({ ...t, between: [ref(t.between[0]), ref(t.between[1])] as const })),
      mandate: {
        ...p.mandate,
        redLines: p.mandate.redLines.map(ref),
        allowedOptions: rekey(
          p.mandate.allowedOptions,
          (k) => issue.get(k as IssueId)!,
          (k, ids) => (ids as OptionId[]).map((o) => opt(k as IssueId, o)),
        ),
        minDomainGain: rekey(
          p.mandate.minDomainGain,
          (k) => domain.get(k as DomainId)!,
          (_, x) => x,
        ),
      },
    })),
    statusQuo: {
      ...s.statusQuo,
      choices: rekey(
        s.statusQuo.choices,
        (k) => issue.get(k as IssueId)!,
        (k, o) => opt(k as IssueId, o as OptionId),
      ),
    },
  } as Scenario
}

/** Every option of the arbitrary scenarios, in one place: all features on. */
export const everything: ScenarioArbOptions = {
  interactions: true,
  mandates: true,
  reservations: true,
  compensation: true,
  partialStakeholders: true,
}
