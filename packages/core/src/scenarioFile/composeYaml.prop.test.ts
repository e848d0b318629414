/**
 * Our YAML composer against yaml's full one (the oracle in the test kit: yaml's Composer,
 * document model and toJS, as the reader used them before). On scenario files written in
 * every style yaml can write, on those files with random YAML syntax spliced in, on text made
 * of YAML's tokens and on character soup, both must agree: the same value (mappings as Maps,
 * aliases resolved), or problems of the same kinds, at the same lines and columns, with the
 * same messages. Two differences are meant and stated where they are allowed:
 * - an alias without an anchor: yaml's toJS throws, which the reader used to report as an
 *   alias bomb; now it says the anchor is missing, at the alias;
 * - the YAML 1.1 tags (`!!binary`, `!!set`, ...) are refused as tags unread, while yaml may
 *   first report that their content is malformed: refused either way.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { encodeScenario } from './encodeScenario.js'
import { parseYaml } from './parseYaml.js'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everything } from '@mandjes/testkit/scenarioFileArbitraries.js'
import { usesYaml11Tags, yamlOracle } from '@mandjes/testkit/yamlOracle.js'

/** Ours and the oracle's reading of a text, compared as the module comment says. */
const agreesWithYaml = (text: string): void => {
  const ours = parseYaml(text)
  if (E.isLeft(ours) && ours.left[0]?.code === 'tooDeep') return void fc.pre(false)
  const theirs = yamlOracle(text)
  if (theirs._tag === 'Value') {
    expect(ours).toEqual(E.right(theirs.value))
    return
  }
  if (usesYaml11Tags(text)) {
    expect(E.isLeft(ours)).toBe(true)
    return
  }
  expect(E.isLeft(ours), `yaml refused: ${JSON.stringify(theirs.problems)}`).toBe(true)
  const problems = E.isLeft(ours) ? ours.left : []
  const first = theirs.problems[0]!
  if (first.code === 'unresolvedAlias') {
    expect(problems.map((p) => p.code)).toEqual(['invalidYaml'])
    expect(problems[0]!.message).toMatch(/has no anchor/)
    return
  }
  const place = (p: { code: string; line?: number; column?: number; message: string }) => ({
    code: p.code,
    line: p.line,
    column: p.column,
    // The tag problem's wording is ours alone; its place and kind are compared.
    message: p.code === 'yamlTag' || p.code === 'yamlAliases' ? '' : p.message,
  })
  expect(problems.map(place)).toEqual(theirs.problems.map(place))
}

const yamlTokens = [
  ...['version: 1', 'name: x', 'parties:', 'issues:', 'a: ', 'b:', '- ', '? ', ': ', ', ', '  ', '    ', '\n', '\n  '],
  ...[
    '[',
    ']',
    '{',
    '}',
    '&a ',
    '*a',
    '*b',
    '&b ',
    '&',
    '*',
    '!!str ',
    '!!int ',
    '!!float ',
    '!!map ',
    '!!seq ',
    '!foo ',
  ],
  ...[
    '!',
    '!<tag:x> ',
    '!e!x ',
    '%TAG !e! tag:e,2000:\n',
    '%YAML 1.2\n',
    '%YAML 2.0\n',
    '%FOO\n',
    '---',
    '--- ',
    '...',
  ],
  ...['"', "'", '"a\\"b"', "'it''s'", '"\\x4', '"\\u00e9"', '"\\q"', '# c', '#c', '|', '|-', '>+', '|2', '>\n  a\n  b'],
  ...[
    '.nan',
    '.inf',
    '-.inf',
    '~',
    'null',
    'true',
    'False',
    '0x1F',
    '0o17',
    '1e3',
    '1.5',
    '-0',
    '+12',
    '007',
    '\t',
    '@',
    '`',
  ],
  ...['a: 1\na: 2\n', '{a: 1, a: 2}', '[a: 1]', '<<: *a', 'é', '\r\n', '%', '- - x', 'key: - x'],
]
const tokenTextArb = fc.array(fc.constantFrom(...yamlTokens), { maxLength: 30 }).map((t) => t.join(''))
const soupArb = fc
  .array(fc.constantFrom(...' \n\n\t-:?[]{},#&*!|>\'"%@.~a1\\'.split('')), { maxLength: 60 })
  .map((c) => c.join(''))

// Scenario files in yaml's writing styles: block or flow, plain or quoted, with aliases for repeats.
const styleArb = fc.record({
  flowLevel: fc.constantFrom(-1, 0, 1, 2, 3),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
    'BLOCK_FOLDED',
  ) as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'>,
  indent: fc.integer({ min: 1, max: 4 }),
  aliasDuplicateObjects: fc.boolean(),
})
const scenarioTextArb = fc
  .tuple(scenarioArb({ ...everything, maxIssues: 3, maxParties: 3 }), styleArb)
  .map(([scenario, style]) => stringify(JSON.parse(JSON.stringify(encodeScenario(scenario))) as unknown, style))
// The same files with a token of YAML syntax spliced in somewhere: mostly broken files.
const splicedArb = fc
  .tuple(scenarioTextArb, fc.nat(), fc.constantFrom(...yamlTokens), fc.boolean())
  .map(([text, at, token, replace]) => {
    const i = at % (text.length + 1)
    return text.slice(0, i) + token + text.slice(replace ? i + token.length : i)
  })

describe('our YAML composer, against yaml’s full composer', () => {
  it('reads scenario files written in every yaml style to the same values', () =>
    fc.assert(fc.property(scenarioTextArb, agreesWithYaml), { numRuns: 300 }))

  it('agrees on scenario files with YAML syntax spliced in', () =>
    fc.assert(fc.property(splicedArb, agreesWithYaml), { numRuns: 600 }))

  it('agrees on text made of YAML tokens: anchors, tags, directives, documents, scalars of every kind', () =>
    fc.assert(fc.property(tokenTextArb, agreesWithYaml), { numRuns: 2000 }))

  it('agrees on character soup', () => fc.assert(fc.property(soupArb, agreesWithYaml), { numRuns: 2000 }))

  it('agrees on the examples the reader’s tests name', () => {
    for (const text of [
      'version: 1\nname: [x\nissues: []\n',
      '{ "version": 1,\n"name": "x"\n\t- y',
      '[version]\nname = "x"\n  - y',
      'version: 1\nname: a\nname: b\n',
      'a: &x [1, *x]\n',
      'a: *nope\n',
      '.nan: 1\n.nan: 2\n',
      '%YAML 1.1\n--- !!binary aGk=\n',
      '',
      '# only a comment\n',
      '%YAML 1.2\n',
      'a: |\n  x\n   y\n\n',
      '- >-\n  folded\n  text\n\n  more\n',
    ])
      agreesWithYaml(text)
  })
})
