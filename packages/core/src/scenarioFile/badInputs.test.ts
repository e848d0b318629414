/**
 * One test per kind of problem: each breaks one thing in a valid file and checks that exactly
 * one problem follows, with its code, its path and its message (and a suggestion where a close
 * match exists). The messages are part of the interface: people read them to fix their files.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { roadAndHousingFile, type LooseFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { parseScenarioText } from './parseScenarioText.js'
import { formatPath, type Problem } from './Problem.js'

interface Seen {
  readonly code: string
  readonly path: string
  readonly message: string
  readonly suggestion?: string
  readonly line?: number
  readonly column?: number
}

const seen = (problems: readonly Problem[]): Seen[] =>
  problems.map((p) => ({
    code: p.code,
    path: formatPath(p.path),
    message: p.message,
    ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    ...(p.line === undefined ? {} : { line: p.line, column: p.column! }),
  }))

const problemsOf = (result: E.Either<readonly Problem[], unknown>): Seen[] => {
  if (E.isRight(result)) throw new Error('expected problems, the file was accepted')
  return seen(result.left)
}

/** The problems of the fixture file after one change. */
const after = (change: (file: LooseFile) => void): Seen[] => {
  const file = roadAndHousingFile()
  change(file)
  return problemsOf(decodeScenario(file))
}

