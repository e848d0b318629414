/**
 * Scenario files as plain objects, for the scenarioFile tests. Each call returns a fresh copy,
 * so a test can break one field and check the one problem that follows.
 */
import { roadAndHousingFile as fixture } from './roadAndHousing.js'

type Issue = (typeof fixture.issues)[number]
type Party = (typeof fixture.parties)[number]

/** A file as parsed JSON or YAML: deliberately loose, because tests break it on purpose. */
export type LooseFile = any

/**
 * The road-and-housing fixture (`roadAndHousing.ts`, its file form: issues road and housing,
 * parties A and B, the same ids and valuations) with what the reader's tests need on top, so
 * that one file exercises every part of the format: names and labels (the road's options as
 * objects, housing's as shorthand), a compensation unit, a quantity issue written as a range
 * (homes built in A) with a linear valuation, an interaction, a mandate of every kind
 * (allowed options and a domain floor for A, a minimum gain and a payment cap for B, a red
 * line for C), and a third municipality C whose red line on the road makes it a stakeholder
 * of an issue it does not value. Every number is invented.
 */
export const roadAndHousingFile = (): LooseFile => {
  const [road, housing] = fixture.issues as [Issue, Issue]
  const [a, b] = fixture.parties as [Party, Party]
  const names: Record<string, string> = { housing: 'Wonen', mobility: 'Mobiliteit' }
  return structuredClone({
    version: fixture.version,
    name: fixture.name,
    description: 'Three municipalities, a road, a housing location and homes in A.',
    notes: fixture.notes,
    compensation: { unit: 'EUR million' },
    domains: fixture.domains.map((d) => ({ ...d, name: names[d.id] })),
    issues: [
      {
        id: road.id,
        name: 'Route of the new road',
        domain: road.domain,
        options: [
          { id: 'none', label: 'No new road' },
          { id: 'via-b', label: 'Road through B' },
        ],
      },
      { id: housing.id, name: 'Housing location', domain: housing.domain, options: housing.options },
      {
        id: 'homes-a',
        name: 'Homes built in A to 2030',
        domain: 'housing',
        kind: 'quantity',
        unit: 'homes',
        range: { from: 0, to: 1000, step: 250 },
      },
    ],
    parties: [
      {
        id: a.id,
        name: 'Gemeente A',
        kind: 'municipality',
        moneyValue: 1,
        valuations: { ...a.valuations, 'homes-a': { stake: 1, linear: { perUnit: 0.004, offset: 0 } } },
        interactions: [
          {
            between: [
              { issue: 'road', option: 'via-b' },
              { issue: 'homes-a', option: '1000' },
            ],
            value: 1,
          },
        ],
        mandate: { allowedOptions: { 'homes-a': ['250', '500', '750', '1000'] }, minDomainGain: { housing: 0 } },
      },
      { id: b.id, name: 'Gemeente B', valuations: b.valuations, mandate: { minGain: 0.5, maxPayment: 3 } },
      {
        id: 'C',
        name: 'Gemeente C',
        kind: 'municipality',
        valuations: { housing: { stake: 1, values: { none: 0, west: 0, east: 0.5 } } },
        mandate: { redLines: [{ issue: 'road', option: 'via-b' }] },
      },
    ],
    statusQuo: { ...fixture.statusQuo, 'homes-a': 500 },
  })
}

/**
 * Part of the same scenario (the road and the homes in A, parties A and B, the same values)
 * as YAML text, written the way people write it (flow maps, shorthand options, a schema
 * comment). Text, not built from the file above: the tests place problems by line and column.
 */
export const roadAndHousingYaml = `# yaml-language-server: $schema=../schema/scenario.schema.json
version: 1
name: Road for housing
domains:
  - { id: housing, name: Wonen }
  - { id: mobility, name: Mobiliteit }
issues:
  - id: road
    domain: mobility
    options: [none, via-b]
  - id: homes-a
    domain: housing
    kind: quantity
    unit: homes
    range: { from: 0, to: 1000, step: 250 }
parties:
  - id: A
    valuations:
      road: { stake: 1, values: { none: 0, via-b: -1 } }
      homes-a: { stake: 1, linear: { perUnit: 0.004 } }
  - id: B
    valuations:
      road: { stake: 2, values: { none: 0, via-b: 2 } }
statusQuo: { road: none, homes-a: 500 }
`
