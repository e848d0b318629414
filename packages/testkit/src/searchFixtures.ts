/**
 * Scenarios and helpers shared by the search tests: the source document's road-and-housing
 * package, and a seeded generator shaped like the benchmark ladder (every party values every
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
import type { RankedDeal, SearchConstraints, SearchOptions, SearchResult } from '../../core/src/search/Search.js'

const o = (s: string) => s as OptionId
export const A = 'A' as PartyId
export const B = 'B' as PartyId
export const province = 'province' as PartyId
export const road = 'road' as IssueId
export const housing = 'housing' as IssueId
export const pool = 'pool' as IssueId
const mobility = 'mobility' as DomainId
const wonen = 'housing' as DomainId
const amenities = 'amenities' as DomainId
const open = { redLines: [], allowedOptions: {}, minDomainGain: {} }

/**
 * The source document's example. A would lose by the road B wants (noise, a barrier in the
 * landscape); B would lose by dropping its housing location for A's. The swimming-pool
 * question is a third issue where every change hurts one of them. The province values the
 * road a little and has a say on it. Numbers invented for the test.
 */
export const roadAndHousing: Scenario = {
  version: 1,
  name: 'road and housing',
  notes: ['invented valuations for the source document example'],
  domains: [
    { id: mobility, name: 'Mobility' },
    { id: wonen, name: 'Housing' },
    { id: amenities, name: 'Amenities' },
  ],
  issues: [
    {
      id: road,
      name: 'Road to B',
      domain: mobility,
      kind: 'choice',
      options: [
        { id: o('none'), label: 'no road' },
        { id: o('built'), label: 'road built' },
      ],
      stakeholders: [A, B, province],
    },
    {
      id: housing,
      name: 'Housing location',
      domain: wonen,
      kind: 'choice',
      options: [
        { id: o('b-site'), label: "B's location" },
        { id: o('a-site'), label: "A's location" },
      ],
      stakeholders: [A, B],
    },
    {
      id: pool,
      name: 'Swimming pool',
      domain: amenities,
      kind: 'choice',
      options: [
        { id: o('both'), label: 'both stay open' },
        { id: o('close-a'), label: "close A's" },
        { id: o('close-b'), label: "close B's" },
      ],
      stakeholders: [A, B],
    },
  ],
  parties: [
    {
      id: A,
      name: 'Municipality A',
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: open,
      valuations: {
        [road]: { stake: 1, values: { [o('none')]: 0, [o('built')]: -1 } },
        [housing]: { stake: 1, values: { [o('b-site')]: 0, [o('a-site')]: 2 } },
        [pool]: { stake: 1, values: { [o('both')]: 0, [o('close-a')]: -2, [o('close-b')]: 1 } },
      },
    },
    {
      id: B,
      name: 'Municipality B',
      kind: 'municipality',
      moneyValue: 0,
      interactions: [],
      mandate: open,
      valuations: {
        [road]: { stake: 1, values: { [o('none')]: 0, [o('built')]: 3 } },
        [housing]: { stake: 1, values: { [o('b-site')]: 0, [o('a-site')]: -1 } },
        [pool]: { stake: 1, values: { [o('both')]: 0, [o('close-a')]: 1, [o('close-b')]: -2 } },
      },
    },
    {
      id: province,
      name: 'Province',
      kind: 'province',
      moneyValue: 0,
      interactions: [],
      mandate: open,
      valuations: { [road]: { stake: 1, values: { [o('none')]: 0, [o('built')]: 0.5 } } },
    },
  ],
  statusQuo: { choices: { [road]: o('none'), [housing]: o('b-site'), [pool]: o('both') }, payments: [] },
}

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
