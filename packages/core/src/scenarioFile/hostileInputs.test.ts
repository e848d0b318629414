/**
 * Input written to break the reader rather than to describe a negotiation: prototype
 * pollution, cycles, proxies, alias bombs, huge files. Each must end in problems (or, where
 * the data is harmless, a scenario), quickly, with nothing changed outside the reader.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { roadAndHousingFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { parseScenarioText } from './parseScenarioText.js'

const codesOf = (result: E.Either<readonly { code: string }[], unknown>): string[] =>
  E.isLeft(result) ? result.left.map((p) => p.code) : []

describe('prototype pollution', () => {
  it('leaves Object.prototype alone when a JSON file puts __proto__ anywhere', () => {
    const text = JSON.stringify(roadAndHousingFile())
      .replace('"parties":[{', '"parties":[{"__proto__":{"polluted":"party"},')
      .replace('"statusQuo":{', '"statusQuo":{"__proto__":{"polluted":"statusQuo"},')
      .replace('{"version":1,', '{"version":1,"__proto__":{"polluted":"root"},')
    const result = parseScenarioText(text, { format: 'json' })
    expect(codesOf(result)).toEqual(['reservedKey', 'reservedKey', 'reservedKey'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves Object.prototype alone for YAML keys __proto__, constructor and prototype', () => {
    const text =
      'version: 1\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nname: x\ndomains: []\nissues: []\nparties: []\nstatusQuo: {}\n'
    const result = parseScenarioText(text, { format: 'yaml' })
    expect(E.isLeft(result) && result.left.map((p) => `${p.code} ${p.path.join('.')} ${p.line}`)).toEqual([
      'reservedKey __proto__ 2',
      'reservedKey constructor 3',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('reads ids that are names of Object.prototype members as ordinary ids', () => {
    const file = roadAndHousingFile()
    file.issues.push({ id: 'toString', domain: 'housing', options: ['valueOf', 'hasOwnProperty'] })
    file.statusQuo.toString = 'valueOf'
    const result = decodeScenario(file)
    expect(E.isRight(result) && result.right.statusQuo.choices['toString' as never]).toBe('valueOf')
    // Nobody values the new issue, and the record says so rather than finding a function.
    expect(E.isRight(result) && result.right.parties[0]!.valuations['toString' as never]).toBeUndefined()
  })

  it('reports a field named like an Object.prototype member as an unknown key, without crashing', () => {
    // Found by the fuzz test: `toString` used to find Object.prototype.toString as a schema.
    const result = decodeScenario({ issues: [{ toString: '' }] })
    expect(E.isLeft(result)).toBe(true)
    expect(E.isLeft(result) && result.left.find((p) => p.code === 'unknownKey')).toMatchObject({
      path: ['issues', 0, 'toString'],
      message:
        'unknown field "toString"; the fields here are id, name, domain, kind, unit, options, range, stakeholders, module.',
    })
  })
})

describe('values no file can hold', () => {
  it('reports a value that contains itself instead of looping', () => {
    const file = roadAndHousingFile()
    file.notes = [file]
    const result = decodeScenario(file)
    expect(E.isLeft(result) && result.left).toEqual([
      {
        code: 'unreadableValue',
        path: ['notes', 0],
        message: 'this value contains itself (a cycle), which no file can hold; pass plain data.',
      },
    ])
  })

  it('reports a proxy whose traps throw instead of throwing', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    const result = decodeScenario({ ...roadAndHousingFile(), compensation: trap })
    expect(E.isLeft(result) && result.left[0]).toMatchObject({ code: 'unreadableValue', path: ['compensation'] })
  })

  it('reports dates, functions, symbols and big integers as the wrong type', () => {
    const file = roadAndHousingFile()
    file.name = new Date(0)
    file.description = () => 'x'
    file.notes = [Symbol('n'), 10n]
    expect(codesOf(decodeScenario(file))).toEqual(['wrongType', 'wrongType', 'wrongType', 'wrongType'])
  })

  it('stops at a million values however the data is shared', () => {
    // One array of 100 entries referenced at every level: 100^4 values, a few kilobytes of memory.
    let shared: unknown = 1
    for (let level = 0; level < 4; level++) shared = Array(100).fill(shared)
    const started = performance.now()
    // The first problem says why reading stopped; the rest say that notes are texts, not lists.
    expect(codesOf(decodeScenario({ ...roadAndHousingFile(), notes: shared }))[0]).toBe('tooMany')
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})

describe('size', () => {
  it('reads a large valid file in time proportional to its size', () => {
    // 20,000 parties and 20,000 issues: a quadratic step would take minutes.
    const n = 20_000
    const issues = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, domain: 'd', options: ['a', 'b'] }))
    const parties = Array.from({ length: n }, (_, p) => ({
      id: `p${p}`,
      valuations: { [`i${p}`]: { stake: 1, values: { a: 0, b: 1 } } },
    }))
    const file = {
      version: 1,
      name: 'large',
      domains: [{ id: 'd' }],
      issues,
      parties,
      statusQuo: Object.fromEntries(issues.map((i) => [i.id, 'a'])),
    }
    const text = JSON.stringify(file)
    const started = performance.now()
    const result = parseScenarioText(text, { format: 'json' })
    expect(E.isRight(result) && result.right.issues[n - 1]!.stakeholders).toEqual([`p${n - 1}`])
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('reports a file full of broken references in time proportional to its size, listing the first thousand', () => {
    const n = 20_000
    const parties = Array.from({ length: n }, (_, p) => ({
      id: `p${p}`,
      valuations: { [`missing${p}`]: { stake: 1, values: {} } },
    }))
    const started = performance.now()
    const result = decodeScenario({
      version: 1,
      name: 'broken',
      domains: [],
      issues: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, domain: 'd', options: ['a'] })),
      parties,
      statusQuo: {},
    })
    const problems = E.isLeft(result) ? result.left : []
    expect(problems.length).toBe(1001)
    expect(problems[1000]).toEqual({
      code: 'tooMany',
      path: [],
      message: 'more problems were found than the 1000 listed; fix these and read the file again.',
    })
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('checks the shape of hundreds of thousands of wrongly typed values without collecting a problem for each', () => {
    const file = roadAndHousingFile()
    file.domains = Array.from({ length: 99_000 }, (_, i) => ({ id: i }))
    file.parties = Array.from({ length: 99_000 }, (_, i) => ({ id: `p${i}`, kind: i }))
    const started = performance.now()
    const result = decodeScenario(file)
    expect(E.isLeft(result) && result.left.length).toBe(1001)
    expect(E.isLeft(result) && result.left[0]).toEqual({
      code: 'wrongType',
      path: ['domains', 0, 'id'],
      message: 'expected text, found the number 0.',
    })
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('reports many wrong options of an issue with thousands of options in time proportional to the file', () => {
    const file = roadAndHousingFile()
    file.issues[2].range = { from: 0, to: 9_999, step: 1 }
    file.parties[0].valuations['homes-a'] = {
      stake: 1,
      values: Object.fromEntries(Array.from({ length: 90_000 }, (_, k) => [`x${k}`, 0])),
    }
    const started = performance.now()
    const result = decodeScenario(file)
    expect(E.isLeft(result) && result.left[0]!.message).toBe(
      '"homes-a" has no option "x0"; its options are "0", "1", "2", "3", "4", "5", "6", "7" and 9992 more.',
    )
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('refuses a string longer than the size limit without parsing it', () => {
    const started = performance.now()
    expect(codesOf(parseScenarioText(' '.repeat(50 * 1024 * 1024 + 1)))).toEqual(['tooLarge'])
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
