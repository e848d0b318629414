import { describe, expect, it } from 'vitest'
import { A, B, housing, road, roadAndHousing } from '@mandjes/testkit/simulationFixtures.js'
import type { OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { initialState } from './initialState.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate, type SimulateOptions } from './simulate.js'

/** The mandje (road via A for housing in A) plus a third option on each issue that everyone loses by. */
const withBadAlternatives = (): Scenario => {
  const base = roadAndHousing()
  const worse: Record<string, string> = { [road]: 'via-c', [housing]: 'in-c' }
  return {
    ...base,
    parties: base.parties.map((p) => ({
      ...p,
      valuations: {
        [road]: { ...p.valuations[road]!, values: { ...p.valuations[road]!.values, [worse[road]!]: -2 } },
        [housing]: { ...p.valuations[housing]!, values: { ...p.valuations[housing]!.values, [worse[housing]!]: -2 } },
      },
    })),
    issues: base.issues.map((i) => ({
      ...i,
      options: [...i.options, { id: worse[i.id]! as OptionId, label: 'worse' }],
    })),
  }
}

const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }
const seeds = Array.from({ length: 60 }, (_, k) => k + 1)

describe('civil servants preparing alternatives', () => {
  // A third of the alternatives prepared: one of two per issue, drawn per run.
  const settings: SimulateOptions = {
    rounds: 3,
    councils: trusting,
    information: { transparency: { _tag: 'full' }, alternativesPrepared: 0.5, learnFromRejections: true },
  }
  const scenario = withBadAlternatives()
  // A run where the civil servants prepared only the option everyone loses by on the road.
  const seed = seeds.find(
    (s) =>
      !initialState(scenario, simulationConfig(settings), s).information.prepared[road]!.includes('via-b' as OptionId),
  )!

  it('without freedom the mandje was never prepared, so nothing is agreed', () => {
    const result = simulate(scenario, { ...settings, seed })
    expect(result._tag).toBe('Stuck')
    expect(result.agreements).toEqual([])
  })

  // Runs after the one above, which left the same pictures with fewer prepared options in the
  // shared caches: this test also guards that a cached search is never reused for other options.
  it('with full freedom they prepare every alternative at the first meeting, and the mandje is made there', () => {
    const result = simulate(scenario, { ...settings, seed, civilServants: { freedom: 1 } })
    expect(result.events.filter((e) => e._tag === 'AlternativesPrepared').map((e) => e.round)).toContain(0)
    expect(result.agreements.map((a) => [a.round, a.changes])).toEqual([[0, { [road]: 'via-b', [housing]: 'west' }]])
  })
})

describe('the basiscoalitie and its secretary', () => {
  // A picture so noisy that the mediator misjudges the mandje, and no one explains a no at the table.
  const noisy: SimulateOptions = {
    rounds: 6,
    councils: trusting,
    information: { transparency: { _tag: 'noisy', sd: 3 }, alternativesPrepared: 1, learnFromRejections: false },
  }
  const scenario = roadAndHousing()
  const stuck = seeds.filter((s) => simulate(scenario, { ...noisy, seed: s, history: false })._tag === 'Stuck')

  it('some runs are stuck on a wrong picture without a basiscoalitie', () => {
    expect(stuck.length).toBeGreaterThan(0)
  })

  it('a secretary who knows the members facts makes the mandje in every one of them, at the first meeting', () => {
    for (const seed of stuck) {
      const result = simulate(scenario, { ...noisy, seed, basiscoalitie: { members: [A, B], secretary: 1 } })
      expect(result.agreements.map((a) => [a.round, a.changes])).toEqual([[0, { [road]: 'via-b', [housing]: 'west' }]])
    }
  })

  it('without the facts, the coalition sends back a package a member rejects and learns why', () => {
    const runs = stuck.map((seed) =>
      simulate(scenario, { ...noisy, seed, basiscoalitie: { members: [A, B], secretary: 0 } }),
    )
    const sentBack = runs.filter((r) =>
      r.events.some((e) => e._tag === 'ProposalVoided' && e.reason.startsWith('sent back by the basiscoalitie')),
    )
    expect(sentBack.length).toBeGreaterThan(0)
    for (const r of sentBack) {
      expect(r.events.some((e) => e._tag === 'InformationRevealed')).toBe(true)
      // A member's no is heard in the coalition, never at the table.
      for (const e of r.events)
        if (e._tag === 'Voted') expect(e.votes.filter((v) => !v.accepts).map((v) => v.party)).toEqual([])
    }
    // Learning in the coalition unsticks runs a table without explanations left stuck.
    expect(runs.filter((r) => r.agreements.length > 0).length).toBeGreaterThan(0)
  })
})
