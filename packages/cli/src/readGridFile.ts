/**
 * Reads the grid file of `mandjes sweep`: per parameter the values to try, the seeds, and the
 * number of meetings. Every problem is reported with its place in the file (exit 1).
 *
 * ```yaml
 * mandateWidth: [0.25, 0.5, 1]
 * trust: [0.2, 0.5, 0.8]
 * involvement: [front, during, after]
 * mediator: ['bestPackage(sum)', noPackageDeals]
 * goodwill: [{ altruism: 0, grant: 0 }, { altruism: 0.2, grant: 0.1 }]
 * information:
 *   - { transparency: full }
 *   - { transparency: { noisy: 0.3 }, alternativesPrepared: 0.5 }
 * decisionRule: [unanimity, { quota: 0.67 }]
 * seeds: [1, 2, 3]
 * rounds: 20
 * ```
 */
import { type Scenario, type SweepBase, type MediatorSpec, type PartyId, type SweepGrid } from 'mandjes'
import {
  settingsProblems,
  type DecisionRule,
  type Goodwill,
  type Information,
  type Involvement,
  maxDistortion,
  type Transparency,
  caseSettings,
  formatOfFile,
  parseJson,
  parseYaml,
  sweepParameterNames,
} from 'mandjes/engine'
import { InputError } from './CliError.js'
import { parseMediator } from './commands/simulate.js'
import { readBoundedText, sideFileLimitBytes } from './files/readBoundedFile.js'

/** The most meetings a grid file may ask of every run. @category cli */
export const maxGridRounds = 10_000

/** A grid file, read. @category cli */
export interface GridFile {
  readonly grid: SweepGrid
  readonly seeds?: readonly number[]
  readonly rounds?: number
}

type Issue = string
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const unit = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1
const distortion = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= maxDistortion

const involvements: readonly Involvement[] = ['front', 'during', 'after']

const transparencyOf = (x: unknown, at: string, issues: Issue[]): Transparency | undefined => {
  if (x === 'full' || x === undefined) return { _tag: 'full' }
  if (isRecord(x) && distortion(x['noisy'])) return { _tag: 'noisy', sd: x['noisy'] }
  if (
    isRecord(x) &&
    isRecord(x['strategic']) &&
    distortion(x['strategic']['exaggeration']) &&
    unit(x['strategic']['share'])
  ) {
    return { _tag: 'strategic', exaggeration: x['strategic']['exaggeration'], share: x['strategic']['share'] }
  }
  issues.push(
    `${at}: transparency must be full, { noisy: <sd> } or { strategic: { exaggeration: <x>, share: <0..1> } }, with sd and x from 0 to ${maxDistortion}.`,
  )
  return undefined
}

const valueReaders: {
  readonly [K in keyof SweepGrid]-?: (
    x: unknown,
    at: string,
    issues: Issue[],
  ) => NonNullable<SweepGrid[K]>[number] | undefined
} = {
  mediator: (x, at, issues): MediatorSpec | undefined => {
    if (typeof x !== 'string')
      return void issues.push(`${at}: a mediator is written as its name, e.g. "bestPackage(sum)".`)
    try {
      return parseMediator(x)
    } catch (error) {
      return void issues.push(`${at}: ${(error as Error).message}`)
    }
  },
  mandateWidth: (x, at, issues) =>
    unit(x) ? x : void issues.push(`${at}: mandateWidth must be a number from 0 to 1.`),
  trust: (x, at, issues) => (unit(x) ? x : void issues.push(`${at}: trust must be a number from 0 to 1.`)),
  involvement: (x, at, issues) =>
    involvements.includes(x as Involvement)
      ? (x as Involvement)
      : void issues.push(`${at}: involvement must be one of ${involvements.join(', ')}.`),
  information: (x, at, issues): Information | undefined => {
    if (!isRecord(x))
      return void issues.push(
        `${at}: information is an object like { transparency: full, alternativesPrepared: 1, learnFromRejections: true }.`,
      )
    const transparency = transparencyOf(x['transparency'], `${at}.transparency`, issues)
    const prepared = x['alternativesPrepared'] ?? 1
    if (!unit(prepared) || prepared === 0)
      issues.push(`${at}.alternativesPrepared: must be a number above 0 and at most 1.`)
    const learn = x['learnFromRejections'] ?? true
    if (typeof learn !== 'boolean') issues.push(`${at}.learnFromRejections: must be true or false.`)
    return transparency === undefined
      ? undefined
      : { transparency, alternativesPrepared: prepared as number, learnFromRejections: learn as boolean }
  },
  goodwill: (x, at, issues): Goodwill | undefined => {
    if (!isRecord(x) || !unit(x['altruism'] ?? 0) || !unit(x['grant'] ?? 0))
      return void issues.push(`${at}: goodwill is { altruism: <0..1>, grant: <0..1> }.`)
    return { altruism: (x['altruism'] as number | undefined) ?? 0, grant: (x['grant'] as number | undefined) ?? 0 }
  },
  decisionRule: (x, at, issues): DecisionRule | undefined => {
    if (x === 'unanimity') return { _tag: 'unanimity' }
    if (isRecord(x) && unit(x['quota']) && x['quota'] > 0) {
      const veto = x['vetoHolders'] ?? []
      if (!Array.isArray(veto) || !veto.every((v) => typeof v === 'string'))
        return void issues.push(`${at}.vetoHolders: a list of party ids.`)
      return { _tag: 'qualifiedMajority', quota: x['quota'], vetoHolders: veto as PartyId[] }
    }
    return void issues.push(
      `${at}: a decision rule is unanimity or { quota: <above 0, at most 1>, vetoHolders: [ids] }.`,
    )
  },
}

