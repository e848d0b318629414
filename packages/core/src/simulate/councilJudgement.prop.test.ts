import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { gainOf } from '../evaluate/gainOf.js'
import { councilVerdict } from './councilJudgement.js'
import { densePicture, gainsOfChanges, type DenseChange } from './densePicture.js'
import { defaultCouncilInterests, type Involvement } from './SimulationConfig.js'

/** A scenario, a set of changes on it, and council settings. */
const caseArb = simulationScenarioArb.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    picks: fc.tuple(...scenario.issues.map((issue) => fc.integer({ min: 0, max: issue.options.length - 1 }))),
    party: fc.integer({ min: 0, max: scenario.parties.length - 1 }),
    trust: fc.double({ min: 0, max: 1, noNaN: true }),
    involvement: fc.constantFrom<Involvement>('front', 'during', 'after'),
    localEmphasis: fc.constantFrom(0, 0.5, 3),
    latitude: fc.constantFrom(0, 0.1, 1),
    local: fc.subarray(scenario.issues.map((i) => i.id)),
  }),
)

const changesOf = (scenario: Scenario, picks: readonly number[]): DenseChange[] =>
  picks.flatMap((o, i) =>
    scenario.issues[i]!.options[o]!.id === scenario.statusQuo.choices[scenario.issues[i]!.id]
      ? []
      : [{ issue: i, option: o }],
  )

/** The oracle: the council's valuation as a scenario (local stakes scaled), and gainOf on it. */
const oracleGain = (
  scenario: Scenario,
  p: number,
  local: readonly IssueId[],
  emphasis: number,
  picks: readonly number[],
): number => {
  const party = scenario.parties[p]!
  const valuations = Object.fromEntries(
    Object.entries(party.valuations).map(([issue, v]) => [
      issue,
      local.includes(issue as IssueId) ? { ...v!, stake: v!.stake * (1 + emphasis) } : v,
    ]),
  )
  const council: Scenario = {
    ...scenario,
    parties: scenario.parties.map((q, k) => (k === p ? { ...q, valuations } : q)),
  }
  const choices: Record<IssueId, OptionId> = { ...scenario.statusQuo.choices }
  picks.forEach((o, i) => (choices[scenario.issues[i]!.id] = scenario.issues[i]!.options[o]!.id))
  return gainOf(council, party.id, { choices, payments: [] })
}

describe('councils judge a deal by their own interests', () => {
  it('their own gain is the gain by the executive valuation with the local issues weighted more (oracle)', () =>
    fc.assert(
      fc.property(caseArb, ({ scenario, picks, party, localEmphasis, local }) => {
        const dense = densePicture(scenario)
        const changes = changesOf(scenario, picks)
        const gain = gainsOfChanges(dense, changes)[party]!
        const verdict = councilVerdict(
          dense,
          party,
          changes,
          gain,
          0.5,
          'during',
          { ...defaultCouncilInterests, localEmphasis },
          { localIssues: local },
        )
        expect(verdict.councilGain).toBeCloseTo(oracleGain(scenario, party, local, localEmphasis, picks), 9)
        // Without emphasis the council weighs as its executive does.
        expect(
          councilVerdict(
            dense,
            party,
            changes,
            gain,
            0.5,
            'during',
            { ...defaultCouncilInterests, localEmphasis: 0 },
            {},
          ).councilGain,
        ).toBeCloseTo(gain, 9)
      }),
      { numRuns: 300 },
    ))

  it('a council whose own valuation accepts a deal accepts it at any trust and involvement; its own red line it never accepts', () =>
    fc.assert(
      fc.property(caseArb, ({ scenario, picks, party, trust, involvement, localEmphasis, latitude }) => {
        const dense = densePicture(scenario)
        const changes = changesOf(scenario, picks)
        const gain = gainsOfChanges(dense, changes)[party]!
        const interests = { ...defaultCouncilInterests, localEmphasis, latitude }
        const verdict = councilVerdict(dense, party, changes, gain, trust, involvement, interests, {})
        if (verdict.councilGain >= -dense.c.tolerance) expect(verdict.accepts).toBe(true)
        expect(verdict.threshold).toBeLessThanOrEqual(0)
        if (changes.length === 0) return
        const first = changes[0]!
        const redLines = [
          { issue: dense.c.issueIds[first.issue]!, option: dense.c.optionIds[first.issue]![first.option]! },
        ]
        expect(councilVerdict(dense, party, changes, gain, trust, involvement, interests, { redLines }).accepts).toBe(
          false,
        )
      }),
      { numRuns: 300 },
    ))

  it('more trust and earlier involvement never make a council stricter', () =>
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ scenario, picks, party, trust, localEmphasis, latitude }, more) => {
          const dense = densePicture(scenario)
          const changes = changesOf(scenario, picks)
          const gain = gainsOfChanges(dense, changes)[party]!
          const interests = { ...defaultCouncilInterests, localEmphasis, latitude }
          const at = (t: number, inv: Involvement) =>
            councilVerdict(dense, party, changes, gain, t, inv, interests, {}).threshold
          for (const inv of ['front', 'during', 'after'] as const)
            expect(at(trust + (1 - trust) * more, inv)).toBeLessThanOrEqual(at(trust, inv) + 1e-12)
          expect(at(trust, 'front')).toBeLessThanOrEqual(at(trust, 'during') + 1e-12)
          expect(at(trust, 'during')).toBeLessThanOrEqual(at(trust, 'after') + 1e-12)
          // The stated hindermacht rule: a council informed only afterwards gets no latitude.
          expect(Math.abs(at(1, 'after'))).toBe(0)
        },
      ),
      { numRuns: 200 },
    ))
})
