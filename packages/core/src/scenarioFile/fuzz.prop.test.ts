/**
 * Hostile and broken input, generated: random bytes, random JSON, YAML-like text, and valid
 * scenarios with one thing broken. The law for every input: reading ends in a valid scenario
 * or in a non-empty list of problems with paths; it never throws, never pollutes
 * `Object.prototype`, and never takes more than two seconds. Run counts add up to over
 * 10,000 inputs; the file takes about 15 s on a shared two-core machine.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Scenario } from '../model/Scenario.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everything } from '@mandjes/testkit/scenarioFileArbitraries.js'
import { roadAndHousingFile, roadAndHousingYaml, type LooseFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { checkReaderLaw } from '@mandjes/testkit/readerLaw.js'
import { decodeScenario } from './decodeScenario.js'
import { encodeScenario } from './encodeScenario.js'
import { parseScenarioText } from './parseScenarioText.js'
import type { Problem } from './Problem.js'

let inputs = 0
let slowest = 0
let propertiesRun = 0

/** Reads one input and checks the law (../../test/readerLaw.ts); returns the result for further checks. */
const readsSafely = (
  read: () => E.Either<ReadonlyNonEmptyArray<Problem>, Scenario>,
): E.Either<ReadonlyNonEmptyArray<Problem>, Scenario> => {
  inputs++
  const { result, took } = checkReaderLaw(read)
  slowest = Math.max(slowest, took)
  return result
}
/** One fuzz property: asserted, then counted towards the 10,000-input total. */
const fuzz = <Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<Ts>, numRuns: number) =>
  // A hang guard, not a speed test: every accepted input also runs the reader law's stages
  // (searches, simulate, report, diagnose), which takes minutes on a busy shared machine.
  it(
    name,
    () => {
      fc.assert(property, { numRuns })
      propertiesRun++
    },
    300_000,
  )

const vocabulary = [
  'version',
  'name',
  'description',
  'notes',
  'compensation',
  'unit',
  'domains',
  'issues',
  'parties',
  'statusQuo',
  'id',
  'label',
  'domain',
  'kind',
  'options',
  'range',
  'from',
  'to',
  'step',
  'quantity',
  'stakeholders',
  'valuations',
  'stake',
  'values',
  'linear',
  'perUnit',
  'offset',
  'interactions',
  'between',
  'issue',
  'option',
  'value',
  'mandate',
  'redLines',
  'allowedOptions',
  'minGain',
  'minDomainGain',
  'maxPayment',
  'moneyValue',
  'reservationUtility',
  '$schema',
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'road',
  'A',
  'B',
  'housing',
  'none',
  'via-b',
  '0',
  '250',
  'toString',
]
const keyArb = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 6 }))
const scalarArb = fc.oneof(
  fc.constantFrom(1, 0, -1, 0.5, 1e300, -1e300, NaN, Infinity, '', 'municipality', 'quantity', 'choice', null, true),
  fc.constantFrom(...vocabulary),
  fc.double(),
  fc.string({ maxLength: 8 }),
)
/** JSON-like values built from the words of scenario files, so random data reaches deep checks. */
const scenarioishArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarArb, tie('list'), tie('mapping')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  mapping: fc.dictionary(keyArb, tie('value'), { maxKeys: 6 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
})).value

const yamlTokens = [
  'version: 1',
  'name: x',
  'parties:',
  'issues:',
  'domains:',
  'statusQuo:',
  '- ',
  '  ',
  '    ',
  '\n',
  ': ',
  ', ',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '*b',
  '&b ',
  '!!str ',
  '!!binary ',
  '!!js/function ',
  '!foo ',
  '"',
  "'",
  '# c',
  '---',
  '...',
  '? ',
  '|',
  '>',
  '%YAML 1.1\n',
  '.nan',
  '.inf',
  '-.inf',
  '~',
  'null',
  '__proto__',
  'constructor',
  '<<: *a',
  '\t',
  'é',
  '\u0000',
  '0x1F',
  '1e400',
  'id: road',
  'id: A',
  'options: [a, b]',
  'stake: 2',
  'values: { a: 1 }',
  'range: { from: 0, to: 9, step: 1 }',
  'kind: quantity',
]
const yamlishArb = fc.array(fc.constantFrom(...yamlTokens), { maxLength: 40 }).map((tokens) => tokens.join(''))

