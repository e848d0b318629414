/**
 * A scenario from the text (or bytes) of a JSON file, without the YAML reader: size check,
 * UTF-8, `JSON.parse`, then `decodeScenario`, with the same problems (file, path, line and
 * column) `parseScenarioText` gives for the same JSON text. For a browser page that reads
 * only JSON, the bundle then holds no YAML parser (docs/performance.md has the sizes).
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Scenario } from '../model/Scenario.js'
import { decodeScenario } from './decodeScenario.js'
import { locateJsonProblems } from './locateJsonProblems.js'
import { parseJson } from './parseJson.js'
import type { Problem } from './Problem.js'
import { readText } from './readText.js'

/**
 * How to read a JSON scenario text: the file it came from, for messages.
 * @example
 * parseScenarioJson(text, { file: 'rivierenland.json' }) // problems name the file
 * @category scenarioFile
 */
export interface ParseScenarioJsonOptions {
  /** The file's name, for messages. */
  readonly file?: string
}

/** The problems, each naming the file when one is given. */
export const inFile = (problems: readonly Problem[], file: string | undefined): ReadonlyNonEmptyArray<Problem> =>
  (file === undefined ? problems : problems.map((p) => ({ ...p, file }))) as unknown as ReadonlyNonEmptyArray<Problem>

/** Decodes a value read from JSON text, placing the decoder's problems in that text. */
export const decodeJsonText = (
  text: string,
  raw: unknown,
  file: string | undefined,
): E.Either<ReadonlyNonEmptyArray<Problem>, Scenario> => {
  const decoded = decodeScenario(raw)
  return E.isLeft(decoded) ? E.left(inFile(locateJsonProblems(text, decoded.left), file)) : decoded
}

/**
 * Reads a scenario from the text or bytes of a JSON file; YAML is not accepted (use
 * `parseScenarioText` for either).
 *
 * @example
 * parseScenarioJson('{"version": 1, "name": "x", "domains": [], "issues": [], "parties": [], "statusQuo": {}}')._tag // => 'Right'
 * parseScenarioJson('{"version": 1,', { file: 'deal.json' })
 * // => E.left([{ code: 'invalidJson', file: 'deal.json', line: 1, column: 15 }])
 *
 * @category scenarioFile
 */
export const parseScenarioJson = (
  input: string | Uint8Array,
  options: ParseScenarioJsonOptions = {},
): E.Either<ReadonlyNonEmptyArray<Problem>, Scenario> => {
  const text = readText(input)
  if (E.isLeft(text)) return E.left(inFile(text.left, options.file))
  const raw = parseJson(text.right)
  if (E.isLeft(raw)) return E.left(inFile(raw.left, options.file))
  return decodeJsonText(text.right, raw.right, options.file)
}
