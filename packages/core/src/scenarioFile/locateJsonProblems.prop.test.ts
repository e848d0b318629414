import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateJsonProblems } from './locateJsonProblems.js'
import { locateProblems } from './locateProblems.js'
import type { Problem } from './Problem.js'

/** Every place in a JSON value, and a few that are not there (a missing key, an index past the end). */
const paths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  const here = [path, [...path, 'missing'], [...path, 99]]
  if (Array.isArray(value)) return [...here, ...value.flatMap((x, k) => paths(x, [...path, k]))]
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, x]) => paths(x, [...path, key]))]
  return here
}

const whitespace = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '  \n  ', '\n\t\t')
/** JSON text of a value with random whitespace between tokens. */
const spaced = (value: unknown, ws: () => string): string => {
  if (Array.isArray(value)) return `[${ws()}${value.map((x) => spaced(x, ws)).join(`${ws()},${ws()}`)}${ws()}]`
  if (value !== null && typeof value === 'object')
    return `{${ws()}${Object.entries(value)
      .map(([k, x]) => `${JSON.stringify(k)}${ws()}:${ws()}${spaced(x, ws)}`)
      .join(`${ws()},${ws()}`)}${ws()}}`
  return JSON.stringify(value)
}

const jsonTextArb = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(whitespace, { minLength: 1, maxLength: 20 }),
    fc.oneof(fc.constant(''), whitespace),
  )
  .map(([value, spaces, around]) => {
    let k = 0
    const ws = () => spaces[k++ % spaces.length]!
    return { value, text: `${around}${spaced(value, ws)}${around}` }
  })

const problemsAt = (value: unknown): Problem[] =>
  paths(value).map((path) => ({ code: 'wrongType', path, message: 'x' }) as Problem)

/**
 * The law: wherever the YAML-document locator places a problem, this one places it there too.
 * Where yaml cannot build a document from valid JSON (a tab before the first token is "tab
 * indentation" to YAML) it places nothing and this one still places every problem.
 */
const expectSamePlaces = (text: string, problems: readonly Problem[]) => {
  const json = locateJsonProblems(text, problems)
  const yaml = locateProblems(text, problems)
  yaml.forEach((p, k) => {
    if (p.line !== undefined) expect(json[k]).toEqual(p)
  })
  return { json, yaml }
}

describe('locating problems in JSON without a YAML parser', () => {
  it('places every problem where the YAML-document locator places it', () =>
    fc.assert(
      fc.property(jsonTextArb, ({ value, text }) => {
        const { json } = expectSamePlaces(text, problemsAt(value))
        for (const p of json) expect(p.line).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    ))

  it('places the same problems as the YAML locator when yaml reads the text (no leading tabs)', () =>
    fc.assert(
      fc.property(jsonTextArb, ({ value, text }) => {
        fc.pre(!/^\s*\t/.test(text))
        const problems = problemsAt(value)
        expect(locateJsonProblems(text, problems)).toEqual(locateProblems(text, problems))
      }),
      { numRuns: 500 },
    ))

  it('agrees on hand-written cases: duplicate keys, escapes, deep nesting, long lines', () => {
    const cases = [
      '{"a": 1, "a": 2}',
      '{"a": {"b": [1, {"c": "x"}]}, "\\u0062": [true, null]}',
      '{"é\\"q": [[[]]], "__proto__": {"x": 1}}',
      `${'['.repeat(80)}1${']'.repeat(80)}`,
      `${'['.repeat(70)}1${']'.repeat(70)}`,
      `{"k": "${'x'.repeat(2000)}", "l": {"${'y'.repeat(1100)}": 1}}`,
    ]
    for (const text of cases) {
      const problems = problemsAt(JSON.parse(text))
      expect(locateJsonProblems(text, problems)).toEqual(locateProblems(text, problems))
      expectSamePlaces(text, problems)
    }
  })
})