describe('problems with the shape of the data', () => {
  it('reports a file of another version', () => {
    expect(after((f) => (f.version = 2))).toEqual([
      {
        code: 'wrongVersion',
        path: 'version',
        message:
          'this library reads version 1 files, this one says the number 2; write "version: 1" (and check the file against docs/scenario-files.md).',
      },
    ])
  })

  it('reports a file without a version', () => {
    expect(after((f) => delete f.version)).toEqual([
      { code: 'wrongVersion', path: 'version', message: 'the file has no version; add "version: 1" at the top.' },
    ])
  })

  it('reports a value of the wrong type', () => {
    expect(after((f) => (f.parties[1].valuations.road.stake = 'high'))).toEqual([
      { code: 'wrongType', path: 'parties[1].valuations.road.stake', message: 'expected a number, found text "high".' },
    ])
  })

  it('reports a missing required field', () => {
    expect(after((f) => delete f.issues[0].domain)).toEqual([
      { code: 'missingField', path: 'issues[0].domain', message: 'the required field "domain" is missing; add it.' },
    ])
  })

  it('reports a value outside a fixed list, naming the list', () => {
    expect(after((f) => (f.parties[0].kind = 'gemeente'))).toEqual([
      {
        code: 'invalidValue',
        path: 'parties[0].kind',
        message:
          'text "gemeente" is not allowed here; write one of "municipality", "province", "housingCorporation", "waterBoard", "business", "knowledgeInstitution", "civilSociety".',
      },
    ])
  })

  it('reports a misspelt field name and suggests the right one', () => {
    expect(
      after((f) => {
        f.parties[1].redLines = []
      }),
    ).toEqual([
      {
        code: 'unknownKey',
        path: 'parties[1].redLines',
        message:
          'unknown field "redLines"; the fields here are id, name, kind, moneyValue, reservationUtility, weight, lossBound, valuations, interactions, mandate.',
      },
    ])
    expect(
      after((f) => {
        f.parties[2].mandate.redlines = f.parties[2].mandate.redLines
        delete f.parties[2].mandate.redLines
      }),
    ).toEqual([
      {
        code: 'unknownKey',
        path: 'parties[2].mandate.redlines',
        message:
          'unknown field "redlines"; the fields here are redLines, allowedOptions, minGain, minDomainGain, maxPayment.',
        suggestion: 'redLines',
      },
    ])
  })

  it('reports a stake that is not a finite number', () => {
    expect(after((f) => (f.parties[0].valuations.road.stake = NaN))).toEqual([
      {
        code: 'notFinite',
        path: 'parties[0].valuations.road.stake',
        message: 'NaN is not a usable number; write a finite number.',
      },
    ])
    expect(after((f) => (f.parties[0].valuations.road.values.none = -Infinity))).toEqual([
      {
        code: 'notFinite',
        path: 'parties[0].valuations.road.values.none',
        message: '-Infinity is not a usable number; write a finite number.',
      },
    ])
  })

  it('reports a negative stake', () => {
    expect(after((f) => (f.parties[0].valuations.road.stake = -2))).toEqual([
      {
        code: 'negativeStake',
        path: 'parties[0].valuations.road.stake',
        message:
          'a stake says how much an issue matters and cannot be negative (found the number -2); write 0 or more.',
      },
    ])
  })

  it('reports a number too large to add up safely', () => {
    expect(after((f) => (f.parties[0].valuations.road.values['via-b'] = -1e300))).toEqual([
      {
        code: 'numberTooLarge',
        path: 'parties[0].valuations.road.values.via-b',
        message: '-1e+300 is larger than 1000000000000000 in size; use a smaller unit.',
      },
    ])
  })

  it('reports a number below its minimum', () => {
    expect(after((f) => (f.parties[1].mandate.maxPayment = -1))).toEqual([
      {
        code: 'outOfRange',
        path: 'parties[1].mandate.maxPayment',
        message: 'the number -1 is too small here; write a number of at least 0.',
      },
    ])
    expect(after((f) => (f.issues[2].range.step = 0))).toEqual([
      {
        code: 'outOfRange',
        path: 'issues[2].range.step',
        message: 'the number 0 is too small here; write a number greater than 0.',
      },
    ])
  })

  it('reports an id that is too long', () => {
    expect(after((f) => (f.domains[1].id = 'x'.repeat(101)))).toEqual([
      {
        code: 'tooLong',
        path: 'domains[1].id',
        message: 'an id may have at most 100 characters, this one has 101; shorten it.',
      },
      {
        code: 'unknownDomain',
        path: 'issues[1].domain',
        message: 'unknown policy domain "housing"; use the id of one of the domains listed under domains.',
      },
      {
        code: 'unknownDomain',
        path: 'issues[2].domain',
        message: 'unknown policy domain "housing"; use the id of one of the domains listed under domains.',
      },
      {
        code: 'unknownDomain',
        path: 'parties[0].mandate.minDomainGain.housing',
        message: 'unknown policy domain "housing"; use the id of one of the domains listed under domains.',
      },
    ])
  })

  it('reports a text longer than the limit', () => {
    expect(after((f) => (f.description = 'x'.repeat(100_001)))).toEqual([
      {
        code: 'tooLong',
        path: 'description',
        message: 'this text has 100001 characters, more than the limit of 100000; shorten it.',
      },
    ])
  })

  it('reports a list with more entries than the limit', () => {
    expect(after((f) => (f.notes = Array.from({ length: 100_001 }, () => 'n')))).toEqual([
      { code: 'tooMany', path: 'notes', message: 'this list has 100001 entries, more than the limit of 100000.' },
    ])
  })

  it('reports a quantity range that would make too many options', () => {
    expect(after((f) => (f.issues[2].range.step = 0.01))).toEqual([
      {
        code: 'tooMany',
        path: 'issues[2].range',
        message: 'this range makes 100001 options, more than the limit of 10000; use a larger step.',
      },
    ])
  })

  it('reports nesting deeper than any scenario needs', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 40; i++) deep = [deep]
    expect(after((f) => (f.notes = deep))).toEqual([
      {
        code: 'tooDeep',
        path: 'notes[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]',
        message:
          'lists and mappings are nested more than 32 deep here; a scenario needs far less, so the structure is wrong.',
      },
    ])
  })

  it('refuses the keys that reach into JavaScript objects', () => {
    const file = JSON.parse(
      JSON.stringify(roadAndHousingFile()).replace(
        '"valuations":{"road"',
        '"valuations":{"__proto__":{"stake":1},"road"',
      ),
    )
    expect(problemsOf(decodeScenario(file))).toEqual([
      {
        code: 'reservedKey',
        path: 'parties[0].valuations.__proto__',
        message: '"__proto__" cannot be used as a key or id; rename it.',
      },
    ])
  })

  it('reports a key that YAML reads twice after turning numbers into text', () => {
    const text = 'version: 1\nname: x\ndomains: []\nissues: []\nparties: []\nstatusQuo: { 1: a, "1": b }\n'
    expect(problemsOf(parseScenarioText(text))).toEqual([
      {
        code: 'duplicateKey',
        path: 'statusQuo.1',
        message: 'the key "1" appears twice in this mapping; keep one.',
        line: 6,
        column: 14,
      },
    ])
  })

  it('reports a value that cannot be read instead of throwing', () => {
    const file = roadAndHousingFile()
    Object.defineProperty(file.parties[0], 'name', {
      enumerable: true,
      get: () => {
        throw new Error('no access')
      },
    })
    expect(problemsOf(decodeScenario(file))).toEqual([
      {
        code: 'unreadableValue',
        path: 'parties[0].name',
        message: 'the value could not be read (no access); pass plain data.',
      },
    ])
  })

  it('reports a top level that is not a mapping', () => {
    expect(problemsOf(decodeScenario([1, 2]))).toEqual([
      {
        code: 'wrongType',
        path: '',
        message:
          'a scenario file is a mapping with version, name, domains, issues, parties and statusQuo; found a list.',
      },
    ])
  })
})

