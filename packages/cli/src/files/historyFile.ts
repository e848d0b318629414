/**
 * A run's history as a file: `mandjes simulate --history out.json` writes it (atomically, so a
 * crash leaves the old file or the new, never half), `--resume out.json` reads it back, replays
 * it to the state where the run ended or was stopped, and continues from there. Law: reading a
 * written file replays to exactly the state the run ended with.
 */
import { readFile } from 'node:fs/promises'
import { replay, type History, type Scenario } from 'mandjes'
import { type NegotiationState } from 'mandjes/engine'
import { InputError } from '../CliError.js'
import type { Io } from '../Io.js'
import { resolvePath } from '../Io.js'
import { writeFileAtomic } from './writeFileAtomic.js'

/** What `--history` writes: a marker, the scenario's name and the run's history. @category cli */
export interface HistoryFile {
  readonly format: 'mandjes-history'
  readonly version: 1
  readonly scenario: string
  readonly history: History
}

/**
 * Writes a run's history as JSON, atomically.
 * @example
 * await writeHistoryFile(io, 'run.json', scenario, result.history)
 * @category cli
 */
export const writeHistoryFile = async (io: Io, path: string, scenario: Scenario, history: History): Promise<void> => {
  const file: HistoryFile = { format: 'mandjes-history', version: 1, scenario: scenario.name, history }
  await writeFileAtomic(resolvePath(io, path), `${JSON.stringify(file)}\n`)
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x)

/**
 * Reads a history file written by `--history` and replays it: the history and the state it
 * ends in. A file that is missing, not JSON, not a history, or of another scenario is an
 * `InputError` naming the file.
 * @example
 * const { state } = await readHistoryFile(io, 'run.json', scenario)
 * state.round // => 12
 * @category cli
 */
export const readHistoryFile = async (io: Io, path: string, scenario: Scenario): Promise<{ readonly history: History; readonly state: NegotiationState }> => {
  const fail = (message: string): never => {
    throw new InputError([`${path}: ${message}`])
  }
  let text = ''
  try {
    text = await readFile(resolvePath(io, path), 'utf8')
  } catch {
    fail('cannot read this file; check the path.')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    fail(`not valid JSON (${error instanceof Error ? error.message : String(error)}); give a file written by --history.`)
  }
  if (!isObject(parsed) || parsed.format !== 'mandjes-history') fail('not a run history; give a file written by mandjes simulate --history.')
  const file = parsed as Record<string, unknown>
  if (file.version !== 1) fail(`history version ${JSON.stringify(file.version)} cannot be read; this mandjes reads version 1.`)
  const history = file.history
  if (!isObject(history) || !isObject(history.initial) || !Array.isArray(history.steps) || !history.steps.every((s) => isObject(s) && Array.isArray(s.patches))) {
    fail('the history has no initial state or no list of steps with patches; the file is damaged.')
  }
  const initial = (history as Record<string, unknown>).initial as Record<string, unknown>
  const issues = scenario.issues.map((i) => i.id as string).sort()
  if (!isObject(initial.issues) || Object.keys(initial.issues).sort().join('\u0000') !== issues.join('\u0000') || typeof initial.round !== 'number') {
    fail(`this history is of another scenario ("${String(file.scenario)}"): its issues are not those of "${scenario.name}".`)
  }
  let state: NegotiationState | undefined
  try {
    state = replay(history as unknown as History)
  } catch (error) {
    fail(`the history does not replay (${error instanceof Error ? error.message : String(error)}); the file is damaged.`)
  }
  return { history: history as unknown as History, state: state! }
}
