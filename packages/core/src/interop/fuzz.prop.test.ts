/**
 * Hostile and broken folders of other tools, generated: random JSON and text as GeniusWeb
 * files, random and XML-like text as GENIUS files, and valid folders with one thing broken.
 * The law for every input, as for scenario files (../scenarioFile/fuzz.prop.test.ts): reading
 * ends in a valid scenario or in a non-empty list of problems, each naming its file and path
 * (a problem about the folder as a whole, such as "no profile", has the empty path and no
 * file); it never throws, never pollutes `Object.prototype`, and never takes over two seconds.
 * Over 10,000 inputs per reader; the file takes about 20 s on a shared two-core machine.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { harbourFolder } from '@mandjes/testkit/geniusWebFolder.js'
import { outcomeSpaceArb } from '@mandjes/testkit/outcomeSpaceArb.js'
import { checkReaderLaw } from '@mandjes/testkit/readerLaw.js'
import { fromGeniusWeb } from './fromGeniusWeb.js'
import { fromGeniusXml } from './fromGeniusXml.js'
import { toGeniusWeb } from './toGeniusWeb.js'

type Folder = Readonly<Record<string, string>>
const inputs = { geniusWeb: 0, genius: 0 }
let slowest = 0
let propertiesRun = 0

/** Reads one folder and checks the law (../../test/readerLaw.ts), and that each problem names one of its files. */
const readsSafely = (reader: keyof typeof inputs, files: Folder): void => {
  inputs[reader]++
  const { result, took } = checkReaderLaw(() => (reader === 'geniusWeb' ? fromGeniusWeb(files) : fromGeniusXml(files)))
  slowest = Math.max(slowest, took)
  if (E.isRight(result)) return
  for (const problem of result.left) {
    if (problem.file === undefined) expect(problem.path).toEqual([])
    else expect(Object.keys(files)).toContain(problem.file)
  }
}
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

/** Text as a file may hold it: any UTF-16 string, lone surrogates included, or bytes decoded leniently. */
const fileTextArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
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
  | { readonly kind: 'scale'; readonly by: number }
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc
    .constantFrom<unknown>(
      null,
      0,
      -1,
      2,
      1e300,
      -1e300,
      '',
      'NaN',
      'Infinity',
      '-1e999',
      '0.5',
      'zz-unknown',
      'north',
      'i0',
      'x'.repeat(200),
      [],
      {},
      true,
      '__proto__',
      [1, 2],
      { values: [] },
      { a: 1 },
    )
    .map((value) => ({ kind: 'replace' as const, value })),
  fc
    .constantFrom('zz', '__proto__', 'constructor', 'i0', 'v0', 'quay', 'issueWeight', 'valueUtilities', 'issuesValues')
    .map((key) => ({ kind: 'renameKey' as const, key })),
  // Weights (and any number) that no longer add up to 1.
  fc.constantFrom(0, 0.5, 3, -1).map((by) => ({ kind: 'scale' as const, by })),
)
/** The tree with one change at `path` (the tree is a fresh parse, so it may be changed). */
const mutate = (tree: unknown, path: readonly (string | number)[], mutation: Mutation): unknown => {
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : mutation.kind === 'delete' ? {} : tree
  const parent = path.slice(0, -1).reduce((node: any, step) => node[step], tree) as any
  const last = path[path.length - 1]!
  if (mutation.kind === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last]
  else if (mutation.kind === 'replace') parent[last] = mutation.value
  else if (mutation.kind === 'scale')
    parent[last] = typeof parent[last] === 'number' ? parent[last] * mutation.by : parent[last]
  else if (!Array.isArray(parent)) {
    Object.defineProperty(parent, mutation.key, {
      value: parent[last],
      enumerable: true,
      writable: true,
      configurable: true,
    })
    if (mutation.key !== last) delete parent[last]
  }
  return tree
}

