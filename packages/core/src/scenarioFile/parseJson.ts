/**
 * JSON text to a value, or one problem with the line and column of the first syntax error.
 * `JSON.parse` does the reading (it is fast and does not recurse); when it fails, a small
 * scanner finds where, because engines word and place their messages differently.
 */
import * as E from 'fp-ts/lib/Either.js'
import { linePosition } from './readText.js'
import type { Problem } from './Problem.js'

const whitespace = new Set([' ', '\t', '\n', '\r'])
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// JSON forbids raw control characters inside strings, so the pattern must name them.
// eslint-disable-next-line no-control-regex
const stringPattern = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

/** Where the first JSON syntax error is and what was expected there (iterative: no recursion). */
export const jsonErrorAt = (text: string): { readonly offset: number; readonly expected: string } | undefined => {
  let i = 0
  const stack: ('object' | 'array')[] = []
  const skip = () => {
    while (i < text.length && whitespace.has(text[i]!)) i++
  }
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i
    if (!pattern.test(text)) return false
    i = pattern.lastIndex
    return true
  }
  // A value, then what may follow it inside its container.
  for (;;) {
    skip()
    const c = text[i]
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array')
      i++
      skip()
      if (text[i] === (c === '{' ? '}' : ']')) i++
      else if (c === '{') {
        if (!match(stringPattern)) return { offset: i, expected: 'a key in double quotes or "}"' }
        skip()
        if (text[i++] !== ':') return { offset: i - 1, expected: '":"' }
        continue
      } else continue
      stack.pop()
    } else if (!(
      match(stringPattern) ||
      match(numberPattern) ||
      ['true', 'false', 'null'].some((w) => text.startsWith(w, i) && (i += w.length))
    )) {
      return { offset: i, expected: 'a value (text in double quotes, a number, true, false, null, { or [)' }
    }
    // After a value: close containers or move to the next entry.
    for (;;) {
      skip()
      const top = stack[stack.length - 1]
      if (top === undefined) return i < text.length ? { offset: i, expected: 'the end of the text' } : undefined
      const close = top === 'object' ? '}' : ']'
      if (text[i] === close) {
        i++
        stack.pop()
        continue
      }
      if (text[i] !== ',') return { offset: i, expected: `"," or "${close}"` }
      i++
      if (top === 'object') {
        skip()
        if (!match(stringPattern)) return { offset: i, expected: 'a key in double quotes' }
        skip()
        if (text[i++] !== ':') return { offset: i - 1, expected: '":"' }
      }
      break
    }
  }
}

/**
 * Parses JSON text, reporting a syntax error as an `invalidJson` problem with its position.
 * @example
 * parseJson('{"a": }') // => E.left([{ code: 'invalidJson', line: 1, column: 7 }])
 * @category scenarioFile
 */
export const parseJson = (text: string): E.Either<readonly [Problem], unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown)
  } catch {
    const error = jsonErrorAt(text) ?? { offset: 0, expected: 'valid JSON' }
    const { line, column } = linePosition(text, error.offset)
    const found =
      error.offset >= text.length ? 'the end of the text' : JSON.stringify(text.slice(error.offset, error.offset + 12))
    return E.left([
      {
        code: 'invalidJson',
        path: [],
        line,
        column,
        message: `the text is not valid JSON: expected ${error.expected}, found ${found}.`,
      },
    ])
  }
}
