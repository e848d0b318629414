import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { gainOf } from '../evaluate/gainOf.js'
import { dealFrom } from '../evaluate/changesOf.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { roadAndHousingFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { encodeScenario } from './encodeScenario.js'

const decoded = (raw: unknown): Scenario => {
  const result = decodeScenario(raw)
  if (E.isLeft(result)) throw new Error(`expected a scenario, got ${JSON.stringify(result.left, null, 1)}`)
  return result.right
}

describe('decodeScenario on a valid file', () => {
  const scenario = decoded(roadAndHousingFile())
  const issue = (id: string) => scenario.issues.find((i) => i.id === id)!
  const party = (id: string) => scenario.parties.find((p) => p.id === id)!

  it('turns a quantity range into one option per step, with the quantity as id and label', () => {
    expect(issue('homes-a').options).toEqual([
      { id: '0', label: '0 homes', quantity: 0 },
      { id: '250', label: '250 homes', quantity: 250 },
      { id: '500', label: '500 homes', quantity: 500 },
      { id: '750', label: '750 homes', quantity: 750 },
      { id: '1000', label: '1000 homes', quantity: 1000 },
    ])
  })

  it('reads plain texts as options whose label is their id', () => {
    expect(issue('housing').options).toEqual([
      { id: 'none', label: 'none' },
      { id: 'west', label: 'west' },
      { id: 'east', label: 'east' },
    ])
  })

  it('turns a linear valuation into a value per quantity', () => {
    expect(party('A').valuations['homes-a' as never]).toEqual({
      stake: 1,
      values: { 0: 0, 250: 1, 500: 2, 750: 3, 1000: 4 },
    })
  })

  it('reads a status quo option written as a number as the option with that id', () => {
    expect(scenario.statusQuo.choices['homes-a' as never]).toBe('500')
  })

  it('makes every party that values an issue, or whose mandate names it, a stakeholder', () => {
    // C does not value the road but its council drew a red line on it, so C can block it.
    expect(issue('road').stakeholders).toEqual(['A', 'B', 'C'])
    expect(issue('homes-a').stakeholders).toEqual(['A'])
  })

  it('keeps the stakeholders a file lists, in its order', () => {
    const file = roadAndHousingFile()
    file.issues[0].stakeholders = ['B', 'A']
    expect(decoded(file).issues[0]!.stakeholders).toEqual(['B', 'A'])
  })

  it('fills in defaults: party kind municipality, money value 0, names from ids, issue kind choice', () => {
    expect(party('B')).toMatchObject({ kind: 'municipality', moneyValue: 0 })
    expect(party('C').moneyValue).toBe(0)
    expect(issue('housing').kind).toBe('choice')
    const file = roadAndHousingFile()
    delete file.domains[0].name
    delete file.parties[0].name
    expect(decoded(file).domains[0]!.name).toBe('mobility')
    expect(decoded(file).parties[0]!.name).toBe('A')
  })

  it('leaves out what the file leaves out: no reservation utility, no minimum gain', () => {
    expect('reservationUtility' in party('A')).toBe(false)
    expect('minGain' in party('A').mandate).toBe(false)
    expect(party('B').mandate).toEqual({
      redLines: [],
      allowedOptions: {},
      minDomainGain: {},
      minGain: 0.5,
      maxPayment: 3,
    })
  })

  it('gives the gains the file describes: A gains from its homes, loses on the road', () => {
    const deal = dealFrom(scenario, { road: 'via-b', 'homes-a': '1000' })
    // A: road 1 × (−1 − 0) = −1; homes 1 × (4 − 2) = +2; interaction +1. B: road 2 × (2 − 0) = 4.
    expect(gainOf(scenario, 'A' as PartyId, deal)).toBeCloseTo(2, 12)
    expect(gainOf(scenario, 'B' as PartyId, deal)).toBeCloseTo(4, 12)
  })

  it('accepts a $schema key for editors and ignores it', () => {
    expect(decoded({ $schema: './scenario.schema.json', ...roadAndHousingFile() })).toEqual(scenario)
  })

  it('builds records with no prototype, so an id like "toString" finds nothing it should not', () => {
    expect(party('B').valuations['toString' as never]).toBeUndefined()
    expect(Object.getPrototypeOf(party('A').valuations)).toBeNull()
  })

  it('reads back exactly what encodeScenario writes', () => {
    expect(decoded(encodeScenario(scenario))).toEqual(scenario)
  })

  it('encodes options explicitly and leaves out defaults that cannot change the scenario', () => {
    const file = encodeScenario(scenario)
    expect(file.issues[1]!.options).toEqual([
      { id: 'none', label: 'none' },
      { id: 'west', label: 'west' },
      { id: 'east', label: 'east' },
    ])
    expect(file.parties[1]).not.toHaveProperty('moneyValue')
    expect(file.parties[1]).not.toHaveProperty('interactions')
    expect(file.statusQuo).toEqual({ road: 'none', housing: 'none', 'homes-a': '500' })
  })
})

describe('decodeScenario: unit names for notes', () => {
  it('keeps the names of units per language, and writes them back', () => {
    const file = { ...roadAndHousingFile(), units: { homes: { nl: 'woningen', en: 'homes' } } }
    const scenario = decoded(file)
    expect(scenario.units).toEqual({ homes: { nl: 'woningen', en: 'homes' } })
    expect(decoded(encodeScenario(scenario))).toEqual(scenario)
  })

  it('reports a unit that no issue uses, with the likely one', () => {
    const result = decodeScenario({ ...roadAndHousingFile(), units: { hoems: { nl: 'woningen' } } })
    expect(E.isLeft(result) && result.left).toEqual([
      {
        code: 'unknownUnit',
        path: ['units', 'hoems'],
        message:
          'no issue and no compensation uses the unit "hoems"; write the unit exactly as the issues do, or remove it.',
        suggestion: 'homes',
      },
    ])
  })
})