/** Valid GeniusWeb folders: the harbour fixture and exports of generated scenarios. */
const validFolderArb: fc.Arbitrary<Folder> = fc.oneof(
  fc.constant(null).map(() => harbourFolder()),
  outcomeSpaceArb({ minParties: 1, maxParties: 3, maxIssues: 3, maxOptions: 3 }).map((s) => toGeniusWeb(s)),
)

const xmlFolder = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
const harbourXml: Folder = Object.fromEntries(
  readdirSync(xmlFolder)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => [f, readFileSync(xmlFolder + f, 'utf8')]),
)
const xmlNames = Object.keys(harbourXml)

const xmlWords = [
  'utility_space',
  'negotiation_template',
  'objective',
  'issue',
  'item',
  'weight',
  'reservation',
  'discount_factor',
  '__proto__',
  'constructor',
  'a',
]
const attributeArb = fc
  .tuple(
    fc.constantFrom('index', 'name', 'value', 'evaluation', 'type', 'etype', 'vtype', 'prototype', 'toString', 'x'),
    fc.constantFrom(
      '1',
      '2',
      '0',
      '-1',
      '0.5',
      'NaN',
      '1e999',
      'discrete',
      'integer',
      'real',
      'North bank',
      '',
      '&amp;',
      '&lol;',
      '&#233;',
      'x'.repeat(50),
    ),
  )
  .map(([k, v]) => ` ${k}="${v}"`)
const xmlTokenArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...xmlWords), fc.array(attributeArb, { maxLength: 3 }), fc.constantFrom('>', '/>', ''))
    .map(([tag, attrs, end]) => `<${tag}${attrs.join('')}${end}`),
  fc.constantFrom(...xmlWords).map((tag) => `</${tag}>`),
  fc.constantFrom(
    '<?xml version="1.0"?>',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '<!-- c -->',
    '<![CDATA[x]]>',
    '&a;',
    '"',
    "'",
    '<',
    '>',
    '=',
    '\n',
    ' ',
    'text',
  ),
)
const xmlishArb = fc.array(xmlTokenArb, { maxLength: 30 }).map((tokens) => tokens.join(''))

/** Every attribute (name="value") and every start tag of a text, by offset. */
const attributeSpans = (text: string) =>
  [...text.matchAll(/\s([\w:]+)="([^"]*)"/g)].map((m) => ({
    at: m.index,
    length: m[0].length,
    name: m[1]!,
    value: m[2]!,
  }))
const elementSpans = (text: string) =>
  [...text.matchAll(/<(\w+)[^>]*?(\/>|>[\s\S]*?<\/\1>)/g)].map((m) => ({
    at: m.index,
    length: m[0].length,
    name: m[1]!,
  }))
type XmlMutation =
  | { kind: 'value'; value: string }
  | { kind: 'dropAttribute' }
  | { kind: 'renameAttribute'; name: string }
  | { kind: 'dropElement' }
  | { kind: 'doubleElement' }
  | { kind: 'renameElement'; name: string }
const xmlMutationArb: fc.Arbitrary<XmlMutation> = fc.oneof(
  fc
    .constantFrom(
      '',
      '-1',
      '0',
      '2',
      '1e999',
      'NaN',
      'Infinity',
      ' 0.5 ',
      '0x10',
      'zz',
      'integer',
      'North bank',
      'Slow',
      '3',
      '&amp;',
      '&bad;',
      '<',
      '"',
    )
    .map((value) => ({ kind: 'value' as const, value })),
  fc.constant({ kind: 'dropAttribute' as const }),
  fc
    .constantFrom('idx', 'index', 'value', 'evaluation', '__proto__', 'constructor', 'type')
    .map((name) => ({ kind: 'renameAttribute' as const, name })),
  fc.constant({ kind: 'dropElement' as const }),
  fc.constant({ kind: 'doubleElement' as const }),
  fc
    .constantFrom('item', 'issue', 'objective', 'weight', 'prototype', 'zz')
    .map((name) => ({ kind: 'renameElement' as const, name })),
)
const mutateXml = (text: string, pick: number, m: XmlMutation): string => {
  const splice = (at: number, length: number, by: string) => text.slice(0, at) + by + text.slice(at + length)
  if (m.kind === 'value' || m.kind === 'dropAttribute' || m.kind === 'renameAttribute') {
    const spans = attributeSpans(text)
    const a = spans[pick % spans.length]!
    if (m.kind === 'dropAttribute') return splice(a.at, a.length, '')
    return splice(a.at, a.length, m.kind === 'value' ? ` ${a.name}="${m.value}"` : ` ${m.name}="${a.value}"`)
  }
  const spans = elementSpans(text)
  const e = spans[pick % spans.length]!
  const element = text.slice(e.at, e.at + e.length)
  if (m.kind === 'dropElement') return splice(e.at, e.length, '')
  if (m.kind === 'doubleElement') return splice(e.at, e.length, element + element)
  return splice(
    e.at,
    e.length,
    element.replace(new RegExp(`^<${e.name}`), `<${m.name}`).replace(new RegExp(`</${e.name}>$`), `</${m.name}>`),
  )
}

