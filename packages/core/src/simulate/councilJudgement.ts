/**
 * A council (gemeenteraad) judges a deal by its own interests, not by its executive's. The
 * source document asks councils for kaders "geënt op belangen" (grounded in interests) and
 * warns that a council involved only afterwards has nothing but hindermacht left; this module
 * is that judgement, deterministic and explicit:
 *
 *     own gain   g = Σ_changed issues w(i) × gain_p(i) + (interaction terms, weight 1)
 *     w(i)       = 1 + localEmphasis   when i is local to the party, else 1
 *     threshold  t = − latitude × earliness(involvement) × trust × scale_p
 *     accepts    ⇔ no change picks an option on the council's own red lines, and g ≥ t − tol
 *
 * - `gain_p(i)` is the executive's gain on issue i (stake × value change), from the
 *   agreements in force; `scale_p` the party's largest swing on one issue, so the threshold is
 *   in the party's own units.
 * - An issue is *local* to a party when the council's settings list it (`localIssues`), or by
 *   default when the party has a say on it and no other stakeholder has a larger swing on it:
 *   the issue is decided in its own municipality, or matters to it most.
 * - The threshold is how large a loss, by its own measure, a council accepts because it trusts
 *   its executive and took part in the talks: none without trust, none when only informed
 *   afterwards (`earliness.after = 0`), at most `latitude × scale_p`.
 *
 * Laws (tested): a council whose own valuation accepts a deal (no own red line, g ≥ −tol)
 * accepts it at any trust and involvement; the threshold never rises with more trust or
 * earlier involvement; with `localEmphasis = 0` and no own red lines, g is the executive's gain.
 */
import type { PartyId } from '../model/Party.js'
import type { DenseChange, DensePicture } from './densePicture.js'
import type { CouncilInterests, CouncilOwnSettings, Involvement } from './SimulationConfig.js'

/**
 * A council's verdict on a deal by its own interests.
 * @category simulate
 */
export interface CouncilVerdict {
  /** The deal's gain by the council's own valuation (`g` in the module header). */
  readonly councilGain: number
  /** The smallest own gain it accepts (`t`, never above 0). */
  readonly threshold: number
  /** Whether a change picks an option on the council's own red lines. */
  readonly redLine: boolean
  readonly accepts: boolean
}

/**
 * Whether issue i is local to party p by the default rule (see the module header).
 * @example
 * isLocalByDefault(truth, 0, 0) // => false: the road (issue 0) has two stakeholders, A and B
 * @category simulate
 */
export const isLocalByDefault = (truth: DensePicture, p: number, i: number): boolean => {
  const { c } = truth
  const P = c.partyCount
  if (c.stakeholder[i * P + p] !== 1) return false
  const swing = (q: number) => {
    let lo = Infinity
    let hi = -Infinity
    for (let f = c.offsets[i]!; f < c.offsets[i + 1]!; f++) {
      const g = c.gain[q * c.totalOptions + f]!
      if (g < lo) lo = g
      if (g > hi) hi = g
    }
    return hi - lo
  }
  const own = swing(p)
  for (let q = 0; q < P; q++)
    if (q !== p && c.stakeholder[i * P + q] === 1 && swing(q) > own + c.tolerance) return false
  return true
}

/**
 * The council of party p judges the changes (formula in the module header). `gain` is the
 * executive's gain from the same changes, interaction terms included.
 * @example
 * councilVerdict(truth, 0, [{ issue: 0, option: 1 }], 1, 0.5, 'during', defaultCouncilInterests, {}).accepts // => true
 * @category simulate
 */
export const councilVerdict = (
  truth: DensePicture,
  p: number,
  changes: readonly DenseChange[],
  gain: number,
  trust: number,
  involvement: Involvement,
  interests: CouncilInterests,
  own: CouncilOwnSettings,
): CouncilVerdict => {
  const { c } = truth
  let byIssue = 0
  let weighted = 0
  let redLine = false
  for (const { issue, option } of changes) {
    const g = c.gain[p * c.totalOptions + c.offsets[issue]! + option]!
    const id = c.issueIds[issue]!
    const local = own.localIssues === undefined ? isLocalByDefault(truth, p, issue) : own.localIssues.includes(id)
    byIssue += g
    weighted += (local ? 1 + interests.localEmphasis : 1) * g
    if (own.redLines?.some((r) => r.issue === id && r.option === c.optionIds[issue]![option])) redLine = true
  }
  // Interaction terms belong to no issue: the council weighs them as its executive does.
  const councilGain = weighted + (gain - byIssue)
  const threshold = -interests.latitude * interests.earliness[involvement] * trust * truth.scale[p]!
  return { councilGain, threshold, redLine, accepts: !redLine && councilGain >= threshold - c.partyTolerance[p]! }
}

/**
 * A council's own settings from the per-party overrides.
 * @example
 * councilSettingsOf({ A: { redLines: [] } }, 'A' as PartyId).redLines // => []
 * @category simulate
 */
export const councilSettingsOf = (
  perParty: Readonly<Partial<Record<PartyId, CouncilOwnSettings>>>,
  party: PartyId,
): CouncilOwnSettings => perParty[party] ?? {}
