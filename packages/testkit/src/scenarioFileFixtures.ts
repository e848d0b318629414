/**
 * Scenario files as plain objects, for the scenarioFile tests. Each call returns a fresh copy,
 * so a test can break one field and check the one problem that follows.
 */

/** A file as parsed JSON or YAML: deliberately loose, because tests break it on purpose. */
export type LooseFile = any

/**
 * Three municipalities, a road, a housing location and a quantity issue (homes in A, as a
 * range), with shorthand options, a linear valuation, an interaction and mandates.
 * All numbers are invented for the tests.
 */
export const roadAndHousingFile = (): LooseFile => ({
  version: 1,
  name: 'The road and the housing location',
  description: 'Three municipalities, a road, a housing location and homes in A.',
  notes: ['INVENTED: every number in this file.'],
  compensation: { unit: 'EUR million' },
  domains: [
    { id: 'housing', name: 'Wonen' },
    { id: 'mobility', name: 'Mobiliteit' },
  ],
  issues: [
    {
      id: 'road',
      name: 'Route of the new road',
      domain: 'mobility',
      options: [
        { id: 'none', label: 'No new road' },
        { id: 'via-b', label: 'Road through B' },
      ],
    },
    { id: 'housing-location', name: 'Housing location kept', domain: 'housing', options: ['west', 'east'] },
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
      id: 'A',
      name: 'Gemeente A',
      kind: 'municipality',
      moneyValue: 1,
      valuations: {
        road: { stake: 2, values: { none: 0, 'via-b': -1 } },
        'housing-location': { stake: 3, values: { west: 1, east: 0 } },
        'homes-a': { stake: 1, linear: { perUnit: 0.004, offset: 0 } },
      },
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
    {
      id: 'B',
      name: 'Gemeente B',
      valuations: {
        road: { stake: 3, values: { none: 0, 'via-b': 1 } },
        'housing-location': { stake: 2, values: { west: -1, east: 0 } },
      },
      mandate: { minGain: 0.5, maxPayment: 3 },
    },
    {
      id: 'C',
      name: 'Gemeente C',
      kind: 'municipality',
      valuations: { 'housing-location': { stake: 1, values: { west: 0, east: 0.5 } } },
      mandate: { redLines: [{ issue: 'road', option: 'via-b' }] },
    },
  ],
  statusQuo: { road: 'none', 'housing-location': 'east', 'homes-a': 500 },
})

/** The same scenario as YAML text, written the way people write it (flow maps, comments). */
export const roadAndHousingYaml = `# yaml-language-server: $schema=../schema/scenario.schema.json
version: 1
name: The road and the housing location
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
      road: { stake: 2, values: { none: 0, via-b: -1 } }
      homes-a: { stake: 1, linear: { perUnit: 0.004 } }
  - id: B
    valuations:
      road: { stake: 3, values: { none: 0, via-b: 1 } }
statusQuo: { road: none, homes-a: 500 }
`