describe('reading hostile GeniusWeb folders', () => {
  fuzz(
    'ends in problems or a scenario for arbitrary JSON values as domain and profile',
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (domain, profile) => {
      readsSafely('geniusWeb', {
        'domain.json': JSON.stringify(domain) ?? 'null',
        'p0.json': JSON.stringify(profile) ?? 'null',
      })
      readsSafely('geniusWeb', { ...harbourFolder(), 'city.json': JSON.stringify(profile) ?? 'null' })
    }),
    1500,
  )

  fuzz(
    'ends in problems or a scenario for arbitrary text in any file of a folder',
    fc.property(
      fileTextArb,
      fc.constantFrom('domain.json', 'city.json', 'extra.json'),
      (text, file) => void readsSafely('geniusWeb', { ...harbourFolder(), [file]: text }),
    ),
    3000,
  )

  fuzz(
    'ends in problems or a scenario for a valid folder with one field deleted, retyped, renamed or rescaled',
    fc.property(validFolderArb, fc.nat(), fc.nat(), mutationArb, (files, whichFile, pick, mutation) => {
      const names = Object.keys(files)
      const file = names[whichFile % names.length]!
      const tree = JSON.parse(files[file]!) as unknown
      const paths = pathsOf(tree)
      const broken = mutate(tree, paths[pick % paths.length]!, mutation)
      readsSafely('geniusWeb', { ...files, [file]: JSON.stringify(broken) ?? 'null' })
    }),
    4500,
  )
})

describe('reading hostile GENIUS XML folders', () => {
  fuzz(
    'ends in problems or a scenario for arbitrary text as a file, alone or among valid ones',
    fc.property(fileTextArb, fc.constantFrom(...xmlNames), (text, file) => {
      readsSafely('genius', { [file]: text })
      readsSafely('genius', { ...harbourXml, [file]: text })
    }),
    1500,
  )

  fuzz(
    'ends in problems or a scenario for XML-like text made of GENIUS tags and attributes',
    fc.property(
      xmlishArb,
      xmlishArb,
      (domain, profile) => void readsSafely('genius', { 'd_domain.xml': domain, 'p.xml': profile }),
    ),
    3500,
  )

  fuzz(
    'ends in problems or a scenario for a valid folder with one attribute or element changed',
    fc.property(
      fc.constantFrom(...xmlNames),
      fc.nat(),
      xmlMutationArb,
      (file, pick, mutation) =>
        void readsSafely('genius', { ...harbourXml, [file]: mutateXml(harbourXml[file]!, pick, mutation) }),
    ),
    4000,
  )
})

afterAll(() => {
  // At least 10,000 inputs per reader, as the robustness issue asks (when the whole file runs).
  if (propertiesRun === 6) {
    expect(inputs.geniusWeb).toBeGreaterThanOrEqual(10_000)
    expect(inputs.genius).toBeGreaterThanOrEqual(10_000)
  }
  console.info(
    `interop fuzz: ${inputs.geniusWeb} GeniusWeb and ${inputs.genius} GENIUS inputs, slowest ${slowest.toFixed(1)} ms`,
  )
})
