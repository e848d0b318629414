/**
 * A run's history as a file: `mandjes simulate --history out.json` writes it (atomically, so a
 * crash leaves the old file or the new, never half), `--resume out.json` reads it back, checks
 * it and continues from where the run ended.
 *
 * A history is bound to what made it: a content hash of the scenario, and the settings that
 * shape the run (mediator, number of meetings; the seed is in the initial state). On resume the
 * hash and settings must match, and the history is validated step by step: the run is replayed
 * from its seed with those settings up to the meeting the file ends at, and every step must be
 * the step the file holds. Anything that differs (another scenario with the same ids, a dropped
 * or edited step, a changed seed, `finished` set by hand) is an `InputError` naming the first
 * difference. Laws: a written file resumes to exactly the run that one long run gives; a file
 * changed in any value that matters is refused.
 */
import { createHash } from 'node:crypto'
import { defaultSimulationConfig, replay, simulate, type History, type MediatorSpec, type Scenario } from 'mandjes'
import { type NegotiationState, mediatorLabel } from 'mandjes/engine'
import { InputError } from '../CliError.js'
import type { Io } from '../Io.js'
import { resolvePath } from '../Io.js'
import { readBoundedText, sideFileLimitBytes } from './readBoundedFile.js'
import { writeFileAtomic } from './writeFileAtomic.js'
import { writingTo } from './writeOutputFile.js'

/** The settings a history is bound to. @category cli */
export interface HistorySettings {
  readonly mediator?: MediatorSpec
  readonly rounds?: number
}

/** What `--history` writes: a marker, the scenario's name and hash, the settings and the run's history. @category cli */
export interface HistoryFile {
  readonly format: 'mandjes-history'
  readonly version: 2
  readonly scenario: string
  /** SHA-256 of the scenario's canonical JSON (keys sorted). */
  readonly scenarioHash: string
  readonly settings: { readonly mediator: MediatorSpec | null; readonly rounds: number | null }
  readonly history: History
}

// Keys sorted at every level, so the hash depends on the content and not on the order a file
// happened to list things in.
const canonical = (x: unknown): unknown => {
  if (Array.isArray(x)) return x.map(canonical)
  if (x !== null && typeof x === 'object')
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, canonical((x as Record<string, unknown>)[k])]),
    )
  return x
}

/**
 * The content hash a history binds its scenario by (SHA-256, hex).
 * @example
 * scenarioHash(scenario) // => '3f1c...'
 * @category cli
 */
export const scenarioHash = (scenario: Scenario): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(scenario)))
    .digest('hex')

const settingsOf = (settings: HistorySettings): HistoryFile['settings'] => ({
  mediator: settings.mediator ?? null,
  rounds: settings.rounds ?? null,
})

/**
 * Writes a run's history as JSON, atomically, bound to its scenario and settings.
 * @example
 * await writeHistoryFile(io, 'run.json', scenario, { rounds: 12 }, result.history)
 * @category cli
 */
export const writeHistoryFile = async (
  io: Io,
  path: string,
  scenario: Scenario,
  settings: HistorySettings,
  history: History,
): Promise<void> => {
  const file: HistoryFile = {
    format: 'mandjes-history',
    version: 2,
    scenario: scenario.name,
    scenarioHash: scenarioHash(scenario),
    settings: settingsOf(settings),
    history,
  }
  await writingTo('--history', path, () => writeFileAtomic(resolvePath(io, path), `${JSON.stringify(file)}\n`))
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x)

/** The first place where two JSON values differ, as a path like `steps[3].patches[0].value`, or undefined. */
export const firstDifference = (a: unknown, b: unknown, at = ''): string | undefined => {
  if (Object.is(a, b)) return undefined
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
      const d = firstDifference(a[k], b[k], `${at}[${k}]`)
      if (d !== undefined) return d
    }
    return undefined
  }
  if (isObject(a) && isObject(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const d = firstDifference(a[k], b[k], at === '' ? k : `${at}.${k}`)
      if (d !== undefined) return d
    }
    return undefined
  }
  return at === '' ? '(the whole value)' : at
}

const asJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x))

/**
 * Reads a history file written by `--history`, checks it against the scenario and settings
 * step by step, and replays it: the history and the state it ends in. Every problem is an
 * `InputError` naming the file and what differs.
 * @example
 * const { state } = await readHistoryFile(io, 'run.json', scenario, { rounds: 12 })
 * state.round // => 5
 * @category cli
 */