/**
 * Grid keys that are parts of a grouped parameter: the heatmap axes and the CSV columns name
 * `transparency`, `altruism` and so on, so a grid file may too. `transparency: [full, { noisy:
 * 0.3 }]` is read as `information: [{ transparency: full }, { transparency: { noisy: 0.3 } }]`;
 * several parts of one group give every combination. A group given whole and in parts is a
 * problem (which one would hold is not clear).
 */
const groupParts = {
  information: ['transparency', 'alternativesPrepared', 'learnFromRejections'],
  goodwill: ['altruism', 'grant'],
} as const

const partReaders: Readonly<Record<string, (x: unknown, at: string, issues: Issue[]) => unknown>> = {
  transparency: (x, at, issues) =>
    x === undefined ? void issues.push(`${at}: a transparency.`) : transparencyOf(x, at, issues),
  alternativesPrepared: (x, at, issues) =>
    unit(x) && x > 0 ? x : void issues.push(`${at}: alternativesPrepared must be a number above 0 and at most 1.`),
  learnFromRejections: (x, at, issues) =>
    typeof x === 'boolean' ? x : void issues.push(`${at}: learnFromRejections must be true or false.`),
  altruism: (x, at, issues) => (unit(x) ? x : void issues.push(`${at}: altruism must be a number from 0 to 1.`)),
  grant: (x, at, issues) => (unit(x) ? x : void issues.push(`${at}: grant must be a number from 0 to 1.`)),
}

/** A grid with grouped parameters given in parts rewritten to the grouped form; problems pushed. */
const expandParts = (raw: Record<string, unknown>, issues: Issue[]): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...raw }
  for (const [group, parts] of Object.entries(groupParts)) {
    const given = parts.filter((part) => part in raw)
    if (given.length === 0) continue
    for (const part of given) delete out[part]
    if (group in raw) {
      issues.push(
        `${given.join(', ')}: ${given.length === 1 ? 'is a part' : 'are parts'} of ${group}, which the file also gives; write either ${group}: [...] or its parts (${parts.join(', ')}), not both.`,
      )
      continue
    }
    let combinations: Record<string, unknown>[] = [{}]
    for (const part of given) {
      const values = raw[part]
      if (!Array.isArray(values) || values.length === 0) {
        issues.push(`${part}: a non-empty list of values to try.`)
        combinations = []
        continue
      }
      const before = issues.length
      // Checked here, so a problem names the place the file wrote it (transparency[1], not information[1]).
      values.forEach((x, k) => partReaders[part]!(x, `${part}[${k}]`, issues))
      if (issues.length > before) combinations = []
      combinations = combinations.flatMap((c) => values.map((x) => ({ ...c, [part]: x })))
    }
    if (combinations.length > 0) out[group] = combinations
  }
  return out
}

/**
 * Decodes the data of a grid file; returns the problems as lines when there are any.
 * @example
 * decodeGrid({ trust: [0.2, 0.8], seeds: [1, 2] }) // => { ok: true, file: { grid: { trust: [0.2, 0.8] }, seeds: [1, 2] } }
 * @category cli
 */
