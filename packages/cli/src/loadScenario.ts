/**
 * The one door through which commands read a scenario: a native JSON or YAML file, or a
 * GeniusWeb/GENIUS folder. Problems come back as data (`readScenario`) or as an `InputError`
 * that prints one line per problem (`loadScenario`).
 */
import type { Problem, Scenario } from 'mandjes'
import { formatProblem } from 'mandjes'
import { InputError } from './CliError.js'
import { stat } from 'node:fs/promises'
import { readForeignFolder } from './files/readForeignFolder.js'
import { readScenarioFile } from './files/readScenarioFile.js'
import { resolvePath, type Io } from './Io.js'

/** A scenario, or every problem found in the input. @category cli */
export type ScenarioRead = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly Problem[] }

/**
 * Reads a scenario from a path as the user typed it (relative to the Io's folder): a JSON or
 * YAML file, or a GeniusWeb/GENIUS folder.
 * @example
 * (await readScenario(io, 'examples/rivierenland/scenario.yaml')).ok // => true
 * @category cli
 */
export const readScenario = async (io: Io, path: string): Promise<ScenarioRead> => {
  const full = resolvePath(io, path)
  // A folder is a GeniusWeb or GENIUS domain with its profiles; anything else is read as a file
  // (and a path that does not exist is reported by the file reader).
  const isFolder = await stat(full).then((s) => s.isDirectory(), () => false)
  const result = isFolder ? await readForeignFolder(full) : await readScenarioFile(full)
  return result._tag === 'Right' ? { ok: true, scenario: result.right } : { ok: false, problems: result.left }
}

/**
 * The problems as lines for stderr, naming the file as the user typed it, with a last line
 * saying what to do.
 * @example
 * problemLines('x.yaml', problems) // => ['x.yaml:3:5: parties[0].kind: ...', 'Fix the file ... then run mandjes validate x.yaml.']
 * @category cli
 */
export const problemLines = (path: string, problems: readonly Problem[]): string[] => [
  ...problems.map((p) => formatProblem({ ...p, file: path })),
  `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${path}. Fix the file and check it with: mandjes validate ${path}`,
]

/**
 * Reads a scenario or throws an `InputError` (exit 1) listing every problem.
 * @example
 * const scenario = await loadScenario(io, 'scenario.yaml')
 * @category cli
 */
export const loadScenario = async (io: Io, path: string): Promise<Scenario> => {
  const read = await readScenario(io, path)
  if (!read.ok) throw new InputError(problemLines(path, read.problems))
  return read.scenario
}