export const readHistoryFile = async (
  io: Io,
  path: string,
  scenario: Scenario,
  settings: HistorySettings,
): Promise<{ readonly history: History; readonly state: NegotiationState; readonly settings: HistorySettings }> => {
  const fail = (message: string): never => {
    throw new InputError([`${path}: ${message}`])
  }
  const read = await readBoundedText(resolvePath(io, path), sideFileLimitBytes)
  if (read._tag === 'Left') return fail(`cannot read this file: ${read.message} Check the path given to --resume.`)
  let parsed: unknown
  try {
    parsed = JSON.parse(read.text)
  } catch (error) {
    fail(
      `not valid JSON (${error instanceof Error ? error.message : String(error)}); give a file written by --history.`,
    )
  }
  if (!isObject(parsed) || parsed.format !== 'mandjes-history')
    fail('not a run history; give a file written by mandjes simulate --history.')
  const file = parsed as Record<string, unknown>
  if (file.version === 1)
    fail(
      'this history was written by an older mandjes and is not bound to its scenario and settings, so it cannot be checked; run the simulation again with --history.',
    )
  if (file.version !== 2)
    fail(`history version ${JSON.stringify(file.version)} cannot be read; this mandjes reads version 2.`)
  const history = file.history
  if (
    !isObject(history) ||
    !isObject(history.initial) ||
    !Array.isArray(history.steps) ||
    !history.steps.every((s) => isObject(s) && Array.isArray(s.patches))
  ) {
    fail('the history has no initial state or no list of steps with patches; the file is damaged.')
  }
  if (file.scenarioHash !== scenarioHash(scenario)) {
    fail(
      `this history is of another scenario ("${String(file.scenario)}"): its content hash differs from that of "${scenario.name}" (a value, a mandate or an id differs). Resume with the scenario it was run on.`,
    )
  }
  const saved = isObject(file.settings) ? file.settings : {}
  const savedMediator =
    isObject(saved.mediator) && typeof saved.mediator._tag === 'string'
      ? (saved.mediator as unknown as MediatorSpec)
      : null
  const savedRounds =
    typeof saved.rounds === 'number' && Number.isSafeInteger(saved.rounds) && saved.rounds >= 1 ? saved.rounds : null
  const labelOf = (m: MediatorSpec | null) => mediatorLabel(m ?? (defaultSimulationConfig.mediator as MediatorSpec))
  if (settings.mediator !== undefined && mediatorLabel(settings.mediator) !== labelOf(savedMediator)) {
    fail(
      `this history was run with --mediator ${labelOf(savedMediator)}, not ${mediatorLabel(settings.mediator)}; resume with the same mediator.`,
    )
  }
  const initial = (history as Record<string, unknown>).initial as Record<string, unknown>
  if (typeof initial.seed !== 'number' || !Number.isSafeInteger(initial.seed))
    fail('the initial state has no whole-number seed; the file is damaged.')
  let state: NegotiationState | undefined
  try {
    state = replay(history as unknown as History)
  } catch (error) {
    fail(
      `the history does not replay (${error instanceof Error ? error.message : String(error)}); the file is damaged.`,
    )
  }
  if (typeof state!.round !== 'number' || !Number.isSafeInteger(state!.round) || state!.round < 0)
    fail('the history does not end at a meeting number; the file is damaged.')
  const roundsOf = (r: number | null) => r ?? defaultSimulationConfig.rounds
  if (settings.rounds !== undefined && settings.rounds < state!.round) {
    fail(
      `--rounds ${settings.rounds} is below meeting ${state!.round}, where this history already is; a run cannot be shortened after the fact.`,
    )
  }
  if (settings.rounds !== undefined && settings.rounds !== roundsOf(savedRounds)) {
    fail(
      `this history was run with --rounds ${roundsOf(savedRounds)}, not ${settings.rounds}; resume with the same number of meetings (a run's deadlines depend on it).`,
    )
  }
  const bound: HistorySettings = {
    ...(savedMediator === null ? {} : { mediator: savedMediator }),
    ...(savedRounds === null ? {} : { rounds: savedRounds }),
  }
  // Step by step: the run this file claims to be, made again from its seed.
  let again: ReturnType<typeof simulate>
  try {
    again = simulate(scenario, { ...bound, seed: initial.seed as number, stopAt: state!.round, history: true })
  } catch (error) {
    return fail(
      `the history's settings do not run on this scenario (${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  const expected = asJson(again.history)
  const h = history as unknown as History
  const atStart = firstDifference((expected as History).initial, h.initial)
  if (atStart !== undefined)
    fail(
      `the history's initial state differs from a fresh start with seed ${String(initial.seed)} at ${atStart}; the file was changed or is damaged.`,
    )
  const steps = h.steps as readonly unknown[]
  const redone = (expected as History).steps
  for (let k = 0; k < Math.max(steps.length, redone.length); k++) {
    const d = firstDifference(redone[k], steps[k])
    if (d === undefined) continue
    if (k >= steps.length)
      fail(
        `the history ends after step ${steps.length}, but the run it claims to be has ${redone.length} steps up to meeting ${state!.round}; a step was dropped.`,
      )
    if (k >= redone.length)
      fail(
        `step ${k} (${String((steps[k] as Record<string, unknown>)?.label)}) is not part of the run up to meeting ${state!.round}; the file was changed.`,
      )
    fail(
      `step ${k} (${redone[k]!.label}) differs from the run replayed from seed ${String(initial.seed)} at ${d}; the file was changed or is damaged.`,
    )
  }
  const end = firstDifference(asJson(again.state), asJson(state))
  if (end !== undefined)
    fail(`the state the history ends in differs from the replayed run at ${end}; the file was changed or is damaged.`)
  return { history: h, state: again.state, settings: bound }
}
