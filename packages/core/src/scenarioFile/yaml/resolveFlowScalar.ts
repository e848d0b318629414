/**
 * The text of a plain, single-quoted or double-quoted scalar: lines folded, escapes read.
 * A port of yaml 2.9's `resolve-flow-scalar.js` (ISC licence, Eemeli Aro) with the same
 * results and messages; `composeYaml.prop.test.ts` checks it against yaml on random scalars.
 */
import { resolveEnd } from './resolveProps.js'
import type { FlowScalarToken, OnError, Offset } from './YamlNode.js'

/** A scalar's text and where it ends, spaces and comments after it included. */
export interface ResolvedScalar {
  readonly value: string
  readonly end: Offset
}

const badStarts: Readonly<Record<string, string>> = {
  '\t': 'a tab character',
  ',': 'flow indicator character ,',
  '%': 'directive indicator character %',
  '|': 'block scalar indicator |',
  '>': 'block scalar indicator >',
  '@': 'reserved character @',
  '`': 'reserved character `',
}

/** Folds the lines of a plain or single-quoted scalar: one line break is a space, more keep all but one. */
const unfoldLines = (source: string): string => {
  const line = /(.*?)\r?\n/sy
  let match = line.exec(source)
  if (!match) return source
  // The lookbehinds keep the trimming linear on long runs of spaces.
  let res = match[1]!.replace(/(?<![ \t])[ \t]+$/, '')
  let sep = ' '
  let pos = line.lastIndex
  while ((match = line.exec(source))) {
    const lm = match[1]!.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, '')
    if (lm === '') {
      if (sep === '\n') res += sep
      else sep = '\n'
    } else {
      res += sep + lm
      sep = ' '
    }
    pos = line.lastIndex
  }
  const last = /[ \t]*(.*)/sy
  last.lastIndex = pos
  return res + sep + (last.exec(source)?.[1] ?? '')
}

const escapes: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
}

const doubleQuoted = (source: string, onError: (at: number, message: string) => void): string => {
  let res = ''
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!
    if (ch === '\r' && source[i + 1] === '\n') continue
    if (ch === '\n') {
      // One line break folds to a space, n breaks to n - 1 newlines; leading space is dropped.
      let fold = ''
      let next = source[i + 1]
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break
        if (next === '\n') fold += '\n'
        i += 1
        next = source[i + 1]
      }
      res += fold || ' '
    } else if (ch === '\\') {
      let next = source[++i]!
      const code = escapes[next]
      if (code) res += code
      else if (next === '\n' || (next === '\r' && source[i + 1] === '\n')) {
        // An escaped line break is skipped, and the next line still trimmed.
        if (next === '\r') ++i
        next = source[i + 1]!
        while (next === ' ' || next === '\t') next = source[++i + 1]!
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8
        const hex = source.substr(i + 1, length)
        const point = hex.length === length && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN
        try {
          res += String.fromCodePoint(point)
        } catch {
          const raw = source.substr(i - 1, length + 2)
          onError(i - 1, `Invalid escape sequence ${raw}`)
          res += raw
        }
        i += length
      } else {
        const raw = source.substr(i - 1, 2)
        onError(i - 1, `Invalid escape sequence ${raw}`)
        res += raw
      }
    } else if (ch === ' ' || ch === '\t') {
      // Trailing white space before a line break is dropped.
      const wsStart = i
      let next = source[i + 1]
      while (next === ' ' || next === '\t') next = source[++i + 1]
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch
    } else res += ch
  }
  if (source[source.length - 1] !== '"' || source.length === 1) onError(source.length, 'Missing closing "quote')
  return res
}

/** Resolves a flow scalar token to its text (yaml's `resolveFlowScalar`, strict mode). */
export const resolveFlowScalar = (scalar: FlowScalarToken, onError: OnError): ResolvedScalar => {
  const { offset, source } = scalar
  const at = (rel: number, message: string): void => onError(offset + rel, message)
  let value: string
  if (scalar.type === 'scalar') {
    const bad = badStarts[source[0] ?? '']
    if (bad) at(0, `Plain value cannot start with ${bad}`)
    value = unfoldLines(source)
  } else if (scalar.type === 'single-quoted-scalar') {
    if (source[source.length - 1] !== "'" || source.length === 1) at(source.length, "Missing closing 'quote")
    value = unfoldLines(source.slice(1, -1)).replace(/''/g, "'")
  } else value = doubleQuoted(source, at)
  return { value, end: resolveEnd(scalar.end, offset + source.length, true, onError) }
}
