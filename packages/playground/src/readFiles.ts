/**
 * Files chosen or dropped on the page, read into a scenario with core's readers: one mandjes
 * scenario file (YAML or JSON), or a GeniusWeb folder (JSON domain and profiles) or a GENIUS
 * folder (XML). Problems come back as lines that name the file and the place inside it.
 */
import { formatProblem, fromGeniusWeb, fromGeniusXml, parseScenarioText, type Problem, type Scenario } from 'mandjes'

/** A file's name and text. */
export interface TextFile {
  readonly name: string
  readonly text: string
}

/** A scenario, or the problems that stop it from being read. */
export type ReadResult =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly string[] }

const fromEither = (
  result: { _tag: 'Left'; left: readonly Problem[] } | { _tag: 'Right'; right: Scenario },
): ReadResult =>
  result._tag === 'Right'
    ? { ok: true, scenario: result.right }
    : { ok: false, problems: result.left.map((p) => formatProblem(p)) }

const ext = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase()

/**
 * Reads one or more files. Several files are a foreign folder: all XML is GENIUS, otherwise
 * GeniusWeb. One XML file cannot be a GENIUS folder (it needs a domain and profiles).
 */
export const readFiles = (files: readonly TextFile[]): ReadResult => {
  if (files.length === 0)
    return {
      ok: false,
      problems: ['No file chosen: choose a scenario file, or the files of a GeniusWeb or GENIUS folder.'],
    }
  if (files.length === 1 && ext(files[0]!.name) !== 'xml') {
    const [file] = files
    return fromEither(parseScenarioText(file!.text, { file: file!.name }))
  }
  const texts = Object.fromEntries(files.map((f) => [f.name, f.text]))
  if (files.every((f) => ext(f.name) === 'xml')) return fromEither(fromGeniusXml(texts))
  if (files.every((f) => ext(f.name) === 'json')) return fromEither(fromGeniusWeb(texts))
  return {
    ok: false,
    problems: [
      `Mixed files (${files.map((f) => f.name).join(', ')}): choose one scenario file, or only the .json files of a GeniusWeb folder, or only the .xml files of a GENIUS folder.`,
    ],
  }
}
