/**
 * Scenarios and helpers shared by the search tests: the source document's road-and-housing
 * package (derived from the one fixture, `roadAndHousing.ts`), and a seeded generator shaped like the benchmark ladder (every party values every
 * issue, the status quo is everyone's reservation) for sizes the oracle cannot handle.
 */
import type { Issue, IssueId, OptionId } from '../../core/src/model/Issue.js'
import type { Party, PartyId } from '../../core/src/model/Party.js'
import type { DomainId } from '../../core/src/model/PolicyDomain.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { RandomStream, rngFromSeed } from '../../core/src/internal/random.js'
import { checkDeal } from '../../core/src/evaluate/checkDeal.js'
import { constraintViolations } from '../../core/src/search/constraints.js'
import fc from 'fast-check'
import { decoded, roadAndHousingPairFile } from './roadAndHousing.js'
import type { RankedDeal, SearchConstraints, SearchOptions, SearchResult } from '../../core/src/search/Search.js'

const open = { redLines: [], allowedOptions: {}, minDomainGain: {} }
export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const province = 'province' as PartyId
export const road = 'road' as IssueId
export const housing = 'housing' as IssueId
export const pool = 'pool' as IssueId

/**
 * The two-option road and housing of `roadAndHousing.ts` with what the search tests need on
 * top: a swimming-pool question as a third issue where every change hurts one of A and B (so
 * the search must see that leaving it alone is best), and the province in place of the
 * watcher C, valuing the road a little (0.5) and so having a say on it (a third party whose
 * gain is neither 0 nor the others'). Numbers invented for the test.
 */
export const roadAndHousing: Scenario = decoded({
  ...roadAndHousingPairFile,
  name: 'road and housing',
  domains: [...roadAndHousingPairFile.domains, { id: 'amenities' }],
  issues: [
    ...roadAndHousingPairFile.issues,
    { id: 'pool', domain: 'amenities', options: ['both', 'close-a', 'close-b'] },
  ],
  parties: [
    ...roadAndHousingPairFile.parties.flatMap((p) =>
      p.id === 'C'
        ? []
        : [
            {
              ...p,
              valuations: {
                ...p.valuations,
                pool: {
                  stake: 1,
                  values:
                    p.id === 'A' ? { both: 0, 'close-a': -2, 'close-b': 1 } : { both: 0, 'close-a': 1, 'close-b': -2 },
                },
              },
            },
          ],
    ),
    { id: 'province', kind: 'province', valuations: { road: { stake: 1, values: { none: 0, 'via-b': 0.5 } } } },
  ],
  statusQuo: { ...roadAndHousingPairFile.statusQuo, pool: 'both' },
})

/**
 * A random scenario shaped like the benchmark ladder: every party values every issue with
 * weights summing to 1 and option values in [0, 1], one shared status quo.
 */
export const ladderLike = (seed: number, parties: number, issues: number, options: number): Scenario => {
  const random = new RandomStream(rngFromSeed(seed))
  const general = 'general' as DomainId
  const issueIds = Array.from({ length: issues }, (_, i) => `i${i}` as IssueId)
  const optionIds = Array.from({ length: options }, (_, k) => `o${k}` as OptionId)
  const partyList: Party[] = Array.from({ length: parties }, (_, p) => {
    const raw = issueIds.map(() => random.next() + 0.01)
    const total = raw.reduce((s, x) => s + x, 0)
    return {
      id: `p${p}` as PartyId,
      name: `p${p}`,
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: open,
      valuations: Object.fromEntries(
        issueIds.map((id, i) => [
          id,
          { stake: raw[i]! / total, values: Object.fromEntries(optionIds.map((oid) => [oid, random.next()])) },
        ]),
      ),
    }
  })
  const issueList: Issue[] = issueIds.map((id) => ({
    id,
    name: id,
    domain: general,
    kind: 'choice',
    options: optionIds.map((oid) => ({ id: oid, label: oid })),
    stakeholders: partyList.map((p) => p.id),
  }))
  return {
    version: 1,
    name: `ladder-like ${seed}`,
    notes: [],
    parties: partyList,
    domains: [{ id: general, name: 'general' }],
    issues: issueList,
    statusQuo: {
      choices: Object.fromEntries(issueIds.map((id) => [id, optionIds[random.int(options)]!])),
      payments: [],
    },
  }
}

/** The best deal of a result, if any. */
export const bestOf = (result: SearchResult): RankedDeal | undefined =>
  result._tag === 'Optimal'
    ? result.best
    : result._tag === 'BudgetExhausted' && result.best._tag === 'Some'
      ? result.best.value
      : undefined

/** Whether a returned deal is valid and keeps the search's constraints (law 1). */
export const isSound = (scenario: Scenario, options: SearchOptions, ranked: RankedDeal): boolean => {
  const check = checkDeal(scenario, ranked.deal, options.rules)
  return (
    check.valid &&
    constraintViolations(scenario, ranked.deal, check.changes, check.participants, options.constraints ?? {}).length ===
      0
  )
}

/** Random search constraints over a scenario's own issues, options and parties. */
export const constraintsArb = (scenario: Scenario): fc.Arbitrary<SearchConstraints> => {
  const issueIds = scenario.issues.map((i) => i.id)
  const partyIds = scenario.parties.map((p) => p.id)
  const optionRefs = scenario.issues.flatMap((i) => i.options.map((opt) => ({ issue: i.id, option: opt.id })))
  return fc
    .record(
      {
        maxChanges: fc.integer({ min: 0, max: issueIds.length }),
        mustChange: fc.subarray(issueIds, { maxLength: Math.min(2, issueIds.length) }),
        offTable: fc.subarray(issueIds, { maxLength: Math.min(2, issueIds.length) }),
        excludedOptions: fc.subarray(optionRefs, { maxLength: Math.min(3, optionRefs.length) }),
        mustInclude: fc.subarray(partyIds, { maxLength: Math.min(2, partyIds.length) }),
        mustExclude: fc.subarray(partyIds, { maxLength: 1 }),
        minDomains: fc.integer({ min: 0, max: 3 }),
      },
      { requiredKeys: [] },
    )
    .map((c) => c as SearchConstraints)
}
