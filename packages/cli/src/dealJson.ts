/**
 * The JSON shapes the command line prints for deals and search results. Kept in one file so
 * `docs/cli.md` documents one place, and `solve`, `report` and `demo` agree.
 */
import type { IssueId, OptionId, PartyId, Payment, RankedDeal, SearchResult } from 'mandjes'

/**
 * One deal as `mandjes solve --json` prints it.
 * @category cli
 */
export interface DealJson {
  readonly choices: Readonly<Record<IssueId, OptionId>>
  readonly changes: readonly IssueId[]
  readonly participants: readonly PartyId[]
  readonly gains: Readonly<Record<PartyId, number>>
  readonly payments: readonly Payment[]
}

/**
 * How the search ended, as `mandjes solve --json` prints it.
 * - `status`: `optimal` (proven best), `noDeal` (deadlock: no valid deal exists under the
 *   constraints) or `budgetExhausted` (time ran out: best so far);
 * - `optimal`: whether the first deal is proven best;
 * - `bound`: proven upper bound on the first objective (null when no deal exists);
 * - `objective`: the objectives, in the order they were compared;
 * - `gap` (budgetExhausted): bound minus the best value found (null when none was found);
 * - `reason`, `binding` (noDeal): why no deal exists, and which search constraints and which
 *   parties' kaders bite (each dropped alone would allow a deal; kaders named as `kaderLabel` does).
 * @category cli
 */
export interface CertificateJson {
  readonly status: 'optimal' | 'noDeal' | 'budgetExhausted'
  readonly optimal: boolean
  readonly bound: number | null
  readonly objective: readonly string[]
  readonly gap?: number | null
  readonly reason?: string
  readonly binding?: readonly string[]
}

/**
 * A ranked deal as JSON.
 * @example
 * dealJson(best).changes // => ['road', 'housing-location']
 * @category cli
 */
export const dealJson = (ranked: RankedDeal): DealJson => ({
  choices: ranked.deal.choices,
  changes: ranked.changes,
  participants: ranked.participants,
  gains: ranked.gains,
  payments: ranked.deal.payments,
})

const finiteOrNull = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x)

/**
 * The certificate of a search result as JSON.
 * @example
 * certificateJson(findDeal(scenario), ['sum']) // => { status: 'optimal', optimal: true, bound: 2.5, objective: ['sum'] }
 * @category cli
 */
export const certificateJson = (
  result: SearchResult,
  objective: readonly string[],
  kaders: readonly string[] = [],
): CertificateJson => {
  switch (result._tag) {
    case 'Optimal':
      return { status: 'optimal', optimal: true, bound: finiteOrNull(result.bound[0]), objective }
    case 'NoDeal':
      return {
        status: 'noDeal',
        optimal: false,
        bound: null,
        objective,
        reason: result.certificate.reason,
        binding: [...result.certificate.binding, ...kaders],
      }
    case 'BudgetExhausted':
      return {
        status: 'budgetExhausted',
        optimal: false,
        bound: finiteOrNull(result.bound[0]),
        objective,
        gap: finiteOrNull(result.gap),
      }
  }
}
