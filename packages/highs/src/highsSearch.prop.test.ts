import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkDeal,
  exhaustive,
  type Objective,
  type Scenario,
  type SearchConstraints,
  type SearchOptions,
  type SearchResult,
  type Search,
} from 'mandjes'
import { constraintViolations } from 'mandjes/engine'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { hidesInMargin } from '../test/hidesInMargin.js'
import { highsSearch } from './highsSearch.js'
import { loadHighs } from './loadHighsSearch.js'

// The WASM module loads once for the whole file (about 70 ms).
let search: Search
beforeAll(async () => {
  search = highsSearch(await loadHighs())
})

const objectiveArb: fc.Arbitrary<Objective | readonly Objective[]> = fc.constantFrom<Objective | readonly Objective[]>(
  'sum',
  'maxmin',
  'fewest',
  ['maxmin', 'fewest'],
  ['fewest', 'sum'],
)

const constraintsArb = (s: Scenario): fc.Arbitrary<SearchConstraints> => {
  const issues = s.issues.map((i) => i.id)
  const parties = s.parties.map((p) => p.id)
  const options = s.issues.flatMap((i) => i.options.map((o) => ({ issue: i.id, option: o.id })))
  return fc.record(
    {
      maxChanges: fc.integer({ min: 0, max: 3 }),
      mustChange: fc.subarray(issues, { maxLength: 1 }),
      offTable: fc.subarray(issues, { maxLength: 1 }),
      excludedOptions: fc.subarray(options, { maxLength: Math.min(2, options.length) }),
      mustInclude: fc.subarray(parties, { maxLength: 1 }),
      mustExclude: fc.subarray(parties, { maxLength: 1 }),
      minDomains: fc.integer({ min: 1, max: 2 }),
    },
    { requiredKeys: [] },
  )
}

const caseArb = (arb: fc.Arbitrary<Scenario>, withConstraints: boolean) =>
  arb.chain((scenario) =>
    fc.record({
      scenario: fc.constant(scenario),
      objective: objectiveArb,
      gainRule: fc.constantFrom('strict' as const, 'nonNegative' as const),
      constraints: withConstraints ? constraintsArb(scenario) : fc.constant({}),
    }),
  )

const valueOf = (r: SearchResult): readonly number[] | undefined => (r._tag === 'Optimal' ? r.best.value : undefined)

/** Runs both searches and checks every law this file is about. */
const agrees = ({
  scenario,
  objective,
  gainRule,
  constraints,
}: {
  scenario: Scenario
  objective: Objective | readonly Objective[]
  gainRule: 'strict' | 'nonNegative'
  constraints: SearchConstraints
}) => {
  const options: SearchOptions = { objective, constraints, rules: { gainRule }, payments: false }
  const ours = search(scenario, options)
  const oracle = exhaustive(scenario, options)
  if (ours._tag === 'Optimal') {
    const check = checkDeal(scenario, ours.best.deal, { gainRule })
    expect(check.flaws).toEqual([])
    expect(constraintViolations(scenario, ours.best.deal, check.changes, check.participants, constraints)).toEqual([])
  }
  if (oracle._tag === 'Optimal' && hidesInMargin(scenario, oracle.best, gainRule)) {
    // Out of reach by design: highsSearch may find a worse deal or none, never a better one.
    if (ours._tag === 'Optimal') expect(ours.best.value[0]!).toBeLessThanOrEqual(oracle.best.value[0]! + 1e-9)
    return
  }
  expect(ours._tag).toBe(oracle._tag)
  if (ours._tag === 'Optimal') {
    const expected = valueOf(oracle)!
    ours.best.value.forEach((v, k) => {
      if (expected[k] === -Infinity) expect(v).toBe(-Infinity)
      else expect(v).toBeCloseTo(expected[k]!, 6)
      expect(ours.bound[k]!).toBeGreaterThanOrEqual(v)
    })
  }
  if (ours._tag === 'NoDeal' && oracle._tag === 'NoDeal') {
    expect(ours.certificate.binding).toEqual(oracle.certificate.binding)
  }
}

describe('highsSearch', () => {
  it('finds a deal exactly as good as the exhaustive oracle, or proves with it that none exists', () => {
    fc.assert(
      fc.property(
        caseArb(
          scenarioArb({
            maxIssues: 4,
            maxOptions: 3,
            maxParties: 4,
            interactions: true,
            reservations: true,
            partialStakeholders: true,
          }),
          false,
        ),
        agrees,
      ),
      { numRuns: 200 },
    )
  })

  it('agrees with the oracle under mandates (red lines, allowed options, minimum and domain gains)', () => {
    fc.assert(
      fc.property(
        caseArb(scenarioArb({ maxIssues: 4, maxOptions: 3, mandates: true, reservations: true }), false),
        agrees,
      ),
      { numRuns: 200 },
    )
  })

  it('agrees with the oracle under search constraints, including which constraints bind a deadlock', () => {
    fc.assert(
      fc.property(
        caseArb(scenarioArb({ maxIssues: 4, maxOptions: 3, maxDomains: 3, partialStakeholders: true }), true),
        agrees,
      ),
      { numRuns: 200 },
    )
  })

  it('agrees with the oracle on real-valued utilities', () => {
    fc.assert(
      fc.property(
        caseArb(scenarioArb({ maxIssues: 4, maxOptions: 3, realValues: true, interactions: true }), false),
        agrees,
      ),
      { numRuns: 80 },
    )
  })
})
