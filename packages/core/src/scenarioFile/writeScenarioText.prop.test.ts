import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everything, scenarioWithArbitraryIdsArb, withQuantities } from '@mandjes/testkit/scenarioFileArbitraries.js'
import { parseScenarioText } from './parseScenarioText.js'
import { writeScenarioText, type ScenarioFormat } from './writeScenarioText.js'

// JSON has no negative zero; every computation treats -0 and 0 alike.
const withoutNegativeZero = (s: Scenario): Scenario => JSON.parse(JSON.stringify(s)) as Scenario

const readsBack = (format: ScenarioFormat, scenario: Scenario, expected: Scenario = scenario): void => {
  const text = writeScenarioText(scenario, format)
  const result = parseScenarioText(text, { format })
  if (E.isLeft(result))
    throw new Error(`${format} did not read back:\n${JSON.stringify(result.left, null, 1)}\n${text}`)
  expect(result.right).toEqual(expected)
}

describe.each(['json', 'yaml'] as const)('writing then reading %s', (format) => {
  it('gives back every scenario, with every feature of the model', () =>
    fc.assert(
      fc.property(scenarioArb(everything), (s) => readsBack(format, s)),
      { numRuns: 200 },
    ))

  it('gives back quantity issues with their quantities and unit', () =>
    fc.assert(
      fc.property(scenarioArb({ maxOptions: 4 }).map(withQuantities), (s) => readsBack(format, s)),
      { numRuns: 100 },
    ))

  it('gives back real-valued stakes and values to the last bit', () =>
    fc.assert(
      fc.property(scenarioArb({ ...everything, realValues: true }), (s) =>
        readsBack(format, s, format === 'json' ? withoutNegativeZero(s) : s),
      ),
      { numRuns: 100 },
    ))

  it('gives back ids that look like numbers, booleans, YAML syntax or contain any character', () =>
    fc.assert(
      fc.property(scenarioWithArbitraryIdsArb({ interactions: true, mandates: true }), (s) => readsBack(format, s)),
      {
        numRuns: 150,
      },
    ))
})

describe('writing with a schema address', () => {
  it('points editors at the schema and still reads back the same scenario', () =>
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const json = writeScenarioText(s, 'json', { schemaUrl: './scenario.schema.json' })
        const yaml = writeScenarioText(s, 'yaml', { schemaUrl: './scenario.schema.json' })
        expect(JSON.parse(json).$schema).toBe('./scenario.schema.json')
        expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json')
        expect(parseScenarioText(json, { format: 'json' })).toEqual(E.right(s))
        expect(parseScenarioText(yaml, { format: 'yaml' })).toEqual(E.right(s))
      }),
      { numRuns: 30 },
    ))
})