export const decodeGrid = (
  raw: unknown,
): { readonly ok: true; readonly file: GridFile } | { readonly ok: false; readonly issues: readonly string[] } => {
  if (!isRecord(raw))
    return { ok: false, issues: ['(top level): a grid file is a mapping from parameter names to lists of values.'] }
  const issues: Issue[] = []
  const grid: Record<string, unknown[]> = {}
  let seeds: number[] | undefined
  let rounds: number | undefined
  for (const [key, value] of Object.entries(expandParts(raw, issues))) {
    if (key === 'seeds') {
      if (Array.isArray(value) && value.length > 0 && value.every((s) => Number.isSafeInteger(s)))
        seeds = value as number[]
      else issues.push('seeds: a non-empty list of whole numbers.')
      continue
    }
    if (key === 'rounds') {
      // Bounded: every run of the sweep holds this many meetings unless it settles first.
      if (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= maxGridRounds)
        rounds = value as number
      else issues.push(`rounds: a whole number from 1 to ${maxGridRounds}.`)
      continue
    }
    const read = valueReaders[key as keyof SweepGrid] as
      ((x: unknown, at: string, issues: Issue[]) => unknown) | undefined
    if (read === undefined) {
      issues.push(
        key === 'distortion'
          ? 'distortion: not a grid key; it is the number inside transparency, so sweep it as transparency: [{ noisy: 0.1 }, { noisy: 0.3 }].'
          : `${key}: not a sweep parameter; use ${[...Object.keys(valueReaders), ...Object.values(groupParts).flat(), 'seeds', 'rounds'].join(', ')}.`,
      )
      continue
    }
    if (!Array.isArray(value) || value.length === 0) {
      issues.push(`${key}: a non-empty list of values to try.`)
      continue
    }
    grid[key] = value.map((x, k) => read(x, `${key}[${k}]`, issues))
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    file: {
      grid: grid as SweepGrid,
      ...(seeds === undefined ? {} : { seeds }),
      ...(rounds === undefined ? {} : { rounds }),
    },
  }
}

// The YAML reader gives mappings as Maps; the grid reader works on plain objects. Keys that
// could reach an object's prototype are dropped (they are not parameters anyway).
const plainOf = (x: unknown): unknown => {
  if (x instanceof Map)
    return Object.fromEntries(
      [...x.entries()].filter(([k]) => k !== '__proto__').map(([k, v]) => [String(k), plainOf(v)]),
    )
  if (Array.isArray(x)) return x.map(plainOf)
  return x
}

/**
 * Reads and decodes a grid file (JSON or YAML), or throws an `InputError` (exit 1).
 * @example
 * (await readGridFile('/tmp/grid.yaml', 'grid.yaml')).grid.trust // => [0.2, 0.8]
 * @category cli
 */
export const readGridFile = async (path: string, shownAs: string): Promise<GridFile> => {
  const read = await readBoundedText(path, sideFileLimitBytes)
  if (read._tag === 'Left')
    throw new InputError([`${shownAs}: cannot read the grid file: ${read.message} Check the path given to --grid.`])
  const text = read.text
  const parsed = formatOfFile(path) === 'json' ? parseJson(text) : parseYaml(text)
  if (parsed._tag === 'Left')
    throw new InputError(parsed.left.map((p) => `${shownAs}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`))
  const decoded = decodeGrid(plainOf(parsed.right))
  if (!decoded.ok) throw gridError(shownAs, decoded.issues)
  return decoded.file
}

const gridError = (shownAs: string, issues: readonly string[]): InputError => {
  const n = issues.length
  return new InputError([
    ...issues.map((line) => `${shownAs}: ${line}`),
    `${n} ${n === 1 ? 'problem' : 'problems'} in the grid file ${shownAs}; see mandjes sweep --help.`,
  ])
}

/**
 * Checks every value of a grid against the scenario before a sweep starts, as the simulator
 * will (an unknown veto holder, noise that overflows this scenario's values), so a sweep never
 * fails half-way on a value it could have refused up front. Throws an `InputError` (exit 1)
 * naming each value.
 * @example
 * checkGridAgainst(scenario, gridFile, {}, 'grid.yaml') // throws: grid.yaml: decisionRule[0]: unknown veto holder Zwolle
 * @category cli
 */
export const checkGridAgainst = (scenario: Scenario, file: GridFile, base: SweepBase, shownAs: string): void => {
  const issues: string[] = []
  for (const name of sweepParameterNames) {
    const values = (file.grid[name] ?? []) as readonly unknown[]
    values.forEach((value, k) => {
      const settings = caseSettings(base, { index: 0, seed: 1, params: { [name]: value } })
      for (const problem of settingsProblems(scenario, settings))
        issues.push(`${name}[${k}]: ${problem.replace('[mandjes] simulation config: ', '')}.`)
    })
  }
  if (issues.length > 0) throw gridError(shownAs, issues)
}
