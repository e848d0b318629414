/**
 * What a GENIUS XML text may not contain, checked on the text before any parser sees it (line
 * numbers come from `linePositions`, one pass over the text). GENIUS files are a few kilobytes
 * of plain elements and attributes; anything a hostile file could use to make the reader slow, big or
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
import { linePositions } from '../scenarioFile/readText.js'

/** The deepest element nesting read; GENIUS files nest five deep. @category interop */
export const maxXmlDepth = scenarioFileLimits.maxDepth

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
  const at = linePositions(xml)
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
