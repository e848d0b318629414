import type { Scenario } from '../model/Scenario.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { defaultDealRules } from '../evaluate/DealRules.js'
import { findDeal } from '../search/findDeal.js'

/**
 * The regional gain available over the whole agenda: the denominator of a run's `share`.
 * `value` is the total gain (every party's, outsiders' included) of the best valid deal by
 * total participant gain (`findDeal` with objective `'sum'`, no payments) on the scenario as
 * given: all issues on the table at once, true valuations, the scenario's own mandates.
 * `exact` says the search proved it optimal; otherwise `bound` caps what any deal could reach.
 * @category simulate
 */
export interface AvailableGain {
  readonly value: number
  readonly exact: boolean
  readonly bound: number
}

const cache = new WeakMap<Scenario, Map<string, AvailableGain>>()

/**
 * The available regional gain of a scenario (see `AvailableGain`), cached per scenario.
 * Compute it once per scenario and pass it to `simulate` and `sweep` in experiments. A
 * `signal` stops the search: the answer is then unproven (`exact: false`, the best found so
 * far and a bound, which is Infinity when it stopped before it began) and not cached.
 *
 * @example
 * availableGain(scenario) // => { value: 5, exact: true, bound: 5 }: the package deal's 2 + 3
 *
 * @category simulate
 */
export const availableGain = (
  scenario: Scenario,
  options: { readonly rules?: DealRules; readonly nodes?: number; readonly signal?: AbortSignal } = {},
): AvailableGain => {
  const rules = options.rules ?? defaultDealRules
  const nodes = options.nodes ?? 2_000_000
  const key = `${rules.gainRule}|${rules.tolerance ?? ''}|${nodes}`
  let byKey = cache.get(scenario)
  if (byKey === undefined) cache.set(scenario, (byKey = new Map()))
  const cached = byKey.get(key)
  if (cached !== undefined) return cached
  const signal = options.signal
  const result = findDeal(scenario, {
    objective: 'sum',
    rules,
    budget: { nodes, ...(signal === undefined ? {} : { signal }) },
    payments: false,
  })
  const totalOf = (gains: Readonly<Record<string, number>>) => Object.values(gains).reduce((a, b) => a + b, 0)
  const found: AvailableGain =
    result._tag === 'Optimal'
      ? { value: totalOf(result.best.gains), exact: true, bound: totalOf(result.best.gains) }
      : result._tag === 'NoDeal'
        ? { value: 0, exact: true, bound: 0 }
        : {
            value: result.best._tag === 'Some' ? totalOf(result.best.value.gains) : 0,
            exact: false,
            bound: result.bound[0] ?? Infinity,
          }
  // Cut short by the signal, the figure is this stop's, not the scenario's: not kept.
  if (signal?.aborted !== true) byKey.set(key, found)
  return found
}
