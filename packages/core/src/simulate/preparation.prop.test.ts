import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settingsArb, simulationScenarioArb } from '@mandjes/testkit/simulationArbitraries.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { initialState } from './initialState.js'
import { simulationConfig } from './SimulationConfig.js'
import { simulate, type SimulateOptions } from './simulate.js'

const runArb = simulationScenarioArb.chain((s) =>
  fc.tuple(
    fc.constant(s),
    settingsArb(s),
    fc.integer({ min: 0, max: 1000 }),
    fc.subarray(s.parties.map((p) => p.id)),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
)

const subset = (
  a: Readonly<Record<string, readonly string[] | undefined>>,
  b: Readonly<Record<string, readonly string[] | undefined>>,
) => Object.entries(a).every(([k, xs]) => (xs ?? []).every((x) => (b[k] ?? []).includes(x)))

/** Runs without history, so only what the settings change can differ. */
const run = (scenario: Scenario, settings: SimulateOptions, seed: number) =>
  JSON.stringify(simulate(scenario, { ...settings, seed, history: false }).state)

describe('preparation: laws', () => {
  it('an empty basiscoalitie and civil servants without freedom change nothing', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, , q]) => {
        const plain = run(scenario, { ...settings, basiscoalitie: null, civilServants: null }, seed)
        expect(
          run(
            scenario,
            { ...settings, basiscoalitie: { members: [], secretary: q }, civilServants: { freedom: 0 } },
            seed,
          ),
        ).toBe(plain)
      }),
      { numRuns: 40 },
    ))

  it('a better secretary knows a superset of the members facts, all of them at quality 1, and nothing of others', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, members, q1, q2]) => {
        const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1]
        const known = (secretary: number) =>
          initialState(scenario, simulationConfig({ ...settings, basiscoalitie: { members, secretary } }), seed)
            .information.revealed
        expect(subset(known(lo), known(hi))).toBe(true)
        const all = known(1)
        for (const party of scenario.parties) {
          const valued = scenario.issues.filter((i) => party.valuations[i.id] !== undefined).map((i) => i.id)
          expect(all[party.id] ?? []).toEqual(members.includes(party.id) ? valued : [])
        }
      }),
      { numRuns: 60 },
    ))

  it('with a basiscoalitie no member ever votes no at the table, and a package sent back is never voted on', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, members, q]) => {
        const result = simulate(scenario, { ...settings, seed, basiscoalitie: { members, secretary: q } })
        const sentBack = new Set<number>()
        for (const e of result.events) {
          if (e._tag === 'ProposalVoided' && e.reason.startsWith('sent back by the basiscoalitie'))
            sentBack.add(e.proposal)
          if (e._tag !== 'Voted') continue
          expect(sentBack.has(e.proposal)).toBe(false)
          for (const v of e.votes) if (members.includes(v.party)) expect(v.accepts).toBe(true)
        }
      }),
      { numRuns: 40 },
    ))

  it('civil servants only ever add alternatives, and more freedom prepares a superset at the first meeting', () =>
    fc.assert(
      fc.property(runArb, ([scenario, settings, seed, , f1, f2]) => {
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1]
        const allAtZero = { ...settings, agenda: [] }
        const first = (freedom: number) =>
          simulate(scenario, { ...allAtZero, seed, stopAt: 1, civilServants: { freedom } }).events.flatMap((e) =>
            e._tag === 'AlternativesPrepared' && e.round === 0 ? e.options.map((o) => `${e.issue}:${o}`) : [],
          )
        const hiSet = new Set(first(hi))
        for (const x of first(lo)) expect(hiSet.has(x)).toBe(true)
        const result = simulate(scenario, { ...settings, seed, civilServants: { freedom: hi } })
        let prepared: Readonly<Record<IssueId, readonly OptionId[]>> = initialState(
          scenario,
          simulationConfig({ ...settings, civilServants: { freedom: hi } }),
          seed,
        ).information.prepared
        for (const e of result.events)
          if (e._tag === 'AlternativesPrepared')
            prepared = { ...prepared, [e.issue]: [...(prepared[e.issue] ?? []), ...e.options] }
        expect(subset(prepared, result.state.information.prepared)).toBe(true)
        expect(subset(result.state.information.prepared, prepared)).toBe(true)
      }),
      { numRuns: 40 },
    ))
})
