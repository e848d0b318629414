/**
 * A scenario back to its file form, for saving and sharing. The law it keeps with the decoder:
 * `decodeScenario(encodeScenario(s))` equals `s` for every valid scenario. So everything is
 * written out explicitly (options as objects, values per option, stakeholders listed), and
 * only what equals a default and cannot change the decoded scenario is left out: empty lists
 * and mappings, and a money value of 0.
 */
import type { Issue } from '../model/Issue.js'
import type { Mandate } from '../model/Mandate.js'
import type { Module } from '../model/Module.js'
import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { ScenarioFile } from './ScenarioFile.js'

type PartyOut = ScenarioFile['parties'][number]
type IssueOut = ScenarioFile['issues'][number]
type MandateOut = NonNullable<PartyOut['mandate']>

const definedEntries = <V>(record: Readonly<Partial<Record<string, V>>>): [string, V][] =>
  Object.entries(record).filter((entry): entry is [string, V] => entry[1] !== undefined)

const unitsFile = (units: NonNullable<Scenario['units']>): NonNullable<ScenarioFile['units']> =>
  Object.fromEntries(
    Object.entries(units).map(([unit, names]) => [
      unit,
      { ...(names.nl === undefined ? {} : { nl: names.nl }), ...(names.en === undefined ? {} : { en: names.en }) },
    ]),
  )

type ModuleOut = NonNullable<IssueOut['module']>

const encodeModule = (module: Module): ModuleOut => {
  const affected = definedEntries(module.affected)
  return {
    fixedCost: module.fixedCost,
    members: module.members.map((m) => ({
      party: m.party,
      join: m.join,
      ...(m.host === undefined ? {} : { host: m.host }),
    })),
    ...(affected.length === 0 ? {} : { affected: Object.fromEntries(affected) }),
    ...(module.hosts === undefined ? {} : { hosts: [...module.hosts] }),
    minMembers: module.minMembers,
    ...(module.maxMembers === undefined ? {} : { maxMembers: module.maxMembers }),
  }
}

// A module's options and its parties' values are built from its terms: only the terms are written.
const encodeModuleIssue = (issue: Issue, module: Module): IssueOut => ({
  id: issue.id,
  name: issue.name,
  domain: issue.domain,
  kind: 'module',
  ...(issue.unit === undefined ? {} : { unit: issue.unit }),
  stakeholders: [...issue.stakeholders],
  module: encodeModule(module),
})

const encodeIssue = (issue: Issue): IssueOut =>
  issue.module !== undefined
    ? encodeModuleIssue(issue, issue.module)
    : {
        id: issue.id,
        name: issue.name,
        domain: issue.domain,
        kind: issue.kind,
        ...(issue.unit === undefined ? {} : { unit: issue.unit }),
        options: issue.options.map((o) => ({
          id: o.id,
          label: o.label,
          ...(o.quantity === undefined ? {} : { quantity: o.quantity }),
        })),
        stakeholders: [...issue.stakeholders],
      }

const encodeMandate = (mandate: Mandate): MandateOut | undefined => {
  const allowed = definedEntries(mandate.allowedOptions)
  const floors = definedEntries(mandate.minDomainGain)
  const out: MandateOut = {
    ...(mandate.redLines.length === 0
      ? {}
      : { redLines: mandate.redLines.map((r) => ({ issue: r.issue, option: r.option })) }),
    ...(allowed.length === 0
      ? {}
      : { allowedOptions: Object.fromEntries(allowed.map(([issue, ids]) => [issue, [...ids]])) }),
    ...(mandate.minGain === undefined ? {} : { minGain: mandate.minGain }),
    ...(floors.length === 0 ? {} : { minDomainGain: Object.fromEntries(floors) }),
    ...(mandate.maxPayment === undefined ? {} : { maxPayment: mandate.maxPayment }),
  }
  return Object.keys(out).length === 0 ? undefined : out
}

const encodeParty = (party: Party, issues: readonly Issue[]): PartyOut => {
  // In issue order, values in option order: the file reads like the issues list.
  const valuations = issues.flatMap((issue) => {
    // Own properties only: a scenario built by hand has plain records, where an issue called
    // "toString" would otherwise find Object.prototype.toString.
    const v = Object.hasOwn(party.valuations, issue.id) ? party.valuations[issue.id] : undefined
    return v === undefined || issue.module !== undefined
      ? []
      : [
          [
            issue.id,
            { stake: v.stake, values: Object.fromEntries(issue.options.map((o) => [o.id, v.values[o.id]!])) },
          ] as const,
        ]
  })
  const mandate = encodeMandate(party.mandate)
  return {
    id: party.id,
    name: party.name,
    kind: party.kind,
    ...(party.moneyValue === 0 ? {} : { moneyValue: party.moneyValue }),
    ...(party.reservationUtility === undefined ? {} : { reservationUtility: party.reservationUtility }),
    ...(party.lossBound === undefined ? {} : { lossBound: party.lossBound }),
    ...(party.weight === undefined ? {} : { weight: party.weight }),
    ...(valuations.length === 0 ? {} : { valuations: Object.fromEntries(valuations) }),
    ...(party.interactions.length === 0
      ? {}
      : {
          interactions: party.interactions.map((i) => ({
            between: [{ ...i.between[0] }, { ...i.between[1] }] as [
              { issue: string; option: string },
              { issue: string; option: string },
            ],
            value: i.value,
          })),
        }),
    ...(mandate === undefined ? {} : { mandate }),
  }
}

/**
 * The file form of a scenario: a plain object ready for `JSON.stringify` or YAML.
 *
 * @example
 * encodeScenario(scenario).issues[0].options // => [{ id: 'none', label: 'none' }, { id: 'via-b', label: 'via-b' }]: labels default to ids
 * decodeScenario(encodeScenario(scenario)) // => E.right(scenario)
 *
 * @category scenarioFile
 */
export const encodeScenario = (scenario: Scenario): ScenarioFile => ({
  version: scenario.version,
  name: scenario.name,
  ...(scenario.description === undefined ? {} : { description: scenario.description }),
  ...(scenario.notes.length === 0 ? {} : { notes: [...scenario.notes] }),
  ...(scenario.compensation === undefined ? {} : { compensation: { unit: scenario.compensation.unit } }),
  ...(scenario.units === undefined ? {} : { units: unitsFile(scenario.units) }),
  domains: scenario.domains.map((d) => ({ id: d.id, name: d.name })),
  issues: scenario.issues.map(encodeIssue),
  parties: scenario.parties.map((p) => encodeParty(p, scenario.issues)),
  // An issue without a status quo is written as null, so that reading the file back says so.
  statusQuo: Object.fromEntries(
    scenario.issues.map((issue) => [issue.id, scenario.statusQuo.choices[issue.id] ?? null]),
  ),
  ...(scenario.targets === undefined || scenario.targets.length === 0
    ? {}
    : {
        targets: scenario.targets.map((t) => ({
          id: t.id,
          name: t.name,
          sum: t.terms.map((term) => ({ issue: term.issue, weight: term.weight })),
          ...(t.atLeast === undefined ? {} : { atLeast: t.atLeast }),
          ...(t.atMost === undefined ? {} : { atMost: t.atMost }),
        })),
      }),
})