describe('problems with what the data means', () => {
  it('reports an unknown party among the stakeholders and suggests a close one', () => {
    expect(after((f) => (f.issues[0].stakeholders = ['A', 'b']))).toEqual([
      {
        code: 'unknownParty',
        path: 'issues[0].stakeholders[1]',
        message: 'unknown party "b"; use the id of one of the parties listed under parties.',
        suggestion: 'B',
      },
    ])
  })

  it('reports an unknown issue in a valuation and suggests the one meant', () => {
    expect(
      after((f) => {
        f.parties[2].valuations.housin = f.parties[2].valuations.housing
        delete f.parties[2].valuations.housing
      }),
    ).toEqual([
      {
        code: 'unknownIssue',
        path: 'parties[2].valuations.housin',
        message: 'unknown issue "housin"; use the id of one of the issues listed under issues.',
        suggestion: 'housing',
      },
    ])
  })

  it('reports unknown issues wherever they are named: interactions, mandates, status quo', () => {
    expect(after((f) => (f.parties[0].interactions[0].between[1].issue = 'homes'))).toEqual([
      {
        code: 'unknownIssue',
        path: 'parties[0].interactions[0].between[1].issue',
        message: 'unknown issue "homes"; use the id of one of the issues listed under issues.',
        suggestion: 'homes-a',
      },
    ])
    expect(after((f) => (f.parties[0].mandate.allowedOptions = { 'homes-b': ['0'] }))).toEqual([
      {
        code: 'unknownIssue',
        path: 'parties[0].mandate.allowedOptions.homes-b',
        message: 'unknown issue "homes-b"; use the id of one of the issues listed under issues.',
        suggestion: 'homes-a',
      },
    ])
    expect(after((f) => (f.statusQuo.raod = 'none'))).toEqual([
      {
        code: 'unknownIssue',
        path: 'statusQuo.raod',
        message: 'unknown issue "raod"; use the id of one of the issues listed under issues.',
        suggestion: 'road',
      },
    ])
  })

  it('reports an unknown option and lists the options there are', () => {
    expect(after((f) => (f.parties[2].mandate.redLines[0].option = 'via-c'))).toEqual([
      {
        code: 'unknownOption',
        path: 'parties[2].mandate.redLines[0].option',
        message: '"road" has no option "via-c"; its options are "none", "via-b".',
        suggestion: 'via-b',
      },
    ])
    expect(after((f) => f.parties[0].mandate.allowedOptions['homes-a'].push(1250))).toEqual([
      {
        code: 'unknownOption',
        path: 'parties[0].mandate.allowedOptions.homes-a[4]',
        message: '"homes-a" has no option "1250"; its options are "0", "250", "500", "750", "1000".',
        suggestion: '250',
      },
    ])
  })

  it('reports a value for an option the issue does not have', () => {
    expect(after((f) => (f.parties[1].valuations.road.values.vai_b = 2))).toEqual([
      {
        code: 'unknownOption',
        path: 'parties[1].valuations.road.values.vai_b',
        message: '"road" has no option "vai_b"; its options are "none", "via-b".',
        suggestion: 'via-b',
      },
    ])
  })

  it('reports an unknown policy domain in an issue and in a domain floor', () => {
    expect(after((f) => (f.issues[0].domain = 'mobilty'))).toEqual([
      {
        code: 'unknownDomain',
        path: 'issues[0].domain',
        message: 'unknown policy domain "mobilty"; use the id of one of the domains listed under domains.',
        suggestion: 'mobility',
      },
    ])
    expect(after((f) => (f.parties[0].mandate.minDomainGain = { wonen: 0 }))).toEqual([
      {
        code: 'unknownDomain',
        path: 'parties[0].mandate.minDomainGain.wonen',
        message: 'unknown policy domain "wonen"; use the id of one of the domains listed under domains.',
      },
    ])
  })

  it('reports duplicate ids of parties, issues, domains and options', () => {
    expect(after((f) => (f.parties[2].id = 'A'))).toEqual([
      {
        code: 'duplicateId',
        path: 'parties[2].id',
        message: 'another party already has the id "A"; ids must be unique, so rename one.',
      },
    ])
    expect(after((f) => f.domains.push({ id: 'housing' }))).toEqual([
      {
        code: 'duplicateId',
        path: 'domains[2].id',
        message: 'another policy domain already has the id "housing"; ids must be unique, so rename one.',
      },
    ])
    expect(after((f) => f.issues.push({ id: 'road', domain: 'mobility', options: ['x'] }))).toEqual([
      {
        code: 'duplicateId',
        path: 'issues[3].id',
        message: 'another issue already has the id "road"; ids must be unique, so rename one.',
      },
    ])
    expect(after((f) => f.issues[1].options.push('west'))).toEqual([
      {
        code: 'duplicateId',
        path: 'issues[1].options[3]',
        message: 'the issue "housing" already has an option "west"; option ids must be unique within an issue.',
      },
    ])
  })

  it('refuses ids that reach into JavaScript objects', () => {
    expect(after((f) => f.domains.push({ id: 'constructor' }))).toEqual([
      {
        code: 'reservedId',
        path: 'domains[2].id',
        message: '"constructor" cannot be used as an id; rename the policy domain.',
      },
    ])
  })

  it('reports an issue without options', () => {
    expect(after((f) => (f.issues[1].options = []))).toEqual([
      {
        code: 'noOptions',
        path: 'issues[1].options',
        message: 'the issue "housing" has no options; list at least one.',
      },
    ])
  })

  it('reports an option object without an id on a choice issue', () => {
    expect(after((f) => (f.issues[0].options[1] = { label: 'Road through B' }))).toEqual([
      { code: 'missingField', path: 'issues[0].options[1].id', message: 'the required field "id" is missing; add it.' },
    ])
  })

  it('reports fields that exclude each other', () => {
    expect(after((f) => (f.issues[2].options = [0, 500]))).toEqual([
      { code: 'conflictingFields', path: 'issues[2].range', message: 'give either options or range, not both.' },
    ])
    expect(after((f) => (f.parties[0].valuations['homes-a'].values = { 0: 0 }))).toEqual([
      {
        code: 'conflictingFields',
        path: 'parties[0].valuations.homes-a.linear',
        message: 'give either values or linear, not both.',
      },
    ])
  })

  it('reports quantities on an issue that is not a quantity issue', () => {
    expect(after((f) => delete f.issues[2].kind)).toEqual([
      {
        code: 'notAQuantityIssue',
        path: 'issues[2].range',
        message: 'only quantity issues have a range; add "kind: quantity" to the issue or list its options.',
      },
    ])
    expect(after((f) => (f.parties[1].valuations.road = { stake: 1, linear: { perUnit: 1 } }))).toEqual([
      {
        code: 'notAQuantityIssue',
        path: 'parties[1].valuations.road.linear',
        message:
          '"road" is not a quantity issue, so it has no quantities to draw a line through; give "values" per option.',
      },
    ])
  })

  it('reports a quantity option without a quantity', () => {
    expect(
      after((f) => {
        delete f.issues[2].range
        f.issues[2].options = [{ id: 'none', quantity: 0 }, { id: 'some' }]
      }),
    ).toEqual([
      {
        code: 'missingQuantity',
        path: 'issues[2].options[1].quantity',
        message: 'a quantity issue needs the quantity of each option; add "quantity".',
      },
    ])
  })

  it('reports options a party values the issue for but gives no value', () => {
    expect(after((f) => delete f.parties[1].valuations.housing.values.west)).toEqual([
      {
        code: 'missingValue',
        path: 'parties[1].valuations.housing.values',
        message:
          'no value for option "west" of "housing"; every option of a valued issue needs a value (write 0 if it makes no difference).',
      },
    ])
  })

  it('reports a valuation with neither values nor a line', () => {
    expect(after((f) => (f.parties[1].valuations.road = { stake: 1 }))).toEqual([
      {
        code: 'missingField',
        path: 'parties[1].valuations.road.values',
        message: 'the field "values" is missing; give a value for every option (or, for a quantity issue, "linear").',
      },
    ])
  })

  it('reports an interaction between two options of one issue', () => {
    expect(after((f) => (f.parties[0].interactions[0].between[1] = { issue: 'road', option: 'none' }))).toEqual([
      {
        code: 'sameIssueInteraction',
        path: 'parties[0].interactions[0].between',
        message:
          'both options are of the same issue, which never has two options chosen at once; pair options of two different issues.',
      },
    ])
  })

  it('reports an issue left out of the status quo', () => {
    expect(after((f) => delete f.statusQuo.road)).toEqual([
      {
        code: 'missingStatusQuo',
        path: 'statusQuo.road',
        message:
          'the status quo gives no option for the issue "road"; add the option that holds when nobody agrees, or null if every deal must choose one of its options.',
      },
    ])
  })

  it('reports a status quo outside the issue options', () => {
    expect(after((f) => (f.statusQuo['homes-a'] = 600))).toEqual([
      {
        code: 'statusQuoNotAnOption',
        path: 'statusQuo.homes-a',
        message: '"homes-a" has no option "600"; its options are "0", "250", "500", "750", "1000".',
        suggestion: '500',
      },
    ])
  })

  it('reports a mandate whose red lines rule out every option, the status quo included', () => {
    expect(after((f) => f.parties[2].mandate.redLines.push({ issue: 'road', option: 'none' }))).toEqual([
      {
        code: 'contradictoryMandate',
        path: 'parties[2].mandate.redLines',
        message:
          'the mandate rules out every option of "road", the status quo included; drop a red line or allow at least one option.',
      },
    ])
  })

  it('reports a mandate whose allowed options and red lines leave nothing', () => {
    expect(after((f) => (f.parties[2].mandate.allowedOptions = { road: ['via-b'] }))).toEqual([
      {
        code: 'contradictoryMandate',
        path: 'parties[2].mandate.allowedOptions.road',
        message:
          'the mandate rules out every option of "road", the status quo included; drop a red line or allow at least one option.',
      },
    ])
  })

  it('reports every problem at once, not only the first', () => {
    const codes = after((f) => {
      f.version = 3
      f.parties[0].kind = 'city'
      f.parties[1].valuations.raod = f.parties[1].valuations.road
      f.statusQuo.road = 'nothing'
    }).map((p) => `${p.code} ${p.path}`)
    expect(codes).toEqual([
      'wrongVersion version',
      'invalidValue parties[0].kind',
      'unknownIssue parties[1].valuations.raod',
      'statusQuoNotAnOption statusQuo.road',
    ])
  })
})

