/**
 * Display names of a scenario's parties, issues, options and domains, falling back to the id.
 */
import type { RankedDeal, Scenario, SearchResult } from 'mandjes'

/** Name lookups for one scenario. */
export interface Names {
  readonly party: (id: string) => string
  readonly issue: (id: string) => string
  readonly option: (issue: string, option: string) => string
  readonly domain: (id: string) => string
  readonly target: (id: string) => string
}

/** The name lookups of a scenario. */
export const namesOf = (s: Scenario): Names => {
  const parties = new Map(s.parties.map((p) => [p.id as string, p.name]))
  const issues = new Map(s.issues.map((i) => [i.id as string, i]))
  const domains = new Map(s.domains.map((d) => [d.id as string, d.name]))
  const targets = new Map((s.targets ?? []).map((t) => [t.id as string, t.name]))
  return {
    party: (id) => parties.get(id) ?? id,
    issue: (id) => issues.get(id)?.name ?? id,
    option: (issue, option) => issues.get(issue)?.options.find((o) => o.id === option)?.label ?? option,
    domain: (id) => domains.get(id) ?? id,
    target: (id) => targets.get(id) ?? id,
  }
}

/** The best deal of a search result, if it has one (optimal, or the best found within the budget). */
export const bestOf = (r: SearchResult): RankedDeal | undefined =>
  r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined

/** The participants' total gain. */
export const totalGain = (d: RankedDeal): number => d.participants.reduce((s, p) => s + (d.gains[p] ?? 0), 0)

/** The smallest participant gain. */
export const smallestGain = (d: RankedDeal): number => Math.min(...d.participants.map((p) => d.gains[p] ?? 0))

/** Whether two deals choose the same options and payments. */
export const sameDeal = (a: RankedDeal, b: RankedDeal): boolean =>
  JSON.stringify(a.deal.choices) === JSON.stringify(b.deal.choices) &&
  JSON.stringify(a.deal.payments) === JSON.stringify(b.deal.payments)
