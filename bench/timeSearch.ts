/**
 * Runs one search problem (a solver, a scenario, an objective, a budget) and summarises the
 * result as plain data: tag, value, proven bound and gap, nodes, and the wall time of every
 * repetition. Fast cases are repeated and reported by their median; a case that used its
 * whole budget runs once (repeating it would only measure the budget again).
 */
import type { Objective, Scenario, Search, SearchResult } from 'mandjes'
import { median } from './calibrate.js'

/** What one solver did on one problem. */
export interface SearchRun {
  /** How the search ended, or `Error` when it threw (an unsupported option, a bug). */
  readonly tag: SearchResult['_tag'] | 'Error'
  /** Value of the best deal on the objective (null when none was found). */
  readonly value: number | null
  /** Proven upper bound on the objective (null for NoDeal). */
  readonly bound: number | null
  /** bound − value (0 when proved optimal, null when nothing was found or NoDeal). */
  readonly gap: number | null
  readonly changes: number | null
  /** The smallest gain of any party (participant or not) in the best deal: > 0 means everyone gains. */
  readonly minPartyGain: number | null
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

const summarise = (result: SearchResult, timesMs: readonly number[]): SearchRun => {
  const best = result._tag === 'Optimal' ? result.best : result._tag === 'BudgetExhausted' && result.best._tag === 'Some' ? result.best.value : undefined
  const bound = result._tag === 'NoDeal' ? null : result.bound[0] ?? null
  const value = best?.value[0] ?? null
  return {
    tag: result._tag,
    value,
    bound,
    gap: value === null || bound === null ? null : result._tag === 'Optimal' ? 0 : bound - value,
    changes: best?.changes.length ?? null,
    minPartyGain: best === undefined ? null : Math.min(...Object.values(best.gains)),
    nodes: result.stats.nodes,
    timesMs,
    medianMs: median(timesMs),
  }
}

/**
 * Times `search` on one problem. The first run decides how many repetitions follow; every
 * repetition must give the same tag and value (the searches are deterministic), or the
 * summary records the disagreement as an error.
 */
export const timeSearch = (search: Search, scenario: Scenario, objective: Objective, timeMs: number, maxReps: number): SearchRun => {
  const once = (): { result: SearchResult; ms: number } => {
    const started = performance.now()
    const result = search(scenario, { objective, budget: { timeMs } })
    return { result, ms: performance.now() - started }
  }
  try {
    const first = once()
    const times = [first.ms]
    const reps = repetitionsFor(first.ms, timeMs, maxReps)
    let unstable: string | undefined
    for (let r = 1; r < reps; r++) {
      const again = once()
      times.push(again.ms)
      const a = summarise(first.result, [0])
      const b = summarise(again.result, [0])
      if (a.tag !== b.tag || a.value !== b.value) unstable = `repetition ${r + 1} gave ${b.tag} ${b.value}, the first ${a.tag} ${a.value}`
    }
    const run = summarise(first.result, times)
    return unstable === undefined ? run : { ...run, error: unstable }
  } catch (error) {
    return { tag: 'Error', value: null, bound: null, gap: null, changes: null, minPartyGain: null, nodes: 0, timesMs: [], medianMs: NaN, error: String(error) }
  }
}
