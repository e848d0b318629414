/**
 * GENIUS XML written to break the reader: entity bombs, external entities, deep nesting, huge
 * attributes, prototype names, many items. Each ends in exactly the problem it deserves,
 * quickly, with nothing read from disk and nothing changed outside the reader.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../scenarioFile/Problem.js'
import { fromGeniusXml } from './fromGeniusXml.js'

const folder = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
const harbour: Record<string, string> = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => [f, readFileSync(folder + f, 'utf8')]),
)
const gemeente = harbour['Gemeente.xml']!

/**
 * The problems for the harbour folder with Gemeente.xml replaced. No test here times the reader
 * (a busy machine must not fail a test): an entity bomb, deep nesting or a huge value that were
 * expanded or walked would run past the test's time limit, which is the guard.
 */
const readWith = (text: string): { problems: readonly Problem[] } => {
  const result = fromGeniusXml({ ...harbour, 'Gemeente.xml': text })
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return { problems: E.isLeft(result) ? result.left : [] }
}
const brief = (p: Problem) => ({ code: p.code, file: p.file, line: p.line, column: p.column, message: p.message })
const doctypeMessage =
  'a <!DOCTYPE> or <!ENTITY> declaration is not read: GENIUS files need none, and entities can expand without bound or read other files; remove it.'

describe('entities', () => {
  it('refuses a billion-laughs entity bomb at its DOCTYPE without expanding anything', () => {
    const lol = (k: number) => `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${Array.from({ length: 9 }, (_, k) => lol(k + 1)).join('')}]>\n`
    const { problems } = readWith(bomb + gemeente.replace('value="North bank"', 'value="&lol9;"'))
    expect(problems.map(brief)).toEqual([
      { code: 'unsupported', file: 'Gemeente.xml', line: 2, column: 1, message: doctypeMessage },
    ])
  })

  it('never reads the file an external entity names', () => {
    const xxe = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    const { problems } = readWith(xxe + gemeente.replace('value="North bank"', 'value="&xxe;"'))
    expect(problems.map(brief)).toEqual([
      { code: 'unsupported', file: 'Gemeente.xml', line: 1, column: 1, message: doctypeMessage },
    ])
    expect(JSON.stringify(problems)).not.toContain('root:')
  })

  it('refuses an entity declaration even without a DOCTYPE around it', () => {
    const { problems } = readWith(gemeente.replace('<utility_space>', '<utility_space><!ENTITY a "b">'))
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['unsupported', 1, 16]])
  })

  it('still reads the five predefined entities in names, as GENIUS writes them', () => {
    const domain = harbour['harbour_domain.xml']!.replace('value="North bank"', 'value="North &amp; bank"')
    const result = fromGeniusXml({
      ...harbour,
      'harbour_domain.xml': domain,
      'Gemeente.xml': gemeente.replace('value="North bank"', 'value="North &amp; bank"'),
      'Provincie.xml': harbour['Provincie.xml']!.replace('value="North bank"', 'value="North &amp; bank"'),
    })
    expect(E.isRight(result) && result.right.issues[0]!.options[0]!.id).toBe('North & bank')
  })
})

describe('size and shape', () => {
  it('refuses elements nested deeper than 32 levels, even 100,000 deep', () => {
    const { problems } = readWith('<a>'.repeat(100_000) + '</a>'.repeat(100_000))
    expect(problems.map(brief)).toEqual([
      {
        code: 'tooDeep',
        file: 'Gemeente.xml',
        line: undefined,
        column: undefined,
        message: 'the elements nest deeper than 32 levels; GENIUS files nest five deep.',
      },
    ])
  })

  it('refuses an attribute value of twenty million characters without quoting it', () => {
    const { problems } = readWith(gemeente.replace('value="North bank"', `value="${'x'.repeat(20_000_000)}"`))
    expect(problems.map(brief)).toEqual([
      {
        code: 'tooLong',
        file: 'Gemeente.xml',
        line: 4,
        column: 26,
        message: 'an attribute value is longer than 100000 characters; GENIUS values are short names and numbers.',
      },
    ])
  })

  // Not a speed test (a busy machine must not fail it): before, each place was found by counting
  // lines from the top, 20,000 items took half a minute; the options limit is now 10,000.
  it('places problems in a file of 10,000 items (the options limit)', () => {
    const items = Array.from(
      { length: 10_000 },
      (_, k) => `<item index="${k}" value="v${k}" evaluation="${k === 9_999 ? 'x' : 1}"></item>`,
    ).join('\n')
    const result = fromGeniusXml({
      'big.xml': `<utility_space><objective><issue index="1" name="i">\n${items}</issue><weight index="1" value="1"/></objective></utility_space>`,
    })
    expect(E.isLeft(result) && result.left.map((p) => [p.code, p.line, p.column])).toEqual([
      ['invalidValue', 10_001, 1],
    ])
  })
})

describe('prototype pollution', () => {
  it.each([
    // The replaced element is the last of the file, after a tab on line 25.
    ['an element __proto__', '<__proto__ polluted="yes"/>', '__proto__', 3],
    ['an element constructor', '<constructor><prototype polluted="yes"/></constructor>', 'constructor', 3],
    ['an attribute __proto__', '<reservation __proto__="x" value="0.2"/>', '__proto__', 15],
    ['an attribute prototype', '<discount_factor prototype="x" value="0.2"/>', 'prototype', 19],
  ])('refuses %s by name, at its place', (_, element, name, column) => {
    const { problems } = readWith(gemeente.replace('<reservation value="0.25" />', element))
    expect(problems.map(brief)).toEqual([
      {
        code: 'reservedKey',
        file: 'Gemeente.xml',
        line: 25,
        column,
        message: `"${name}" cannot name an element or attribute: it reaches into JavaScript's object machinery; rename it.`,
      },
    ])
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('reads attributes named like other Object.prototype members as ordinary, ignored attributes', () => {
    const result = fromGeniusXml({
      ...harbour,
      'Gemeente.xml': gemeente.replace(
        '<reservation value="0.25" />',
        '<reservation toString="x" hasOwnProperty="y" value="0.25" />',
      ),
    })
    expect(E.isRight(result) && result.right.parties[0]!.reservationUtility).toBe(0.25)
  })
})
