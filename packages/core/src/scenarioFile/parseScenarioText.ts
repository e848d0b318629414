/**
 * A scenario from the text (or bytes) of a file: size check, UTF-8, JSON or YAML, then
 * `decodeScenario`. Every problem carries the file name when one is given, and a line and
 * column whenever the place can be found in the text.
 */
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Scenario } from '../model/Scenario.js'
import { decodeScenario } from './decodeScenario.js'
import { locateProblems } from './locateProblems.js'
import { parseJson } from './parseJson.js'
import { decodeJsonText, inFile } from './parseScenarioJson.js'
import { parseYaml } from './parseYaml.js'
import type { Problem } from './Problem.js'
import { readText } from './readText.js'
import type { ScenarioFormat } from './writeScenarioText.js'

/**
 * How to read a scenario text: its format and the file it came from.
 * @example
 * parseScenarioText(text, { file: 'rivierenland.yaml' }) // format YAML, problems name the file
 * @category scenarioFile
 */
export interface ParseScenarioOptions {
  /** The format; by default taken from the file's extension, else sniffed from the text. */
  readonly format?: ScenarioFormat
  /** The file's name, for messages and for choosing the format. */
  readonly file?: string
}

/**
 * The format a file name implies: `.json` is JSON, `.yaml` and `.yml` are YAML.
 * @example
 * formatOfFile('deal.YML') // => 'yaml'
 * formatOfFile('deal.txt') // => undefined
 * @category scenarioFile
 */
export const formatOfFile = (file: string): ScenarioFormat | undefined =>
  /\.json$/i.test(file) ? 'json' : /\.ya?ml$/i.test(file) ? 'yaml' : undefined

// Text of unknown format: JSON when it starts like JSON and parses as JSON, else YAML; when
// it is neither, one problem says so, placed where the YAML reading failed.
const yamlSyntax = 'the text is not valid YAML: '
const parseSniffedYaml = (text: string): E.Either<readonly Problem[], unknown> =>
  pipe(
    parseYaml(text),
    E.mapLeft((problems) =>
      // Only a syntax error means "not YAML"; a duplicate key or a second document is YAML gone wrong.
      problems[0]?.code === 'invalidYaml' && problems[0].message.startsWith(yamlSyntax)
        ? [
            {
              ...problems[0],
              code: 'notJsonOrYaml' as const,
              message: `the text is neither JSON nor YAML: ${problems[0].message.slice(yamlSyntax.length)}`,
            },
          ]
        : problems,
    ),
  )

/**
 * Reads a scenario from the text or bytes of a JSON or YAML file.
 *
 * @example
 * parseScenarioText('version: 1\nname: x\ndomains: []\nissues: []\nparties: []\nstatusQuo: {}\n')._tag // => 'Right'
 * parseScenarioText('{"version": 1,', { file: 'deal.json' })
 * // => E.left([{ code: 'invalidJson', file: 'deal.json', line: 1, column: 15 }])
 *
 * @category scenarioFile
 */
export const parseScenarioText = (
  input: string | Uint8Array,
  options: ParseScenarioOptions = {},
): E.Either<ReadonlyNonEmptyArray<Problem>, Scenario> => {
  const text = readText(input)
  if (E.isLeft(text)) return E.left(inFile(text.left, options.file))
  const format = options.format ?? (options.file === undefined ? undefined : formatOfFile(options.file))
  // JSON goes through the JSON reader's own locator (same places, no YAML document needed).
  if (format === 'json' || (format === undefined && /^\s*[[{]/.test(text.right))) {
    const json = parseJson(text.right)
    if (E.isRight(json)) return decodeJsonText(text.right, json.right, options.file)
    if (format === 'json') return E.left(inFile(json.left, options.file))
  }
  const raw = format === 'yaml' ? parseYaml(text.right) : parseSniffedYaml(text.right)
  if (E.isLeft(raw)) return E.left(inFile(raw.left, options.file))
  return pipe(
    decodeScenario(raw.right),
    E.mapLeft((problems) => inFile(locateProblems(text.right, problems), options.file)),
  )
}
