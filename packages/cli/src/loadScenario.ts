/**
 * The one door through which commands read a scenario: a native JSON or YAML file, or a
 * GeniusWeb/GENIUS folder. Problems come back as data (`readScenario`) or as an `InputError`
 * that prints one line per problem (`loadScenario`).
 */
import type { Problem, Scenario } from 'mandjes'
import { formatProblem, hiddenGains, requiredIssues } from 'mandjes'
import { InputError } from './CliError.js'
import { stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { readForeignFolder } from './files/readForeignFolder.js'
import { readScenarioFile } from './files/readScenarioFile.js'
import { resolvePath, type Io } from './Io.js'
import { terminalLine } from './terminalText.js'

/**
 * A scenario with the notes on what was left out of the input (entries of a folder that were
 * not read), or every problem found in the input, each naming its file as the user typed it.
 * @category cli
 */
export type ScenarioRead =
  | { readonly ok: true; readonly scenario: Scenario; readonly skipped: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] }

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
  const isFolder = await stat(full).then(
    (s) => s.isDirectory(),
    () => false,
  )
  if (!isFolder) {
    const result = await readScenarioFile(full)
    return result._tag === 'Right'
      ? { ok: true, scenario: result.right, skipped: [] }
      : { ok: false, problems: result.left.map((p) => ({ ...p, file: path })) }
  }
  const result = await readForeignFolder(full)
  if (result._tag === 'Right') return { ok: true, scenario: result.right, skipped: result.skipped }
  // A problem in a file inside the folder names that file, under the folder as typed.
  const shown = (file: string | undefined) =>
    file === undefined || file === full ? path : join(path, relative(full, file))
  return { ok: false, problems: result.left.map((p) => ({ ...p, file: shown(p.file) })) }
}

/**
 * The problems as lines for stderr, naming the file as the user typed it, with a last line
 * saying what to do.
 * @example
 * problemLines('x.yaml', problems) // => ['x.yaml:3:5: parties[0].kind: ...', 'Fix the file ... then run mandjes validate x.yaml.']
 * @category cli
 */
export const problemLines = (path: string, problems: readonly Problem[]): string[] => [
  ...problems.map((p) => formatProblem({ ...p, file: p.file ?? path })),
  `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${path}. Fix the file and check it with: mandjes validate ${path}`,
]

/** What a command can work with. @category cli */
export interface LoadOptions {
  /**
   * The command handles issues without a status quo (`statusQuo: { issue: null }`); without
   * this, such a scenario is refused with a line per issue (only `solve` and `validate` do so far).
   */
  readonly withoutStatusQuo?: boolean
}

/**
 * Reads a scenario or throws an `InputError` (exit 1) listing every problem.
 * @example
 * const scenario = await loadScenario(io, 'scenario.yaml')
 * @category cli
 */
export const loadScenario = async (io: Io, path: string, options: LoadOptions = {}): Promise<Scenario> => {
  const read = await readScenario(io, path)
  if (!read.ok) throw new InputError(problemLines(path, read.problems))
  const open = requiredIssues(read.scenario)
  if (options.withoutStatusQuo !== true && open.length > 0)
    throw new InputError([
      ...open.map((id) =>
        formatProblem({
          code: 'needsStatusQuo',
          path: ['statusQuo', id],
          file: path,
          message: `the issue ${JSON.stringify(id)} has no status quo (null), and this command needs one on every issue; give the option that holds when nobody agrees.`,
        }),
      ),
      `Only mandjes solve and mandjes validate handle issues without a status quo so far.`,
    ])
  printSkipped(io, path, read.skipped)
  printHiddenGains(io, path, read.scenario)
  return read.scenario
}

/**
 * Warns on stderr about every party whose gains the tolerance's floor hides (numbers far below
 * 1: see `hiddenGains`), so a "no valid deal" caused by its units is never silent.
 * @example
 * printHiddenGains(io, 'tiny.yaml', scenario) // stderr: tiny.yaml: warning: party "A": gains as small as ...
 * @category cli
 */
export const printHiddenGains = (io: Io, path: string, scenario: Scenario): void => {
  for (const hidden of hiddenGains(scenario)) io.stderr(`${terminalLine(`${path}: warning: ${hidden.message}`)}\n`)
}

/**
 * Says on stderr which entries of a folder were not read (symbolic links, pipes, devices).
 * @example
 * printSkipped(io, 'harbour', ['party3.json (a symbolic link)']) // stderr: harbour: note: skipped ...
 * @category cli
 */
export const printSkipped = (io: Io, path: string, skipped: readonly string[]): void => {
  if (skipped.length > 0)
    io.stderr(
      `${terminalLine(`${path}: note: skipped ${skipped.join(', ')}; only regular files in the folder are read.`)}\n`,
    )
}
