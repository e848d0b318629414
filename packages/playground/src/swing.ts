/**
 * Swing weights: the user says, per party, how much a policy domain or an issue weighs for it
 * (1 = as the scenario says). Weights change what "best" means, never what is valid: the
 * candidates are the scenario's own valid deals (core's `topDeals`, unweighted), so every one
 * still makes each participant gain and harms nobody outside; the weights only rank them, by
 * the participants' total gain with each party's stakes scaled by its weights. The gains the
 * page shows stay the parties' real gains.
 */
import { checkDeal, type RankedDeal, type Scenario } from 'mandjes'
import type { ByIssue } from './tweaks'

/**
 * party → key → weight, the key `domain:<id>` for a policy domain or an issue's id; a domain's
 * weight and its issue's weight multiply.
 */
export type SwingWeights = ByIssue<number>

/** Whether any weight differs from 1. */
export const hasWeights = (w: SwingWeights): boolean =>
  Object.values(w).some((r) => Object.values(r).some((x) => x !== 1))

/** The weight of one issue for one party: its domain's weight times its own. */
export const weightOf = (scenario: Scenario, w: SwingWeights, party: string, issue: string): number => {
  const domain = scenario.issues.find((i) => i.id === issue)?.domain
  const mine = w[party] ?? {}
  return (domain === undefined ? 1 : (mine[`domain:${domain}`] ?? 1)) * (mine[issue] ?? 1)
}

/** The scenario with every stake scaled by its weight: only for ranking, never for validity. */
export const weightedScenario = (scenario: Scenario, w: SwingWeights): Scenario => ({
  ...scenario,
  parties: scenario.parties.map((p) => ({
    ...p,
    valuations: Object.fromEntries(
      Object.entries(p.valuations).map(([issue, v]) => [
        issue,
        v === undefined ? v : { ...v, stake: v.stake * weightOf(scenario, w, p.id, issue) },
      ]),
    ) as typeof p.valuations,
  })),
})

/** A deal's weighted total: its participants' gains with the weighted stakes. */
export const weightedTotal = (weighted: Scenario, deal: RankedDeal): number => {
  const gains = checkDeal(weighted, deal.deal).gains
  return deal.participants.reduce((s, p) => s + (gains[p] ?? 0), 0)
}

/** The candidate with the largest weighted total (the first on a tie: the larger real total). */
export const bestByWeights = (
  scenario: Scenario,
  w: SwingWeights,
  candidates: readonly RankedDeal[],
): { readonly deal: RankedDeal; readonly total: number } | undefined => {
  const weighted = weightedScenario(scenario, w)
  let best: { deal: RankedDeal; total: number } | undefined
  for (const deal of candidates) {
    const total = weightedTotal(weighted, deal)
    if (best === undefined || total > best.total + 1e-9) best = { deal, total }
  }
  return best
}
