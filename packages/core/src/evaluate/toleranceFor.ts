import type { Scenario } from '../model/Scenario.js'
import { GAIN_TOLERANCE } from './tolerance.js'

const cache = new WeakMap<Scenario, number>()

/**
 * The absolute tolerance for gains in a scenario: `GAIN_TOLERANCE × max(1, scale)`, where the
 * scale is the largest absolute utility one party can get from the issues, interactions and
 * reservation. Scaling keeps the test meaningful whether valuations are in points or in euros.
 * @example
 * toleranceFor(scenario) // => 5e-9: B can get at most 2 × 2 + 1 = 5
 * @category evaluate
 */
export const toleranceFor = (scenario: Scenario): number => {
  const cached = cache.get(scenario)
  if (cached !== undefined) return cached
  let scale = 1
  for (const party of scenario.parties) {
    let total = Math.abs(party.reservationUtility ?? 0)
    for (const issue of scenario.issues) {
      const v = party.valuations[issue.id]
      if (v === undefined) continue
      let largest = 0
      for (const o of issue.options) largest = Math.max(largest, Math.abs(v.values[o.id] ?? 0))
      total += v.stake * largest
    }
    for (const i of party.interactions) total += Math.abs(i.value)
    scale = Math.max(scale, total)
  }
  const tolerance = GAIN_TOLERANCE * scale
  cache.set(scenario, tolerance)
  return tolerance
}
