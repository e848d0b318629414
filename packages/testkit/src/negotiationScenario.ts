/**
 * A seeded random regional negotiation for simulation tests and benchmarks: municipalities
 * that each care about a subset of the issues (so coalitions differ per issue), option values
 * in [0, 1] with a random status quo, stakes between 0.5 and 3. Ids are minted here, as in the
 * arbitraries. Not part of the public API.
 */
import type { Deal } from '../../core/src/model/Deal.js'
import type { Issue, IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Party, PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import type { Valuation } from '../../core/src/model/Valuation.js'
import { RandomStream, rngFromSeed } from '../../core/src/internal/random.js'

export interface NegotiationScenarioOptions {
  readonly parties: number
  readonly issues: number
  readonly options?: number
  readonly domains?: number
  /** Chance that a party has a stake in an issue. Default 0.4. */
  readonly care?: number
  /** Add one interaction term per party (a road and the location it serves). */
  readonly interactions?: boolean
  readonly seed: number
}

/** A random scenario, the same for the same options on any machine. */
export const negotiationScenario = (options: NegotiationScenarioOptions): Scenario => {
  const { parties: n, issues: m, options: k = 4, domains: dCount = 4, care = 0.4 } = options
  const random = new RandomStream(rngFromSeed(options.seed))
  const domainIds = Array.from({ length: dCount }, (_, d) => `d${d}` as DomainId)
  const partyIds = Array.from({ length: n }, (_, p) => `p${p}` as PartyId)
  const optionIds = Array.from({ length: k }, (_, o) => `o${o}` as OptionId)
  const issueIds = Array.from({ length: m }, (_, i) => `i${i}` as IssueId)
  const cares = partyIds.map(() => issueIds.map(() => random.next() < care))
  // Every issue needs at least two stakeholders to be a negotiation at all.
  issueIds.forEach((_, i) => {
    while (cares.filter((row) => row[i]).length < 2) cares[random.int(n)]![i] = true
  })
  const parties: Party[] = partyIds.map((id, p) => {
    const valuations: Partial<Record<IssueId, Valuation>> = {}
    issueIds.forEach((issue, i) => {
      if (!cares[p]![i]) return
      const values = Object.fromEntries(optionIds.map((o) => [o, Math.round(random.next() * 100) / 100])) as Record<
        OptionId,
        number
      >
      valuations[issue] = { stake: 0.5 + Math.round(random.next() * 25) / 10, values }
    })
    const mine = issueIds.filter((_, i) => cares[p]![i])
    const interactions =
      options.interactions && mine.length >= 2
        ? [
            {
              between: [
                { issue: mine[0]!, option: optionIds[random.int(k)]! },
                { issue: mine[1]!, option: optionIds[random.int(k)]! },
              ] as const,
              value: 0.5,
            },
          ]
        : []
    return {
      id,
      name: `Gemeente ${p}`,
      kind: 'municipality',
      valuations,
      interactions,
      mandate: { redLines: [], allowedOptions: {}, minDomainGain: {} },
      moneyValue: 0,
    }
  })
  const issues: Issue[] = issueIds.map((id, i) => ({
    id,
    name: `Opgave ${i}`,
    domain: domainIds[i % dCount]!,
    kind: 'choice',
    options: optionIds.map((o) => ({ id: o, label: o })),
    stakeholders: partyIds.filter((_, p) => cares[p]![i]),
  }))
  const statusQuo: Deal = {
    choices: Object.fromEntries(issueIds.map((id) => [id, optionIds[random.int(k)]!])) as Deal['choices'],
    payments: [],
  }
  return {
    version: 1,
    name: `random negotiation (${n} parties, ${m} issues, seed ${options.seed})`,
    notes: ['Generated at random for tests and benchmarks.'],
    parties,
    domains: domainIds.map((id) => ({ id, name: id })),
    issues,
    statusQuo,
  }
}
