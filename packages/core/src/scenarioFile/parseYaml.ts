/**
 * YAML text to a value, or problems with line and column. Only plain data is accepted: the
 * YAML 1.2 core schema, no custom or language-specific tags (`!!js/function`, `!!binary`,
 * `!foo`), at most `scenarioFileLimits.maxYamlAliases` alias uses (against "billion laughs"
 * alias bombs), and one document per file.
 */
import * as E from 'fp-ts/lib/Either.js'
import { visit, type LineCounter } from 'yaml'
import { composeYaml } from './composeYaml.js'
import { scenarioFileLimits as limits } from './limits.js'
import { quote, type Problem, type ProblemCode } from './Problem.js'

// The tags of plain data in the YAML 1.2 core schema; anything else is refused.
const plainTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))

// The key written at an offset, for messages: up to the colon, without quotes.
const keyAt = (text: string, offset: number): string =>
  (/^[^:\n,}]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')

const at = (lineCounter: LineCounter, offset: number) => {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

/**
 * Parses YAML text (a value holding `Map`s for mappings, which `decodeScenario` reads safely).
 * @example
 * parseYaml('a: !!js/function f') // => E.left([{ code: 'yamlTag', line: 1, column: 18 }])
 * @category scenarioFile
 */
export const parseYaml = (text: string): E.Either<readonly Problem[], unknown> => {
  const composed = composeYaml(text)
  const { lineCounter } = composed
  const problem = (code: ProblemCode, offset: number, message: string): Problem => ({
    code,
    path: [],
    ...at(lineCounter, offset),
    message,
  })
  if (composed._tag === 'TooDeep') {
    return E.left([
      problem(
        'tooDeep',
        composed.offset,
        `lists and mappings are nested more than ${limits.maxDepth} deep; a scenario needs far less, so the structure is wrong.`,
      ),
    ])
  }
  const { document, extraDocumentAt } = composed
  const problems: Problem[] = document.errors
    .slice(0, 20)
    .map((e) =>
      e.code === 'DUPLICATE_KEY'
        ? problem(
            'duplicateKey',
            e.pos[0],
            `the key ${quote(keyAt(text, e.pos[0]))} appears twice in this mapping; keep one.`,
          )
        : problem(
            'invalidYaml',
            e.pos[0],
            `the text is not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
          ),
    )
  if (extraDocumentAt !== undefined) {
    problems.push(
      problem(
        'invalidYaml',
        extraDocumentAt,
        'the text holds more than one YAML document (a line "---" starts a second one); keep one scenario per file.',
      ),
    )
  }
  if (problems.length > 0) return E.left(problems)
  visit(document, {
    Node(_, node) {
      if (node.tag !== undefined && !plainTags.has(node.tag) && problems.length < 20) {
        problems.push(
          problem(
            'yamlTag',
            node.range?.[0] ?? 0,
            `the tag ${quote(node.tag.replace(/^tag:yaml\.org,2002:/, '!!'))} is not allowed; a scenario file holds plain data only, so remove the tag.`,
          ),
        )
      }
    },
  })
  if (problems.length > 0) return E.left(problems)
  try {
    // Maps keep keys as written (no "__proto__" assignment, no stringified-key warnings).
    return E.right(document.toJS({ mapAsMap: true, maxAliasCount: limits.maxYamlAliases }) as unknown)
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message)
    return E.left([
      aliases
        ? problem(
            'yamlAliases',
            0,
            `the text uses aliases (*name) so often that it expands to huge data (at most ${limits.maxYamlAliases} alias uses); write the data out.`,
          )
        : problem(
            'invalidYaml',
            0,
            `the YAML could not be read: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}.`,
          ),
    ])
  }
}
