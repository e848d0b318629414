/**
 * The one door through which commands read a scenario: a native JSON or YAML file, or a
 * GeniusWeb/GENIUS folder. Problems come back as data (`readScenario`) or as an `InputError`
 * that prints one line per problem (`loadScenario`).
 */
import { Option } from 'commander'
import type { Problem, Scenario } from 'mandjes'
import { formatProblem, hiddenGains, requiredIssues } from 'mandjes'
import { InputError, UsageError } from './CliError.js'
import { stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { readForeignFolder } from './files/readForeignFolder.js'
import { readScenarioFile } from './files/readScenarioFile.js'
import { resolvePath, type Io } from './Io.js'
import { oneOf } from './parseOptions.js'
import { terminalLine } from './terminalText.js'

/**
 * How a GeniusWeb or GENIUS folder's "no agreement" is imported: `chosen` (the default) makes
 * up a status quo outcome from the reservation bids (`chooseStatusQuo`); `none` leaves every
 * issue without one, so each party falls back to its reservation value (as in those tools).
 * @category cli
 */
export type FolderStatusQuo = 'chosen' | 'none'

const folderStatusQuos: readonly FolderStatusQuo[] = ['chosen', 'none']

/** What `readScenario` and `loadScenario` read a path with. @category cli */
export interface ReadOptions {
  /** For a GeniusWeb/GENIUS folder: how no agreement is imported (see `FolderStatusQuo`). */
  readonly statusQuo?: FolderStatusQuo
}

/**
 * The `--status-quo <rule>` option, for the commands that handle issues without a status quo.
 * @example
 * program.command('solve').addOption(statusQuoOption())
 * @category cli
 */
export const statusQuoOption = (): Option =>
  new Option(
    '--status-quo <rule>',
    'for a GeniusWeb/GENIUS folder: "chosen" makes up a status quo from the reservation bids (default); "none" leaves every issue without one, so each party falls back to its reservation value',
  ).argParser(oneOf(folderStatusQuos))

/**
 * Reads the `--status-quo` option commander parsed.
 * @example
 * statusQuoOptionOf({ statusQuo: 'none' }) // => { statusQuo: 'none' }
 * @category cli
 */
export const statusQuoOptionOf = (opts: Record<string, unknown>): ReadOptions =>
  opts['statusQuo'] === undefined ? {} : { statusQuo: opts['statusQuo'] as FolderStatusQuo }

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
export const readScenario = async (io: Io, path: string, options: ReadOptions = {}): Promise<ScenarioRead> => {
  const full = resolvePath(io, path)
  // A folder is a GeniusWeb or GENIUS domain with its profiles; anything else is read as a file
  // (and a path that does not exist is reported by the file reader).
  const isFolder = await stat(full).then(
    (s) => s.isDirectory(),
    () => false,
  )
  // A scenario file says itself which issues have no status quo; the flag would be ignored.
  if (!isFolder && options.statusQuo !== undefined)
    throw new UsageError(
      `--status-quo applies to GeniusWeb and GENIUS folders; ${path} is a scenario file, which marks an issue without a status quo itself (statusQuo: { issue: null }).`,
    )
  if (!isFolder) {
    const result = await readScenarioFile(full)
    return result._tag === 'Right'
      ? { ok: true, scenario: result.right, skipped: [] }
      : { ok: false, problems: result.left.map((p) => ({ ...p, file: path })) }
  }
  const result = await readForeignFolder(full, undefined, options.statusQuo === undefined ? {} : options)
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

/** What a command can work with, and how it reads the path. @category cli */
export interface LoadOptions extends ReadOptions {
  /**
   * The command handles issues without a status quo (`statusQuo: { issue: null }`); without
   * this, such a scenario is refused with a line per issue.
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
  const read = await readScenario(io, path, options.statusQuo === undefined ? {} : { statusQuo: options.statusQuo })
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
      `Only mandjes validate, solve, analyze and report handle issues without a status quo (docs/scenario-files.md says why the others need one).`,
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
