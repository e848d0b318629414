/**
 * What a GENIUS XML text may not contain, checked on the text before any parser sees it, and
 * line numbers that cost one pass over the text. GENIUS files are a few kilobytes of plain
 * elements and attributes; anything a hostile file could use to make the reader slow, big or
 * leaky is refused with one problem each:
 *
 * - a `<!DOCTYPE` (and with it every `<!ENTITY`): entities can expand to gigabytes ("billion
 *   laughs") or name other files (`SYSTEM "file:///etc/passwd"`); no entity is ever defined,
 *   so none is expanded or fetched;
 * - an element or attribute named `__proto__`, `constructor` or `prototype`;
 * - an attribute value longer than `scenarioFileLimits.maxStringLength`.
 *
 * Laws: the checks take time linear in the text; each problem has a line and column.
 */
import { reservedKeys, scenarioFileLimits } from '../scenarioFile/limits.js'
import type { Problem } from '../scenarioFile/Problem.js'

/** The deepest element nesting read; GENIUS files nest five deep. @category interop */
export const maxXmlDepth = scenarioFileLimits.maxDepth

/**
 * 1-based line and column of any offset in a text, after one pass that finds the line starts
 * (a node-by-node scan from the start would be quadratic in a file with many items).
 * @example
 * lineIndex('a\nbc')(3) // => { line: 2, column: 2 }
 * @category interop
 */
export const lineIndex = (text: string): ((offset: number) => { readonly line: number; readonly column: number }) => {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1 }
  }
}

const doctype = /<!DOCTYPE|<!ENTITY/i
const names = /<\/?\s*([^\s/>=]+)|\s([^\s/>="'<]+)\s*=\s*["']/g
const longValue = new RegExp(
  `=\\s*("[^"]{${scenarioFileLimits.maxStringLength + 1}}|'[^']{${scenarioFileLimits.maxStringLength + 1}})`,
)

/**
 * The problems of a GENIUS XML text that must stop reading before parsing; empty when none.
 * @example
 * xmlTextProblems('p.xml', '<!DOCTYPE x [<!ENTITY a "b">]><utility_space/>')[0]?.code // => 'unsupported'
 * @category interop
 */
export const xmlTextProblems = (file: string, xml: string): Problem[] => {
  const at = lineIndex(xml)
  const problem = (code: Problem['code'], offset: number, message: string): Problem => ({
    code,
    file,
    path: [],
    ...at(offset),
    message,
  })
  const declaration = doctype.exec(xml)
  if (declaration !== null) {
    return [
      problem(
        'unsupported',
        declaration.index,
        'a <!DOCTYPE> or <!ENTITY> declaration is not read: GENIUS files need none, and entities can expand without bound or read other files; remove it.',
      ),
    ]
  }
  for (const match of xml.matchAll(names)) {
    const name = match[1] ?? match[2] ?? ''
    if (reservedKeys.has(name)) {
      return [
        problem(
          'reservedKey',
          match.index + match[0].indexOf(name),
          `"${name}" cannot name an element or attribute: it reaches into JavaScript's object machinery; rename it.`,
        ),
      ]
    }
  }
  const long = longValue.exec(xml)
  if (long !== null)
    return [
      problem(
        'tooLong',
        long.index + 1,
        `an attribute value is longer than ${scenarioFileLimits.maxStringLength} characters; GENIUS values are short names and numbers.`,
      ),
    ]
  return []
}
