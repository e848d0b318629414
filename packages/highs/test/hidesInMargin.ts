/**
 * Test helper for the HiGHS search: whether a deal (the oracle's optimum, say) has a
 * participant whose strict gain clears the tolerance by less than the model's margin. Such
 * deals are out of highsSearch's reach by design (formulateDeal), so a test comparing it with
 * an exact search must not expect it to find them.
 */
import type { RankedDeal, Scenario } from 'mandjes'
import { formulateDeal } from '../src/formulateDeal.js'

/** True when `best` relies on a strict gain inside the model's margin. */
export const hidesInMargin = (
  scenario: Scenario,
  best: RankedDeal,
  gainRule: 'strict' | 'nonNegative' = 'strict',
): boolean => {
  if (gainRule !== 'strict') return false
  const f = formulateDeal(scenario)
  return best.participants.some((id) => {
    const p = f.compiled.partyIds.indexOf(id)
    return best.gains[id]! - f.compiled.requiredGain[p]! <= f.tolerance + f.margin
  })
}
