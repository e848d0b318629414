/**
 * The worker's swing-weights step, loaded on first use: the scenario's best valid deals by
 * total gain (core's `topDeals`, unweighted, so validity is the scenario's own), ranked by the
 * user's weights (see swing.ts).
 */
import { topDeals, type Scenario } from 'mandjes'
import { bestByWeights, type SwingWeights } from '../swing'
import type { WeightedChoice } from './protocol'

/** How many valid deals the weights choose among. */
export const SWING_CANDIDATES = 30

/** The best deal by the weights, among the scenario's best valid deals. */
export const chooseByWeights = (
  scenario: Scenario,
  weights: SwingWeights,
  payments: boolean | undefined,
  signal: AbortSignal,
): WeightedChoice | undefined => {
  const top = topDeals(scenario, SWING_CANDIDATES, {
    objective: 'sum',
    distinct: { minDistance: 1 },
    budget: { timeMs: 3000, signal },
    ...(payments === undefined ? {} : { payments }),
  })
  const best = bestByWeights(scenario, weights, top.deals)
  return best === undefined
    ? undefined
    : { deal: best.deal, total: best.total, candidates: top.deals.length, complete: top.complete }
}
