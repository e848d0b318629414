/**
 * YAML text to a value, or problems with line and column. Only plain data is accepted: the
 * YAML 1.2 core schema, no custom or language-specific tags (`!!js/function`, `!!binary`,
 * `!foo`), at most `scenarioFileLimits.maxYamlAliases` alias uses (against "billion laughs"
 * alias bombs), and one document per file.
 */
import * as E from 'fp-ts/lib/Either.js'
import { composeYaml } from './composeYaml.js'
import { scenarioFileLimits as limits } from './limits.js'
import { quote, type Problem, type ProblemCode } from './Problem.js'
import { toValue } from './yaml/toValue.js'
import { preorder } from './yaml/YamlNode.js'
import { linePositions } from './readText.js'

// The tags of plain data in the YAML 1.2 core schema; anything else is refused.
const plainTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))

// The start of a syntax problem's message; parseScenarioText recognises it.
const yamlSyntax = 'the text is not valid YAML: '

// The key written at an offset, for messages: up to the colon, without quotes.
const keyAt = (text: string, offset: number): string =>
  (/^[^:\n,}]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')

/**
 * Parses YAML text (a value holding `Map`s for mappings, which `decodeScenario` reads safely).
 * @example
 * parseYaml('a: !!js/function f') // => E.left([{ code: 'yamlTag', line: 1, column: 18 }])
 * @category scenarioFile
 */
export const parseYaml = (text: string): E.Either<readonly Problem[], unknown> => {
  const composed = composeYaml(text)
  const at = linePositions(text)
  const problem = (code: ProblemCode, offset: number, message: string): Problem => ({
    code,
    path: [],
    ...at(offset),
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
  const { contents, errors, extraDocumentAt } = composed
  const problems: Problem[] = errors
    .slice(0, 20)
    .map((e) =>
      e.message === 'Map keys must be unique'
        ? problem(
            'duplicateKey',
            e.offset,
            `the key ${quote(keyAt(text, e.offset))} appears twice in this mapping; keep one.`,
          )
        : problem('invalidYaml', e.offset, `${yamlSyntax}${e.message.split('\n')[0]}.`),
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
  for (const node of preorder(contents).filter((n) => n.tag !== undefined && !plainTags.has(n.tag))) {
    if (problems.length >= 20) break
    problems.push(
      problem(
        'yamlTag',
        node.start,
        `the tag ${quote(node.tag!.replace(/^tag:yaml\.org,2002:/, '!!'))} is not allowed; a scenario file holds plain data only, so remove the tag.`,
      ),
    )
  }
  if (problems.length > 0) return E.left(problems)
  const value = toValue(contents, limits.maxYamlAliases)
  if (value._tag === 'Value') return E.right(value.value)
  return E.left([
    value._tag === 'TooManyAliases'
      ? problem(
          'yamlAliases',
          0,
          `the text uses aliases (*name) so often that it expands to huge data (at most ${limits.maxYamlAliases} alias uses); write the data out.`,
        )
      : problem(
          'invalidYaml',
          value.offset,
          `the alias *${value.name} has no anchor &${value.name} before it; define the anchor first, or quote the text if the * is meant literally.`,
        ),
  ])
}
