/**
 * Helpers for the rescaling law (rescaling one party changes no verdict, see
 * core/src/evaluate/toleranceFor.ts): the factors it is tested at and the cases it covers.
 */
import type { Scenario } from '../../core/src/model/Scenario.js'
import { GAIN_TOLERANCE } from '../../core/src/evaluate/tolerance.js'
import { partyTolerances } from '../../core/src/evaluate/toleranceFor.js'

/** Factors a party is scaled by, upwards from a party of scale at least 1. */
export const rescalingFactors = [1, 7, 1e3, 1e9, 1e12] as const

/** Whether party p's scale is above the tolerance's floor of 1 (see toleranceFor.ts). */
export const scaleAtLeastOne = (scenario: Scenario, p: number): boolean =>
  partyTolerances(scenario)[p]! > GAIN_TOLERANCE

/**
 * Whether every utility term of party p stays a normal number after scaling by `factor`.
 * The law is about tolerances, not about underflow: a term that scaling pushes into the
 * subnormal range (2e-323 × 1e-12 = 0) changes its gain itself.
 */
export const staysNormal = (scenario: Scenario, p: number, factor: number): boolean => {
  const party = scenario.parties[p]!
  const pairs = [
    ...Object.values(party.valuations).flatMap((v) => Object.values(v!.values).map((x) => [v!.stake, x!] as const)),
    ...party.interactions.map((i) => [1, i.value] as const),
  ].filter(([stake, x]) => stake !== 0 && x !== 0)
  const normal = (x: number) => Math.abs(x) >= 1e-280 && Math.abs(x) <= 1e280
  return pairs.every(([stake, x]) => normal(stake * x) && normal(stake * factor * x))
}
