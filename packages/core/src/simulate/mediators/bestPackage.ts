import type { Scenario } from '../../model/Scenario.js'
import { findDeal } from '../../search/findDeal.js'
import type { ObjectiveSpec, RankedDeal } from '../../search/Search.js'
import { densePicture, type DenseChange, type DensePicture } from '../densePicture.js'
import type { Mediator, MediatorView, ProposalDraft } from '../Mediator.js'
import { votingRules } from '../mediatorView.js'
import { restrictScenario } from '../restrictScenario.js'
import { voteOnChanges } from '../voteOnChanges.js'
import { changesRecord } from './candidates.js'
import { memoisedSearch, searchKey, type PackageSearchOptions } from '../searchMemo.js'
import { indexIn } from '../../evaluate/idIndex.js'

/** Options for `bestPackage`. @category simulate */
export interface BestPackageOptions {
  /** What makes one deal better (see `Objective`). Default `'sum'`: enlarge the pie. */
  readonly objective?: ObjectiveSpec
  /**
   * Reuse the result of an earlier search of the same restricted problem, in this run or an
   * earlier one in the same thread (see `memoisedSearch`). Default true; results are the same
   * either way (tested), only the time differs.
   */
  readonly reuseSearches?: boolean
}

const searches = new WeakMap<Scenario, Map<string, RankedDeal | null>>()

/**
 * The best package: at each meeting the mediator searches (with `findDeal`, exact branch and
 * bound within `searchNodes`) for the best valid deal by the chosen objective on its own
 * picture, with only the open issues and their prepared options on the table. When the deal
 * falls apart into parts with no party in common, each part is tabled on its own (changing
 * coalitions: a deal involves only the parties it touches), provided each part is expected to
 * pass by itself. Without compensation payments: the simulation does not move money.
 *
 * A meeting whose picture and open issues are the same as before reuses the earlier search.
 *
 * @example
 * const result = simulate(scenario, { seed: 1, mediator: bestPackage({ objective: 'nash' }) })
 * result._tag // => 'AllAgreed'
 * result.agreements[0].changes // => { road: 'via-b', housing: 'west' }
 *
 * @category simulate
 */
export const bestPackage = (options: BestPackageOptions = {}): Mediator => {
  const objective = options.objective ?? 'sum'
  const reuse = options.reuseSearches ?? true
  return function bestPackage(view) {
    const best = search(view, objective, reuse)
    if (best === null) return { proposals: [] }
    const d = densePicture(view.picture)
    const changes: DenseChange[] = []
    for (const id of best.changes) {
      const i = indexIn(d.c.issueIds, id)
      changes.push({ issue: i, option: indexIn(d.c.optionIds[i]!, best.deal.choices[id]!) })
    }
    changes.sort((a, b) => a.issue - b.issue)
    const rules = votingRules(view.config)
    const parts = partsOf(d, changes)
    const separate = parts.length > 1 && parts.every((part) => voteOnChanges(d, part, rules).adopted)
    const tabled = separate ? parts : [changes]
    const label = typeof objective === 'string' ? objective : objective.join('+')
    const proposals: ProposalDraft[] = tabled.map((part) => ({
      changes: changesRecord(d, part),
      note: `best package by ${label}`,
    }))
    return { proposals }
  }
}

const search = (view: MediatorView, objective: ObjectiveSpec, reuse: boolean): RankedDeal | null => {
  const options = { objective, rules: view.config.dealRules, nodes: view.config.searchNodes }
  // The prepared options and the rules are in the key: pictures are shared by runs (and civil
  // servants may prepare more alternatives during one), so neither is fixed per picture.
  const key = searchKey(view.picture, view.open, view.prepared, options)
  let byKey = searches.get(view.picture)
  if (byKey === undefined) searches.set(view.picture, (byKey = new Map()))
  const cached = byKey.get(key)
  if (cached !== undefined) return cached
  const signal = view.signal
  const run = () => searchRestricted(restrictScenario(view.picture, view.open, view.prepared), options, signal)
  const found = reuse ? memoisedSearch(key, run, signal) : run()
  // A search the signal may have cut short is not this problem's answer: remember nothing.
  if (signal?.aborted !== true) byKey.set(key, found)
  return found
}

const searchRestricted = (
  restricted: Scenario,
  options: PackageSearchOptions,
  signal: AbortSignal | undefined,
): RankedDeal | null => {
  const result = findDeal(restricted, {
    objective: options.objective,
    rules: options.rules,
    budget: { nodes: options.nodes, ...(signal === undefined ? {} : { signal }) },
    payments: false,
  })
  return result._tag === 'Optimal'
    ? result.best
    : result._tag === 'BudgetExhausted' && result.best._tag === 'Some'
      ? result.best.value
      : null
}

/** The changes split into parts that share no stakeholder and no interaction term. */
const partsOf = (d: DensePicture, changes: readonly DenseChange[]): readonly (readonly DenseChange[])[] => {
  const { c } = d
  const P = c.partyCount
  const group = changes.map((_, k) => k)
  const find = (k: number): number => (group[k] === k ? k : (group[k] = find(group[k]!)))
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)]
    if (x !== y) group[Math.max(x, y)] = Math.min(x, y)
  }
  const linked = (i: number, j: number) => {
    for (let p = 0; p < P; p++) if (c.stakeholder[i * P + p] === 1 && c.stakeholder[j * P + p] === 1) return true
    return d.pairsByIssue[i]!.some((t) => t.issueA === j || t.issueB === j)
  }
  for (let a = 0; a < changes.length; a++)
    for (let b = a + 1; b < changes.length; b++) if (linked(changes[a]!.issue, changes[b]!.issue)) join(a, b)
  const parts = new Map<number, DenseChange[]>()
  changes.forEach((ch, k) => {
    const root = find(k)
    parts.set(root, [...(parts.get(root) ?? []), ch])
  })
  return [...parts.values()]
}
