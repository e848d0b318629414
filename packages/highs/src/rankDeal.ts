import { type Deal, type DealCheck, type Objective, type RankedDeal } from 'mandjes'
import { objectiveValue } from 'mandjes/engine'

/**
 * A checked deal ranked on each objective of a spec, from the exact gains `checkDeal`
 * reports (never from the solver's floating-point objective), with core's `objectiveValue`:
 * larger is better, `fewest` is minus the number of changes, `maxmin` without participants is
 * −Infinity. `nashScale` is not needed: `highsSearch` does not offer `nash`.
 *
 * @example
 * rankDeal(deal, checkDeal(scenario, deal), ['maxmin', 'fewest']).value // => [1, -2]
 * @category highs
 */
export const rankDeal = (deal: Deal, check: DealCheck, objectives: readonly Objective[]): RankedDeal => {
  const ids = Object.keys(check.gains)
  const gains = ids.map((id) => check.gains[id as keyof typeof check.gains]!)
  const taking = new Set<string>(check.participants)
  const participant = ids.map((id) => taking.has(id))
  const ones = ids.map(() => 1)
  return {
    deal,
    value: objectives.map((o) => objectiveValue(o, gains, participant, check.changes.length, ones)),
    gains: check.gains,
    participants: check.participants,
    changes: check.changes,
  }
}
