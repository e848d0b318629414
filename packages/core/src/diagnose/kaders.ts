/**
 * The kaders of a scenario one by one: every item of every party's mandate that can keep a
 * deal out (a minimum gain, a domain floor, a red line, an option an allowed-options rule
 * keeps out), how to drop it, and how to name it. The payment cap is not listed: it only
 * limits payments, and the compensation remedy works within it.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { Scenario } from '../model/Scenario.js'
import { disallowedOptionsOf } from './allowOption.js'
import { redLinesOf } from './liftRedLine.js'
import { withAllowedOption, withDomainFloor, withMandate, withoutMinGain, withoutRedLine } from './relaxations.js'

/**
 * One kader of one party.
 * @category diagnose
 */
export type Kader =
  | { readonly kind: 'minGain'; readonly party: PartyId; readonly value: number }
  | { readonly kind: 'domainFloor'; readonly party: PartyId; readonly domain: DomainId; readonly value: number }
  | { readonly kind: 'redLine'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }
  | { readonly kind: 'notAllowed'; readonly party: PartyId; readonly issue: IssueId; readonly option: OptionId }

/**
 * Every kader of the scenario, party by party in scenario order: minimum gain, domain floors,
 * red lines, then kept-out options.
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * kadersOf(roadWithRedLine).map(kaderLabel) // => ['A: red line road = via-b']
 * @category diagnose
 */
export const kadersOf = (scenario: Scenario): readonly Kader[] => {
  const lines = redLinesOf(scenario)
  const kept = disallowedOptionsOf(scenario)
  return scenario.parties.flatMap((p): Kader[] => [
    ...(p.mandate.minGain === undefined ? [] : [{ kind: 'minGain' as const, party: p.id, value: p.mandate.minGain }]),
    ...(Object.entries(p.mandate.minDomainGain) as [DomainId, number | undefined][])
      .filter((e): e is [DomainId, number] => e[1] !== undefined)
      .map(([domain, value]) => ({ kind: 'domainFloor' as const, party: p.id, domain, value })),
    ...lines.filter((r) => r.party === p.id).map((r) => ({ kind: 'redLine' as const, ...r })),
    ...kept.filter((r) => r.party === p.id).map((r) => ({ kind: 'notAllowed' as const, ...r })),
  ])
}

/**
 * The scenario with one kader dropped: no minimum gain, no floor in that domain, the red line
 * lifted, the option admitted.
 * @example
 * withoutKader(scenario, { kind: 'redLine', party: 'A', issue: 'road', option: 'via-b' })
 * @category diagnose
 */
export const withoutKader = (scenario: Scenario, kader: Kader): Scenario =>
  withMandate(scenario, kader.party, (m) => {
    switch (kader.kind) {
      case 'minGain':
        return withoutMinGain(m)
      case 'domainFloor':
        return withDomainFloor(m, kader.domain, undefined)
      case 'redLine':
        return withoutRedLine(m, kader.issue, kader.option)
      case 'notAllowed':
        return withAllowedOption(m, kader.issue, kader.option)
    }
  })

/**
 * A kader in words, stable for JSON and tests: `A: minGain 1.3`, `A: minDomainGain housing 0`,
 * `A: red line road = via-b`, `B: allowed options on pool exclude close-tiel`.
 * @example
 * kaderLabel({ kind: 'minGain', party: 'A', value: 1.3 }) // => 'A: minGain 1.3'
 * @category diagnose
 */
export const kaderLabel = (kader: Kader): string => {
  switch (kader.kind) {
    case 'minGain':
      return `${kader.party}: minGain ${kader.value}`
    case 'domainFloor':
      return `${kader.party}: minDomainGain ${kader.domain} ${kader.value}`
    case 'redLine':
      return `${kader.party}: red line ${kader.issue} = ${kader.option}`
    case 'notAllowed':
      return `${kader.party}: allowed options on ${kader.issue} exclude ${kader.option}`
  }
}