const validFileArb: fc.Arbitrary<LooseFile> = fc.oneof(
  scenarioArb(everything).map((s) => JSON.parse(JSON.stringify(encodeScenario(s))) as LooseFile),
  fc.constant(null).map(() => roadAndHousingFile()),
)

/** Every path to a value in a plain tree. */
const pathsOf = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== 'object') return [path]
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [path, ...entries.flatMap(([k, v]) => pathsOf(v, [...path, k]))]
}

type Mutation =
  | { readonly kind: 'delete' }
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'renameKey'; readonly key: string }
const deep = (n: number): unknown => (n === 0 ? 'x' : [deep(n - 1)])
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc
    .constantFrom<unknown>(
      null,
      0,
      -1,
      NaN,
      Infinity,
      1e300,
      '',
      'zz-unknown',
      'x'.repeat(200),
      [],
      {},
      true,
      '__proto__',
      deep(40),
      [1, 2],
      { a: 1 },
    )
    .map((value) => ({ kind: 'replace' as const, value })),
  fc
    .constantFrom('zz', '__proto__', 'constructor', 'nmae', 'valuation', 'stakes', '0')
    .map((key) => ({ kind: 'renameKey' as const, key })),
)

const mutate = (file: LooseFile, path: readonly (string | number)[], mutation: Mutation): unknown => {
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : undefined
  const parent = path.slice(0, -1).reduce((node: LooseFile, step) => node[step], file)
  const last = path[path.length - 1]!
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (mutation.kind === 'replace') parent[last] = mutation.value
  else if (!Array.isArray(parent)) {
    Object.defineProperty(parent, mutation.key, {
      value: parent[last],
      enumerable: true,
      writable: true,
      configurable: true,
    })
    if (mutation.key !== last) delete parent[last]
  }
  return file
}

describe('reading hostile input', () => {
  afterAll(() => {
    // At least 10,000 inputs in total, as the robustness issue asks (when the whole file runs).
    if (propertiesRun === 5) expect(inputs).toBeGreaterThanOrEqual(10_000)
    console.info(`fuzz: ${inputs} inputs, slowest ${slowest.toFixed(1)} ms`)
  })

  const validBytes = new TextEncoder().encode(roadAndHousingYaml)
  fuzz(
    'ends in problems or a scenario for arbitrary bytes',
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        // Valid text with random bytes spliced in: the UTF-8 check must find them anywhere.
        fc
          .tuple(fc.nat(validBytes.length), fc.uint8Array({ minLength: 1, maxLength: 4 }))
          .map(([at, bytes]) => new Uint8Array([...validBytes.subarray(0, at), ...bytes, ...validBytes.subarray(at)])),
      ),
      (bytes) => void readsSafely(() => parseScenarioText(bytes)),
    ),
    2000,
  )

  fuzz(
    'ends in problems or a scenario for arbitrary JSON values and their text',
    fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
      readsSafely(() => decodeScenario(value))
      readsSafely(() => parseScenarioText(JSON.stringify(value) ?? 'null', { format: 'json' }))
    }),
    1500,
  )

  fuzz(
    'ends in problems or a scenario for data made of the words of scenario files',
    fc.property(scenarioishArb, (value) => {
      readsSafely(() => decodeScenario(value))
      readsSafely(() => parseScenarioText(stringify(value, { aliasDuplicateObjects: false }), { format: 'yaml' }))
    }),
    1200,
  )

  fuzz(
    'ends in problems or a scenario for YAML-like text, tags, anchors and directives included',
    fc.property(yamlishArb, (text) => void readsSafely(() => parseScenarioText(text))),
    2000,
  )

  fuzz(
    'ends in problems or a scenario for a valid file with one field deleted, retyped or renamed',
    fc.property(validFileArb, fc.nat(), mutationArb, (file, pick, mutation) => {
      const paths = pathsOf(file)
      const broken = mutate(file, paths[pick % paths.length]!, mutation)
      readsSafely(() => decodeScenario(broken))
      readsSafely(() => parseScenarioText(JSON.stringify(broken) ?? 'null', { file: 'mutated.json' }))
    }),
    1500,
  )
})
