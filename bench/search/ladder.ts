/**
 * Reads the benchmark ladder (GeniusWeb folders under bench/scenarios) straight into
 * scenarios, without the scenario-file decoder, for search measurements. Each profile is a
 * party: issue weights become stakes, value utilities become valuations, and the shared
 * reservation bid becomes the status quo.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Scenario } from '../../packages/core/src/model/Scenario.js'
import type { Party, PartyId } from '../../packages/core/src/model/Party.js'
import type { IssueId, OptionId } from '../../packages/core/src/model/Issue.js'
import type { DomainId } from '../../packages/core/src/model/PolicyDomain.js'

interface Profile {
  readonly LinearAdditiveUtilitySpace: {
    readonly name: string
    readonly issueUtilities: Record<string, { discreteutils: { valueUtilities: Record<string, number> } }>
    readonly issueWeights: Record<string, number>
    readonly reservationBid: { issuevalues: Record<string, string> }
  }
}

export const ladderRoot = new URL('../scenarios/', import.meta.url).pathname

export const ladderNames = (): string[] =>
  readdirSync(ladderRoot)
    .filter((n) => /^s\d+/.test(n))
    .sort()

export const loadLadder = (name: string): Scenario => {
  const dir = join(ladderRoot, name)
  const domain = JSON.parse(readFileSync(join(dir, 'domain.json'), 'utf8')) as {
    issuesValues: Record<string, { values: string[] }>
  }
  const files = readdirSync(dir)
    .filter((f) => /^p\d+\.json$/.test(f))
    .sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)))
  const profiles = files.map(
    (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile).LinearAdditiveUtilitySpace,
  )
  const issueIds = Object.keys(domain.issuesValues)
  const general = 'general' as DomainId
  const parties: Party[] = profiles.map((u) => ({
    id: u.name as PartyId,
    name: u.name,
    kind: 'municipality',
    interactions: [],
    moneyValue: 0,
    mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
    valuations: Object.fromEntries(
      issueIds.map((i) => [
        i,
        {
          stake: u.issueWeights[i] ?? 0,
          values: u.issueUtilities[i]!.discreteutils.valueUtilities as Record<OptionId, number>,
        },
      ]),
    ),
  }))
  return {
    version: 1,
    name,
    notes: ['benchmark ladder, read directly from GeniusWeb profiles'],
    parties,
    domains: [{ id: general, name: 'general' }],
    issues: issueIds.map((i) => ({
      id: i as IssueId,
      name: i,
      domain: general,
      kind: 'choice' as const,
      options: domain.issuesValues[i]!.values.map((o) => ({ id: o as OptionId, label: o })),
      stakeholders: parties.filter((p) => (p.valuations[i as IssueId]?.stake ?? 0) > 0).map((p) => p.id),
    })),
    statusQuo: { choices: profiles[0]!.reservationBid.issuevalues as Record<IssueId, OptionId>, payments: [] },
  }
}
