/**
 * Runs one search problem (a solver, a scenario, an objective, a budget) and summarises the
 * result as plain data: tag, value, proven bound and gap, nodes, whether the deal passes
 * `checkDeal`, and the wall time of every repetition. Fast cases are repeated and reported by
 * their median; a case that used its whole budget runs once (repeating it would only measure
 * the budget again).
 */
import {
  checkDeal,
  type ObjectiveSpec,
  type Scenario,
  type Search,
  type SearchOptions,
  type SearchResult,
} from 'mandjes'
import { constraintViolations, objectivesOf } from 'mandjes/engine'
import { median } from './calibrate.js'

/** What one solver did on one problem. */
export interface SearchRun {
  /** How the search ended, or `Error` when it threw (an unsupported option, a bug). */
  readonly tag: SearchResult['_tag'] | 'Error'
  /** Value of the best deal on the first objective (null when none was found). */
  readonly value: number | null
  /** Every objective component of the best deal (lexicographic specs have several). */
  readonly values: readonly number[] | null
  /** Proven upper bound on the first objective (null for NoDeal). */
  readonly bound: number | null
  /** bound − value (0 when proved optimal, null when nothing was found or NoDeal). */
  readonly gap: number | null
  readonly changes: number | null
  readonly participants: number | null
  /** The smallest gain of any party (participant or not) in the best deal: > 0 means everyone gains. */
  readonly minPartyGain: number | null
  /** The best deal passes `checkDeal` (null when there is none). */
  readonly valid: boolean | null
  readonly nodes: number
  /** Wall time of each repetition, in ms (first one first). */
  readonly timesMs: readonly number[]
  readonly medianMs: number
  /** Why the run is not trustworthy: the thrown message, or repetitions that disagreed. */
  readonly error?: string
}

/** How many repetitions a case gets, from its first run's time. */
const repetitionsFor = (firstMs: number, budgetMs: number, maxReps: number): number =>
  firstMs >= 0.9 * budgetMs ? 1 : firstMs < 1000 ? maxReps : firstMs < 5000 ? Math.min(3, maxReps) : 1

const summarise = (
  scenario: Scenario,
  options: SearchOptions,
  result: SearchResult,
  timesMs: readonly number[],
): SearchRun => {
  const best =
    result._tag === 'Optimal'
      ? result.best
      : result._tag === 'BudgetExhausted' && result.best._tag === 'Some'
        ? result.best.value
        : undefined
  const bound = result._tag === 'NoDeal' ? null : (result.bound[0] ?? null)
  const value = best?.value[0] ?? null
  const check = best === undefined ? undefined : checkDeal(scenario, best.deal, options.rules)
  const holds =
    check !== undefined &&
    check.valid &&
    constraintViolations(scenario, best!.deal, check.changes, check.participants, options.constraints ?? {}).length ===
      0
  const claimed =
    check === undefined || value === null
      ? undefined
      : recomputed(objectivesOf(options.objective)[0]!, check.gains, check.participants, check.changes.length)
  const valueHolds = claimed === undefined || Math.abs(claimed - value!) <= 1e-6 * Math.max(1, Math.abs(claimed))
  const valid = check === undefined ? null : holds && valueHolds
  return {
    ...(valueHolds ? {} : { error: `claimed value ${value} but the deal's gains give ${claimed}` }),
    tag: result._tag,
    value,
    values: best?.value ?? null,
    bound,
    gap: value === null || bound === null ? null : result._tag === 'Optimal' ? 0 : bound - value,
    changes: best?.changes.length ?? null,
    participants: best?.participants.length ?? null,
    minPartyGain: best === undefined ? null : Math.min(...Object.values(best.gains)),
    valid,
    nodes: result.stats.nodes,
    timesMs,
    medianMs: median(timesMs),
  }
}

/** The first objective's value recomputed from checkDeal's gains (undefined for nash, whose scale is the search's own). */
const recomputed = (
  objective: string,
  gains: Readonly<Record<string, number>>,
  participants: readonly string[],
  changes: number,
): number | undefined => {
  const g = participants.map((p) => gains[p]!)
  if (objective === 'sum') return g.reduce((a, b) => a + b, 0)
  if (objective === 'maxmin') return Math.min(...g)
  if (objective === 'fewest') return -changes
  return undefined
}

/** A run that threw or was not made. */
export const failedRun = (tag: 'Error', error: string): SearchRun => ({
  tag,
  value: null,
  values: null,
  bound: null,
  gap: null,
  changes: null,
  participants: null,
  minPartyGain: null,
  valid: null,
  nodes: 0,
  timesMs: [],
  medianMs: NaN,
  error,
})

/**
 * Times `search` on one problem. The first run decides how many repetitions follow; every
 * repetition must give the same tag and value (the searches are deterministic), or the
 * summary records the disagreement as an error.
 */
export const timeSearch = (
  search: Search,
  scenario: Scenario,
  objective: ObjectiveSpec,
  timeMs: number,
  maxReps: number,
  extra: Omit<SearchOptions, 'objective' | 'budget'> = {},
): SearchRun => {
  const options: SearchOptions = { ...extra, objective, budget: { timeMs } }
  const once = (): { result: SearchResult; ms: number } => {
    const started = performance.now()
    const result = search(scenario, options)
    return { result, ms: performance.now() - started }
  }
  try {
    const first = once()
    const times = [first.ms]
    const reps = repetitionsFor(first.ms, timeMs, maxReps)
    let unstable: string | undefined
    const firstValue = first.result._tag === 'Optimal' ? first.result.best.value[0] : undefined
    for (let r = 1; r < reps; r++) {
      const again = once()
      times.push(again.ms)
      const value = again.result._tag === 'Optimal' ? again.result.best.value[0] : undefined
      if (again.result._tag !== first.result._tag || value !== firstValue)
        unstable = `repetition ${r + 1} gave ${again.result._tag} ${value}, the first ${first.result._tag} ${firstValue}`
    }
    const run = summarise(scenario, options, first.result, times)
    return unstable === undefined
      ? run
      : { ...run, error: [run.error, unstable].filter((e) => e !== undefined).join('; ') }
  } catch (error) {
    return failedRun('Error', String(error))
  }
}
