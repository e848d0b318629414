import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { roadAndHousingFile, roadAndHousingYaml } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { formatOfFile, parseScenarioText } from './parseScenarioText.js'
import { formatProblem } from './Problem.js'
import { writeScenarioText } from './writeScenarioText.js'

const problemLines = (result: E.Either<readonly Parameters<typeof formatProblem>[0][], unknown>): string[] =>
  E.isLeft(result) ? result.left.map((p) => formatProblem(p)) : []

describe('parseScenarioText', () => {
  it('reads YAML as people write it: flow maps, shorthand options, a schema comment', () => {
    const result = parseScenarioText(roadAndHousingYaml, { file: 'road.yaml' })
    expect(E.isRight(result) && result.right.issues.map((i) => i.options.length)).toEqual([2, 5])
  })

  it('reads JSON and YAML of the same file to the same scenario', () => {
    const yaml = parseScenarioText(
      writeScenarioText(E.getOrElseW(() => undefined)(decodeScenario(roadAndHousingFile()))!, 'yaml'),
    )
    const json = parseScenarioText(JSON.stringify(roadAndHousingFile()))
    expect(E.isRight(json)).toBe(true)
    expect(yaml).toEqual(json)
  })

  it('chooses the format from the file name, else from the first character', () => {
    expect(formatOfFile('a/b/deal.JSON')).toBe('json')
    expect(formatOfFile('deal.yml')).toBe('yaml')
    expect(formatOfFile('deal')).toBeUndefined()
    // JSON-looking YAML ({ a: 1 } without quotes) is still read when the format is not given...
    expect(
      E.isRight(parseScenarioText('{ version: 1, name: x, domains: [], issues: [], parties: [], statusQuo: {} }')),
    ).toBe(true)
    // ...but not when the file says it is JSON.
    expect(problemLines(parseScenarioText('{ version: 1 }', { file: 'x.json' }))[0]).toMatch(
      /^x\.json:1:3: \(top level\): the text is not valid JSON/,
    )
  })

  it('accepts bytes, and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${roadAndHousingYaml}`)
    expect(parseScenarioText(bytes)).toEqual(parseScenarioText(roadAndHousingYaml))
    expect(parseScenarioText(`\uFEFF${JSON.stringify(roadAndHousingFile())}`, { format: 'json' })).toEqual(
      parseScenarioText(JSON.stringify(roadAndHousingFile())),
    )
  })

  it('gives each problem found after parsing the file name and its line and column', () => {
    const text = roadAndHousingYaml
      .replace('range: { from: 0, to: 1000, step: 250 }', 'range: { from: 0, to: 1000, stepp: 250 }')
      .replace('via-b: 2 }', 'via-c: 2 }')
    expect(problemLines(parseScenarioText(text, { file: 'road.yaml' }))).toEqual([
      'road.yaml:15:5: issues[1].range.step: the required field "step" is missing; add it. [missingField]',
      'road.yaml:15:33: issues[1].range.stepp: unknown field "stepp"; the fields here are from, to, step. Did you mean "step"? [unknownKey]',
      'road.yaml:23:44: parties[1].valuations.road.values.via-c: "road" has no option "via-c"; its options are "none", "via-b". Did you mean "via-b"? [unknownOption]',
      'road.yaml:23:25: parties[1].valuations.road.values: no value for option "via-b" of "road"; every option of a valued issue needs a value (write 0 if it makes no difference). [missingValue]',
    ])
  })

  it('places problems in JSON files too', () => {
    const file = roadAndHousingFile()
    file.parties[1].kind = 'city'
    const text = JSON.stringify(file, null, 2)
    const line = text.split('\n').findIndex((l) => l.includes('"city"')) + 1
    expect(problemLines(parseScenarioText(text, { file: 'road.json' }))).toEqual([
      `road.json:${line}:7: parties[1].kind: text "city" is not allowed here; write one of "municipality", "province", "housingCorporation", "waterBoard", "business", "knowledgeInstitution", "civilSociety". [invalidValue]`,
    ])
  })

  it('keeps one YAML document per file', () => {
    expect(problemLines(parseScenarioText(`${roadAndHousingYaml}---\nversion: 1\n`))).toEqual([
      'line 25:1: (top level): the text holds more than one YAML document (a line "---" starts a second one); keep one scenario per file. [invalidYaml]',
    ])
  })

  it('refuses duplicate keys in YAML, which would otherwise hide one of the two', () => {
    expect(problemLines(parseScenarioText('version: 1\nname: a\nname: b\n'))).toEqual([
      'line 3:1: (top level): the key "name" appears twice in this mapping; keep one. [duplicateKey]',
    ])
  })

  it('says a text of unknown format is neither JSON nor YAML when it parses as neither', () => {
    expect(problemLines(parseScenarioText('[version]\nname = "x"\n  - y', { file: 'deal.toml' }))).toEqual([
      'deal.toml:2:1: (top level): the text is neither JSON nor YAML: Unexpected scalar at node end. [notJsonOrYaml]',
    ])
  })
})
