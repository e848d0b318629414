/**
 * Where the tolerance's floor hides a party's gains. Each party's gains are compared with
 * `GAIN_TOLERANCE × max(1, its scale)` (see `toleranceFor.ts`): relative to its own scale, so
 * rescaling a party changes no verdict, but never below `GAIN_TOLERANCE` (1e-9), because MILP
 * solvers such as HiGHS work with absolute feasibility tolerances (about 1e-7 to 1e-10) and
 * cannot tell 1e-150 from 0. For a party whose utilities are far below 1 the floor is coarser
 * than its own numbers: a real gain of 1e-12 counts as no gain, and a deal it needs is
 * "not valid". That would be a silently wrong answer, so the readers' callers (the CLI on
 * every command) warn about each such party and say by how much to multiply it.
 *
 * Law: a party is named exactly when one of its single changes (one issue moved from the
 * status quo, or one interaction term) is worth more than `GAIN_TOLERANCE × scale` (a real
 * gain by its own scale) but at most `GAIN_TOLERANCE` (no gain under the floor); scaled by
 * the suggested factor it is not named again.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { GAIN_TOLERANCE } from './tolerance.js'
import { partyScales } from './toleranceFor.js'

/** A party whose gains the tolerance's floor hides. @category evaluate */
export interface HiddenGains {
  readonly party: PartyId
  /** The largest gain it could see (the scale its tolerance is relative to). */
  readonly scale: number
  /** Its smallest single gain that counts as no gain only because of the floor. */
  readonly smallestGain: number
  /** A power of ten that brings its scale to at least 1 (at most 1e308): multiply the party by it. */
  readonly factor: number
  /** One line saying what happens and what to do. */
  readonly message: string
}

/** The absolute sizes of every single change of a party: one issue moved, one interaction term. */
const singleGains = (scenario: Scenario, index: number): number[] => {
  const party = scenario.parties[index]!
  const out: number[] = []
  for (const issue of scenario.issues) {
    const v = party.valuations[issue.id]
    if (v === undefined) continue
    const base = v.values[scenario.statusQuo.choices[issue.id]!] ?? 0
    for (const o of issue.options) out.push(Math.abs(v.stake * ((v.values[o.id] ?? 0) - base)))
  }
  for (const i of party.interactions) out.push(Math.abs(i.value))
  return out
}

/**
 * Every party whose gains the tolerance's floor hides, with the factor to multiply it by.
 * @example
 * hiddenGains(scenario) // => []: every party's gains are above 1e-9
 * hiddenGains(scaleParty(scenario, 'A' as PartyId, 1e-12))[0].factor // => 1e12
 * @category evaluate
 */
export const hiddenGains = (scenario: Scenario): readonly HiddenGains[] => {
  const scales = partyScales(scenario)
  const found: HiddenGains[] = []
  scenario.parties.forEach((party, p) => {
    const scale = scales[p]!
    if (!(scale < 1)) return
    const hidden = singleGains(scenario, p).filter((g) => g > GAIN_TOLERANCE * scale && g <= GAIN_TOLERANCE)
    if (hidden.length === 0) return
    const smallestGain = hidden.reduce((a, b) => Math.min(a, b))
    // The power of ten just large enough (log10 rounds, so check the product).
    // Below about 1e-308 (subnormal numbers) no finite factor is enough in one step: the largest is given.
    let factor = Math.min(1e308, 10 ** Math.ceil(-Math.log10(scale)))
    if (scale * factor < 1 && factor < 1e308) factor *= 10
    found.push({
      party: party.id,
      scale,
      smallestGain,
      factor,
      message:
        `party "${party.id}": gains as small as ${smallestGain.toPrecision(3)} count as no gain, because a gain ` +
        `must exceed ${GAIN_TOLERANCE} however small the party's numbers (its largest possible gain is ` +
        `${scale.toPrecision(3)}); multiply its stakes (or values), interaction values, money value, reservation ` +
        `and minimum gains by ${factor.toPrecision(1)} (rescaling one party changes no verdict).`,
    })
  })
  return found
}
