import { describe, expect, it } from 'vitest'
import {
  diagnose,
  findDeal,
  parseScenarioText,
  resume,
  simulate,
  type IssueId,
  type OptionId,
  type PartyId,
  type Scenario,
} from '../index.js'
import { scaleParty, allMediators } from '../engine.js'
import { scenarioSurvives } from '@mandjes/testkit/readerLaw.js'
import { restrictScenario } from './restrictScenario.js'

// Every id is a name Object.prototype has; B and C value one issue each, so a lookup of the
// other issue on a record with a prototype would find a function instead of nothing.
const text = `
version: 1
name: prototype ids
domains: [{ id: toString, name: Wonen }, { id: valueOf, name: Mobiliteit }]
issues:
  - { id: toString, name: road, domain: valueOf, options: [{ id: keep, label: none }, { id: isPrototypeOf, label: through }] }
  - { id: valueOf, name: housing, domain: toString, options: [{ id: toString, label: b }, { id: valueOf, label: a }] }
parties:
  - id: hasOwnProperty
    name: A
    kind: municipality
    valuations:
      toString: { stake: 2, values: { keep: 0, isPrototypeOf: -1 } }
      valueOf: { stake: 3, values: { toString: 0, valueOf: 1 } }
    mandate: { minDomainGain: { toString: 0 } }
  - id: toString
    name: B
    kind: municipality
    valuations: { toString: { stake: 3, values: { keep: 0, isPrototypeOf: 1 } } }
  - id: valueOf
    name: C
    kind: municipality
    valuations: { valueOf: { stake: 2, values: { toString: 0, valueOf: 0.5 } } }
statusQuo: { toString: keep, valueOf: toString }
`
const read = parseScenarioText(text, { file: 'ids.yaml' })
const scenario = read._tag === 'Right' ? read.right : (undefined as unknown as Scenario)
const protoOf = (x: object) => Object.getPrototypeOf(x)

describe('ids that are names of Object.prototype (regression: simulate threw a TypeError in compile)', () => {
  it('is accepted by the reader and a deal is found', () => {
    expect(read._tag).toBe('Right')
    expect(findDeal(scenario)._tag).toBe('Optimal')
  })

  it.each(allMediators.map((m) => [JSON.stringify(m), m] as const))(
    'simulates with %s, also with noise and elections, and resumes from JSON',
    (_, mediator) => {
      for (const settings of [
        { mediator },
        {
          mediator,
          information: {
            transparency: { _tag: 'noisy' as const, sd: 0.3 },
            alternativesPrepared: 1,
            learnFromRejections: true,
          },
          elections: { every: 2, stakeShift: 0.5 },
        },
      ]) {
        const whole = simulate(scenario, { ...settings, seed: 3, rounds: 6 })
        expect(Object.values(whole.gains).every(Number.isFinite)).toBe(true)
        const half = simulate(scenario, { ...settings, seed: 3, rounds: 6, stopAt: 3 })
        const again = resume(scenario, JSON.parse(JSON.stringify(half.state)), { ...settings, rounds: 6 })
        expect(again.state).toEqual(whole.state)
      }
    },
  )

  it('survives every stage of the reader law, diagnose included, with a deal and without one', () => {
    const noDeal: Scenario = {
      ...scenario,
      parties: scenario.parties.map((p, k) => (k === 0 ? { ...p, mandate: { ...p.mandate, minGain: 100 } } : p)),
    }
    expect(findDeal(noDeal)._tag).toBe('NoDeal')
    expect(() => scenarioSurvives(scenario)).not.toThrow()
    expect(() => scenarioSurvives(noDeal)).not.toThrow()
    // Without a time limit every remedy is tried on these ids (it threw in firmness and newOption).
    const diagnosis = diagnose(noDeal, { monteCarlo: { samples: 50, seed: 1 } })
    expect(diagnosis.complete).toBe(true)
    expect(diagnosis.remedies.length).toBeGreaterThan(0)
    expect(diagnose(scenario, { monteCarlo: { samples: 50, seed: 1 } }).firmness?.probability).toBeGreaterThan(0)
  })

  it('builds prototype-free records in every transform', () => {
    const scaled = scaleParty(scenario, 'hasOwnProperty' as PartyId, 3)
    expect(protoOf(scaled.parties[0]!.valuations)).toBe(null)
    expect(protoOf(scaled.parties[0]!.mandate.minDomainGain)).toBe(null)
    expect(scaled.parties[1]!.valuations['valueOf' as IssueId]).toBeUndefined()
    const restricted = restrictScenario(scenario, ['valueOf' as IssueId], {
      ['valueOf' as IssueId]: ['toString', 'valueOf'] as OptionId[],
    } as Record<IssueId, OptionId[]>)
    expect(protoOf(restricted.parties[1]!.valuations)).toBe(null)
    expect(protoOf(restricted.parties[0]!.mandate.allowedOptions)).toBe(null)
    expect(protoOf(restricted.statusQuo.choices)).toBe(null)
    expect(restricted.parties[1]!.valuations['toString' as IssueId]).toBeUndefined()
  })
})