describe('problems with the text of a file', () => {
  it('refuses a text larger than the limit before parsing it', () => {
    expect(problemsOf(parseScenarioText(new Uint8Array(50 * 1024 * 1024 + 1), { file: 'huge.yaml' }))).toEqual([
      {
        code: 'tooLarge',
        path: '',
        message:
          'the file is 52428801 bytes, more than the limit of 52428800 (50 MiB); split the scenario or remove data.',
      },
    ])
  })

  it('reports bytes that are not UTF-8, with their place', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('version: 1\nname: Gemeente Ni'),
      0xeb,
      ...new TextEncoder().encode('n\n'),
    ])
    expect(problemsOf(parseScenarioText(latin1))).toEqual([
      {
        code: 'invalidUtf8',
        path: '',
        line: 2,
        column: 18,
        message: 'byte 28 (eb 6e 0a) is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252).',
      },
    ])
  })

  it('reports JSON syntax errors with line and column', () => {
    expect(problemsOf(parseScenarioText('{\n  "version": 1,\n  "name": "x",\n}\n', { file: 'deal.json' }))).toEqual([
      {
        code: 'invalidJson',
        path: '',
        line: 4,
        column: 1,
        message: 'the text is not valid JSON: expected a key in double quotes, found "}\\n".',
      },
    ])
  })

  it('reports YAML syntax errors with line and column', () => {
    expect(problemsOf(parseScenarioText('version: 1\nname: [x\nissues: []\n', { format: 'yaml' }))).toEqual([
      {
        code: 'invalidYaml',
        path: '',
        line: 3,
        column: 1,
        message:
          'the text is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
      },
    ])
  })

  it('reports a text that is neither JSON nor YAML when the format is not known', () => {
    expect(problemsOf(parseScenarioText('{ "version": 1,\n"name": "x"\n\t- y', { file: 'deal.txt' }))).toEqual([
      {
        code: 'notJsonOrYaml',
        path: '',
        line: 3,
        column: 2,
        message: 'the text is neither JSON nor YAML: Missing , between flow map items.',
      },
    ])
  })

  it('refuses YAML tags that are not plain data', () => {
    expect(problemsOf(parseScenarioText('version: 1\nname: !!js/function "x"\n'))).toEqual([
      {
        code: 'yamlTag',
        path: '',
        line: 2,
        column: 21,
        message: 'the tag "!!js/function" is not allowed; a scenario file holds plain data only, so remove the tag.',
      },
    ])
  })

  it('refuses YAML alias bombs', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      )
    expect(problemsOf(parseScenarioText(levels.join('\n')))).toEqual([
      {
        code: 'yamlAliases',
        path: '',
        line: 1,
        column: 1,
        message:
          'the text uses aliases (*name) so often that it expands to huge data (at most 100 alias uses); write the data out.',
      },
    ])
  })

  it('refuses YAML nested too deeply before building it', () => {
    expect(problemsOf(parseScenarioText(`notes: ${'['.repeat(100_000)}`))).toEqual([
      {
        code: 'tooDeep',
        path: '',
        line: 1,
        column: 78,
        message:
          'lists and mappings are nested more than 32 deep; a scenario needs far less, so the structure is wrong.',
      },
    ])
  })
})
