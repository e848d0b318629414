/**
 * The probability that a deal stays valid for every party when valuations are uncertain:
 * seeded Monte Carlo. Each draw moves every stake by a factor uniform in `[1 − spread,
 * 1 + spread]` and every value by an amount uniform in `± spread × (the party's range of values
 * on that issue)`, independently, then checks the fixed deal (choices and payments) with
 * `checkDeal`. The estimate comes with its standard error and a 95% Wilson interval, and the
 * seed, so the same seed gives the same answer. Reservation utilities are not drawn: on a
 * game without a status quo they are the fixed disagreement point the drawn deal must beat.
 */
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import type { Valuation } from '../model/Valuation.js'
import { recordFrom } from '../internal/recordFrom.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { defaultDealRules, type DealRules } from '../evaluate/DealRules.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'

/** Options for `firmnessProbability`. @category diagnose */
export interface FirmnessOptions {
  /** Relative uncertainty of every stake and value (default 0.1: ±10%). */
  readonly spread?: number
  /** Number of draws (default 1000). */
  readonly samples?: number
  readonly seed?: number
  readonly rules?: DealRules
  /**
   * Stops the draws: the estimate then rests on the draws made (at least one; `samples`
   * says how many), which are the first draws of the same seed's full estimate.
   */
  readonly signal?: AbortSignal
}

/**
 * The Monte Carlo estimate. `probability` = valid draws / samples; `standardError` =
 * √(p(1 − p)/n); `interval`: the 95% Wilson score interval.
 * @category diagnose
 */
export interface FirmnessEstimate {
  readonly probability: number
  readonly standardError: number
  readonly interval: readonly [number, number]
  readonly samples: number
  readonly spread: number
  readonly seed: number
}

const perturbed = (v: Valuation, spread: number, rnd: RandomStream): Valuation => {
  const xs = Object.values(v.values)
  const range = Math.max(...xs) - Math.min(...xs)
  const u = () => 2 * rnd.next() - 1
  return {
    stake: Math.max(0, v.stake * (1 + spread * u())),
    values: recordFrom(Object.entries(v.values).map(([o, x]) => [o, x + spread * range * u()])) as Valuation['values'],
  }
}

/**
 * Estimates how likely the deal survives the uncertainty.
 * @example
 * firmnessProbability(scenario, deal, { spread: 0.1, samples: 1000, seed: 7 }).probability // => 1: a 10% spread cannot wipe out gains of 2 and 3
 * @category diagnose
 */
export const firmnessProbability = (
  scenario: Scenario,
  deal: Deal,
  options: FirmnessOptions = {},
): FirmnessEstimate => {
  const spread = options.spread ?? 0.1
  const asked = Math.max(1, Math.floor(options.samples ?? 1000))
  const seed = options.seed ?? 1
  // Each draw is judged as checkDeal judges it: every party by its own tolerance, from its
  // drawn scale (a draw moves that yardstick by at most the spread, 1e-9 of the party's scale
  // against gains the spread moves by its whole size). One scenario-wide tolerance, set by the
  // largest party, would count a small party's real gains as none in every draw.
  const rules = options.rules ?? defaultDealRules
  const rnd = new RandomStream(rngFromSeed(seed))
  let valid = 0
  let samples = 0
  for (let k = 0; k < asked; k++) {
    // One draw checks the whole deal against a drawn scenario: 20 ms on a 25 x 60 region.
    if (k > 0 && options.signal?.aborted === true) break
    samples++
    const drawn: Scenario = {
      ...scenario,
      parties: scenario.parties.map((p) => ({
        ...p,
        valuations: recordFrom(
          Object.entries(p.valuations).map(([i, v]) => [i, v === undefined ? v : perturbed(v, spread, rnd)]),
        ),
      })),
    }
    if (checkDeal(drawn, deal, rules).valid) valid++
  }
  const p = valid / samples
  const z = 1.959963984540054
  const centre = (p + (z * z) / (2 * samples)) / (1 + (z * z) / samples)
  const half = (z * Math.sqrt((p * (1 - p)) / samples + (z * z) / (4 * samples * samples))) / (1 + (z * z) / samples)
  return {
    probability: p,
    standardError: Math.sqrt((p * (1 - p)) / samples),
    interval: [Math.max(0, centre - half), Math.min(1, centre + half)],
    samples,
    spread,
    seed,
  }
}
