/**
 * The searches that return several deals, on the small scenarios of both ladders: `topDeals`
 * (5 best, max-sum), `allDeals` (up to 1000) and `dealFrontier`. Every deal they return is
 * re-checked with `checkDeal`; topDeals' first deal must score what findDeal proved optimal
 * (when findDeal proved it in the same budget). No HiGHS counterpart: the MILP returns one deal.
 */
import { allDeals, checkDeal, dealFrontier, findDeal, topDeals, type RankedDeal, type Scenario } from 'mandjes'
import { toleranceFor } from 'mandjes/engine'

/** One multi-deal search on one scenario. */
export interface ExtraRun {
  readonly scenario: string
  readonly search: 'topDeals' | 'allDeals' | 'dealFrontier'
  readonly deals: number
  readonly complete: boolean
  readonly ms: number
  /** Cross-check failures, in words. */
  readonly flags: readonly string[]
}

const invalid = (scenario: Scenario, deals: readonly RankedDeal[]): string[] => {
  const bad = deals.filter((d) => !checkDeal(scenario, d.deal).valid).length
  return bad === 0 ? [] : [`${bad} of ${deals.length} deals fail checkDeal`]
}

const timed = <T>(f: () => T): [T, number] => {
  const started = performance.now()
  const value = f()
  return [value, performance.now() - started]
}

/** The three multi-deal searches on one scenario, `timeMs` each. */
export const extraSearches = (name: string, scenario: Scenario, timeMs: number): ExtraRun[] => {
  const budget = { timeMs }
  const [top, topMs] = timed(() => topDeals(scenario, 5, { objective: 'sum', budget }))
  const best = findDeal(scenario, { objective: 'sum', budget })
  const topFlags = invalid(scenario, top.deals)
  const tol = toleranceFor(scenario) * (scenario.parties.length + 1)
  if (
    best._tag === 'Optimal' &&
    top.complete &&
    Math.abs((top.deals[0]?.value[0] ?? -Infinity) - best.best.value[0]!) > tol
  ) {
    topFlags.push(`topDeals' first deal scores ${top.deals[0]?.value[0]}, findDeal proved ${best.best.value[0]}`)
  }
  if (best._tag === 'NoDeal' && top.deals.length > 0) topFlags.push('findDeal says NoDeal, topDeals has deals')
  const [all, allMs] = timed(() => allDeals(scenario, { budget }))
  const [frontier, frontierMs] = timed(() => dealFrontier(scenario, { budget }))
  return [
    { scenario: name, search: 'topDeals', deals: top.deals.length, complete: top.complete, ms: topMs, flags: topFlags },
    {
      scenario: name,
      search: 'allDeals',
      deals: all.deals.length,
      complete: all.complete,
      ms: allMs,
      flags: invalid(scenario, all.deals),
    },
    {
      scenario: name,
      search: 'dealFrontier',
      deals: frontier.deals.length,
      complete: frontier.complete,
      ms: frontierMs,
      flags: invalid(scenario, frontier.deals),
    },
  ]
}
