/**
 * Package searches remembered by what they search, across runs. A run's best-package mediator
 * searches the open issues of its picture at almost every meeting; runs of a sweep that share
 * a picture (full information, the same agenda) reach the same tables again and again: on the
 * 10 x 30 x 40 benchmark 50 seeds make 1,779 searches of only 69 different problems. A search
 * is a pure function of the restricted scenario and its options (a node budget, never a time
 * budget), so its result can be reused by content without changing any run: the same seed
 * still gives the same history byte for byte (simulate/searchMemo.prop.test.ts).
 *
 * The key names the picture's parts by identity (a picture is the believed scenario with the
 * agreements in force as status quo, and immer and the picture caches keep unchanged parts the
 * same objects, so equal identities mean equal content), the open issues, their prepared
 * options and the options in force: on the open issues only, or on every issue when a closed
 * issue can still matter to the restricted problem (an interaction term, a reservation
 * utility or a regional target). Identities are numbered once and never reused, so a key never
 * names two different pictures. The memo is bounded: when full it is emptied, so memory stays
 * flat in long sweeps and a result never depends on what was kept.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import type { DealRules } from '../evaluate/DealRules.js'
import type { ObjectiveSpec, RankedDeal } from '../search/Search.js'
import { registerCache } from './simulationCaches.js'

/**
 * Most searches kept before the memo starts afresh: about 2 kB each on the benchmark, so a
 * few megabytes at most. Invented; large enough for every distinct search of a 10,000-run
 * full-information sweep of the benchmark (about 100).
 * @category simulate
 */
export const SEARCH_MEMO_SIZE = 4096

/** The options of a package search besides the scenario. */
export interface PackageSearchOptions {
  readonly objective: ObjectiveSpec
  readonly rules: DealRules
  readonly nodes: number
}

const memo = new Map<string, RankedDeal | null>()
let hits = 0
let misses = 0

const ids = new WeakMap<object, number>()
let nextId = 0
const idOf = (o: object): number => {
  let id = ids.get(o)
  if (id === undefined) ids.set(o, (id = nextId++))
  return id
}

const closedMatters = new WeakMap<object, boolean>()
/** Whether the options in force on closed issues can change a restricted problem. */
const closedIssuesMatter = (picture: Scenario): boolean => {
  let found = closedMatters.get(picture.parties)
  if (found === undefined) {
    found = picture.parties.some((p) => p.interactions.length > 0 || p.reservationUtility !== undefined)
    closedMatters.set(picture.parties, found)
  }
  return found || (picture.targets?.length ?? 0) > 0
}

/**
 * The memo key of a package search on a picture's open issues and prepared options.
 * @example
 * searchKey(scenario, ['road'], { road: ['none', 'via-b'] }, { objective: 'sum', rules: { gainRule: 'strict' }, nodes: 1000 }).includes('via-b') // => true
 * @category simulate
 */
export const searchKey = (
  picture: Scenario,
  open: readonly IssueId[],
  prepared: Readonly<Record<IssueId, readonly OptionId[]>>,
  options: PackageSearchOptions,
): string => {
  const parts: (string | number)[] = [JSON.stringify(options.objective), options.nodes, options.rules.gainRule]
  parts.push(options.rules.tolerance ?? '')
  for (const field of Object.keys(picture).sort()) {
    if (field === 'statusQuo') continue
    const value = (picture as unknown as Record<string, unknown>)[field]
    parts.push(field, typeof value === 'object' && value !== null ? `#${idOf(value)}` : JSON.stringify(value))
  }
  const choices = picture.statusQuo.choices
  for (const issue of open) parts.push(issue, choices[issue]!, (prepared[issue] ?? []).join(','))
  if (closedIssuesMatter(picture)) for (const issue of picture.issues) parts.push(choices[issue.id]!)
  return parts.join('|')
}

/**
 * The remembered result of the search with this key, or the search's result remembered. A
 * result is not remembered when `signal` has fired by the time the search returns: the signal
 * may have cut it short, and a later run must not reuse a truncated search.
 * @example
 * memoisedSearch('an example key', () => null) // => null
 * @category simulate
 */
export const memoisedSearch = (
  key: string,
  search: () => RankedDeal | null,
  signal?: AbortSignal,
): RankedDeal | null => {
  const found = memo.get(key)
  if (found !== undefined) {
    hits++
    return found
  }
  misses++
  const result = search()
  if (signal?.aborted === true) return result
  if (memo.size >= SEARCH_MEMO_SIZE) memo.clear()
  memo.set(key, result)
  return result
}

/**
 * How the memo did since the caches were last cleared (`clearSimulationCaches`): searches answered from it, searches run, kept.
 * For benchmarks; results never depend on it.
 * @example
 * searchMemoStats().size >= 0 // => true
 * @category simulate
 */
export const searchMemoStats = (): { readonly hits: number; readonly misses: number; readonly size: number } => ({
  hits,
  misses,
  size: memo.size,
})

registerCache(() => {
  memo.clear()
  hits = 0
  misses = 0
})
