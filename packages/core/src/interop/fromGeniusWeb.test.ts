import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { domainJson, harbour, harbourFolder, profileJson } from '@mandjes/testkit/geniusWebFolder.js'
import { utilityOf } from '../evaluate/utilityOf.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { formatProblem, type Problem } from '../scenarioFile/Problem.js'
import { fromGeniusWeb } from './fromGeniusWeb.js'

const read = (files: Record<string, string>): Scenario => {
  const result = fromGeniusWeb(files)
  if (E.isLeft(result)) throw new Error(result.left.map((p) => formatProblem(p)).join('\n'))
  return result.right
}
const problems = (files: Record<string, string>): readonly Problem[] => {
  const result = fromGeniusWeb(files)
  if (E.isRight(result)) throw new Error('expected problems')
  return result.left
}
const lines = (files: Record<string, string>): string[] => problems(files).map((p) => formatProblem(p))
const deal = (choices: Record<string, string>) => ({ choices, payments: [] }) as unknown as Scenario['statusQuo']

describe('reading a GeniusWeb folder', () => {
  it('makes one party per profile, with weights as stakes and value utilities as values', () => {
    const scenario = read(harbourFolder())
    expect(scenario.name).toBe('harbour')
    expect(scenario.issues.map((i) => [i.id, i.options.map((o) => o.id)])).toEqual([
      ['quay', ['north', 'south', 'west']],
      ['contribution', ['0', '5', '10']],
    ])
    expect(scenario.parties.map((p) => p.id)).toEqual(['city', 'province'])
    expect(scenario.parties[0]!.valuations['quay' as IssueId]).toEqual({
      stake: 0.6,
      values: { north: 0.2, south: 1, west: 0 },
    })
    // The utility GeniusWeb computes: Σ weight × value utility.
    expect(utilityOf(scenario, 'city' as PartyId, deal({ quay: 'south', contribution: '5' }))).toBeCloseTo(
      0.6 * 1 + 0.4 * 0.5,
      15,
    )
    expect(utilityOf(scenario, 'province' as PartyId, deal({ quay: 'north', contribution: '10' }))).toBeCloseTo(
      0.25 + 0.75,
      15,
    )
  })

  it('takes the reservation bid every profile shares as the status quo', () => {
    const scenario = read(harbourFolder())
    expect(scenario.statusQuo.choices).toEqual({ quay: 'west', contribution: '10' })
    expect(scenario.parties.map((p) => p.reservationUtility)).toEqual([undefined, undefined])
    expect(scenario.notes).toContain('The status quo is the reservation bid every profile shares.')
  })

  it('gives each party the utility of its own reservation bid when the bids differ, and a status quo no party prefers to it', () => {
    const scenario = read(
      harbourFolder({
        city: { bid: { quay: 'north', contribution: '5' } },
        province: { bid: { quay: 'south', contribution: '5' } },
      }),
    )
    const [city, province] = scenario.parties
    expect(city!.reservationUtility).toBeCloseTo(0.6 * 0.2 + 0.4 * 0.5, 15)
    expect(province!.reservationUtility).toBeCloseTo(0.25 * 0.5 + 0.75 * 0.6, 15)
    // Reservations 0.32 and 0.575; west/5 is worth 0.2 and 0.45: 0.12 below the city's, the
    // largest excess of every outcome is smallest there (west/10 would put the province 0.175 above).
    expect(scenario.statusQuo.choices).toEqual({ quay: 'west', contribution: '5' })
    for (const p of scenario.parties)
      expect(utilityOf(scenario, p.id, scenario.statusQuo)).toBeLessThanOrEqual(p.reservationUtility!)
    expect(scenario.notes.at(-1)).toMatch(/No party prefers it to its reservation/)
  })

  it('treats a profile without reservation bid as accepting any agreement', () => {
    const scenario = read(harbourFolder({ city: { bid: undefined } }))
    expect(scenario.parties.map((p) => p.reservationUtility === undefined)).toEqual([true, false])
    expect(scenario.notes.at(-1)).toMatch(/a party without one accepts any agreement/)
  })

  it('reads the domain inside a profile when the folder has no domain file', () => {
    const withDomain = JSON.parse(profileJson(harbour.city))
    withDomain.LinearAdditiveUtilitySpace.domain = JSON.parse(domainJson(harbour.issues))
    const scenario = read({ 'city.json': JSON.stringify(withDomain), 'province.json': profileJson(harbour.province) })
    expect(scenario.issues.map((i) => i.id)).toEqual(['quay', 'contribution'])
  })
})

