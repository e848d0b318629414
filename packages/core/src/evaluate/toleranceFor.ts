/**
 * How much a gain must exceed zero to count, per party and for the scenario.
 *
 * The rescaling law: multiplying one party's utility by any positive factor (`scaleParty`)
 * changes no verdict on any deal, for that party or any other. So each party's gains are
 * compared with its own tolerance, `GAIN_TOLERANCE × max(1, its own scale)`, where the scale is the
 * largest gain the party could see: its utility terms (stake × largest absolute value per
 * issue, absolute interaction values) plus the gain its reservation asks for. A reservation far
 * below the status quo (−1e15) asks for no gain and so does not inflate the scale, and one
 * party's euros never drown another party's points.
 */
import type { Scenario } from '../model/Scenario.js'
import { GAIN_TOLERANCE } from './tolerance.js'
import { dependsOnRequiredIssue } from './noAgreementUtility.js'
import { utilityOfParty } from './utilityOf.js'

const scaleCache = new WeakMap<Scenario, Float64Array>()

/**
 * Each party's scale, in scenario order: its utility terms plus the gain its reservation requires.
 * @example
 * Array.from(partyScales(scenario)) // => [4, 5]: A can gain 4, B 5
 * @category evaluate
 */
export const partyScales = (scenario: Scenario): Float64Array => {
  const cached = scaleCache.get(scenario)
  if (cached !== undefined) return cached
  const scales = Float64Array.from(scenario.parties, (party) => {
    let total = 0
    for (const issue of scenario.issues) {
      const v = party.valuations[issue.id]
      if (v === undefined) continue
      let largest = 0
      for (const o of issue.options) largest = Math.max(largest, Math.abs(v.values[o.id] ?? 0))
      total += Math.abs(v.stake) * largest
    }
    for (const i of party.interactions) total += Math.abs(i.value)
    // Without a status quo the reservation is the baseline itself: gains are differences from
    // it, computed to a precision that follows its size.
    if (dependsOnRequiredIssue(scenario, party)) total += Math.abs(party.reservationUtility ?? 0)
    else if (party.reservationUtility !== undefined)
      total += Math.max(0, party.reservationUtility - utilityOfParty(scenario, party, scenario.statusQuo))
    return total
  })
  scaleCache.set(scenario, scales)
  return scales
}

/**
 * Each party's own tolerance for its gains, in scenario order: `GAIN_TOLERANCE × max(1, scale)`.
 * The floor of 1 keeps tiny (subnormal) utilities judged as before, which MILP solvers with an
 * absolute feasibility tolerance need too; so the law holds for parties whose scale is at least
 * 1 before and after rescaling (any factor up to 1e12 on such a party).
 * @example
 * partyTolerances(scenario) // => Float64Array [4e-9, 5e-9]: A can get at most 1 + 3, B 2 × 2 + 1
 * @category evaluate
 */
export const partyTolerances = (scenario: Scenario): Float64Array =>
  partyScales(scenario).map((s) => GAIN_TOLERANCE * Math.max(1, s))

const cache = new WeakMap<Scenario, number>()

/**
 * The scenario's tolerance, for numbers that mix parties (sums of gains, ties between deals):
 * `GAIN_TOLERANCE × max(1, largest party scale)`. A single party's gain is judged by its own
 * tolerance (`partyTolerances`).
 * @example
 * toleranceFor(scenario) // => 5e-9: B can get at most 2 × 2 + 1 = 5
 * @category evaluate
 */
export const toleranceFor = (scenario: Scenario): number => {
  const cached = cache.get(scenario)
  if (cached !== undefined) return cached
  let scale = 1
  for (const s of partyScales(scenario)) scale = Math.max(scale, s)
  const tolerance = GAIN_TOLERANCE * scale
  cache.set(scenario, tolerance)
  return tolerance
}