describe('problems in a GeniusWeb folder name the file and the place in it', () => {
  it('reports a negative weight at the weight, in the profile file', () => {
    const files = harbourFolder({ province: { weights: { quay: -0.25, contribution: 1.25 } } })
    const rows = files['province.json']!.split('\n')
    const line = rows.findIndex((l) => l.includes('"quay": -0.25'))
    // Found by the scenario decoder (a stake is never negative), reported in GeniusWeb's terms.
    expect(lines(files)).toEqual([
      `province.json:${line + 1}:${rows[line]!.indexOf('"quay"') + 1}: LinearAdditiveUtilitySpace.issueWeights.quay: a stake says how much an issue matters and cannot be negative (found the number -0.25); write 0 or more. [negativeStake]`,
    ])
  })

  it('reports missing and unknown values and issues, every one at once', () => {
    const found = problems(
      harbourFolder({
        city: { utilities: { quay: { north: 0.2, south: 1 }, contribution: { '0': 1, '5': 0.5, '10': 0, '20': 0 } } },
        province: {
          weights: { quay: 0.25, contribution: 0.5, parking: 0.25 },
          bid: { quay: 'east', contribution: '10' },
        },
      }),
    )
    expect(found.map((p) => [p.file, p.code, p.path.join('.')])).toEqual([
      ['city.json', 'missingValue', 'LinearAdditiveUtilitySpace.issueUtilities.quay.discreteutils.valueUtilities'],
      [
        'city.json',
        'unknownOption',
        'LinearAdditiveUtilitySpace.issueUtilities.contribution.discreteutils.valueUtilities.20',
      ],
      ['province.json', 'unknownIssue', 'LinearAdditiveUtilitySpace.issueWeights.parking'],
      ['province.json', 'unknownOption', 'LinearAdditiveUtilitySpace.reservationBid.issuevalues.quay'],
    ])
    expect(found[0]!.message).toBe('no utility for value "west" of issue "quay"; give every value a utility.')
    expect(found.every((p) => p.line !== undefined && p.column !== undefined)).toBe(true)
  })

  it('reports text that is not JSON with its line and column', () => {
    const [problem] = problems({
      ...harbourFolder(),
      'city.json': '{\n "LinearAdditiveUtilitySpace": {\n  "name": "city",\n }\n}',
    })
    expect(problem).toMatchObject({ code: 'invalidJson', file: 'city.json', line: 4, column: 2 })
  })

  it('reports the wrong kind of value with the path zod found', () => {
    const broken = JSON.parse(profileJson(harbour.city))
    broken.LinearAdditiveUtilitySpace.issueWeights.quay = '0.6'
    const text = JSON.stringify(broken, null, 1)
    const rows = text.split('\n')
    const line = rows.findIndex((l) => l.includes('"quay": "0.6"'))
    const column = rows[line]!.indexOf('"quay"') + 1
    expect(lines({ ...harbourFolder(), 'city.json': text })).toEqual([
      `city.json:${line + 1}:${column}: LinearAdditiveUtilitySpace.issueWeights.quay: expected a number, found text "0.6". [wrongType]`,
    ])
  })

  it('says which parts of GeniusWeb it cannot read', () => {
    const numeric = JSON.parse(profileJson(harbour.city))
    numeric.LinearAdditiveUtilitySpace.issueUtilities.contribution = {
      numberutils: { lowValue: 0, lowUtility: 1, highValue: 10, highUtility: 0 },
    }
    const found = problems({
      ...harbourFolder(),
      'city.json': JSON.stringify(numeric),
      'groups.json': '{"SumOfGroupsUtilitySpace": {}}',
    })
    expect(found.map((p) => [p.file, p.code, p.path.join('.')])).toEqual([
      ['groups.json', 'unsupported', 'SumOfGroupsUtilitySpace'],
    ])
    const alone = problems({ ...harbourFolder(), 'city.json': JSON.stringify(numeric) })
    expect(alone.map((p) => [p.file, p.code, p.path.join('.')])).toEqual([
      ['city.json', 'unsupported', 'LinearAdditiveUtilitySpace.issueUtilities.contribution.numberutils'],
    ])
  })

  it('wants one domain and at least one profile', () => {
    expect(
      problems({ 'a.json': domainJson(harbour.issues), 'b.json': domainJson(harbour.issues) }).map((p) => [
        p.file,
        p.code,
      ]),
    ).toEqual([['b.json', 'duplicateId']])
    expect(problems({ 'domain.json': domainJson(harbour.issues) }).map((p) => p.code)).toEqual(['missingField'])
  })

  it('reports a profile whose own domain differs from the domain file', () => {
    const city = JSON.parse(profileJson(harbour.city))
    city.LinearAdditiveUtilitySpace.domain = JSON.parse(
      domainJson({ quay: ['north', 'south'], contribution: ['0', '5', '10'] }),
    )
    expect(
      problems({ ...harbourFolder(), 'city.json': JSON.stringify(city) }).map((p) => [
        p.file,
        p.code,
        p.path.join('.'),
      ]),
    ).toEqual([['city.json', 'conflictingFields', 'LinearAdditiveUtilitySpace.domain']])
  })
})
