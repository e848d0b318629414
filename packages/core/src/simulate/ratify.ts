/**
 * Ratification by the councils (gemeenteraden) after the executives adopted a deal at the
 * table, in two steps. First each council judges the deal by its own interests
 * (`councilVerdict`: its own valuation, its own red lines, a threshold shifted by trust and
 * involvement); a council whose verdict rejects blocks for certain. A council whose verdict
 * accepts still blocks by chance, its remaining hindermacht:
 *
 *     P(council ratifies) = 1 − h(involvement) × (1 − trust) × (1 − ω × visibility)
 *
 * - `h(involvement)` in [0, 1] is the council's propensity to block (hindermacht), by how it
 *   was involved: `front` (set the kaders up front) < `during` (took part in the regional
 *   meetings) < `after` (only saw the result: "voor een voldongen feit geplaatst");
 * - `trust` in [0, 1] is the council's trust in its executive and the regional process;
 * - `visibility` in [0, 1] says whether the gain shows in the party's own policy domains:
 *   `max(0, gain) / (Σ_domains |domain gain| + |gain outside domains|)`. It is 1 when the
 *   party gains in every domain the deal touches, and near 0 when a small net gain hides a
 *   large loss in one domain behind a large gain in another;
 * - `ω` in [0, 1] (`visibilityWeight`) is how much visible gains reassure a council.
 *
 * Laws: the probability is in [1 − h, 1]; it never falls with more trust or more
 * visibility; a fully trusting council (trust 1) always ratifies.
 */
import type { PartyId } from '../model/Party.js'
import { RandomStream } from '../internal/random.js'
import { domainGainsOfChanges, type DenseChange, type DensePicture } from './densePicture.js'
import type { Involvement, RatificationRule, SimulationConfig } from './SimulationConfig.js'
import type { CouncilVote } from './SimulationEvent.js'
import { councilVerdict } from './councilJudgement.js'

/**
 * The probability that a council ratifies a deal its executive accepted (formula above).
 * @example
 * const rule = { hindrance: { front: 0.1, during: 0.3, after: 0.8 }, visibilityWeight: 0.8 }
 * ratificationProbability(rule, 'after', 0.5, 0) // => 0.6
 * ratificationProbability(rule, 'after', 0.5, 1) // => 0.92
 * ratificationProbability(rule, 'front', 1, 0) // => 1
 * @category simulate
 */
export const ratificationProbability = (
  rule: RatificationRule,
  involvement: Involvement,
  trust: number,
  visibility: number,
): number => 1 - rule.hindrance[involvement] * (1 - trust) * (1 - rule.visibilityWeight * visibility)

/**
 * How visible a party's gain is in its own policy domains, in [0, 1] (see the module header).
 * @example
 * visibilityOf([2, 1], 3) // => 1
 * visibilityOf([3, -2], 1) // => 0.2
 * visibilityOf([0], 0) // => 0
 * @category simulate
 */
export const visibilityOf = (domainGains: ArrayLike<number>, gain: number): number => {
  let inDomains = 0
  let magnitude = 0
  for (let d = 0; d < domainGains.length; d++) {
    inDomains += domainGains[d]!
    magnitude += Math.abs(domainGains[d]!)
  }
  magnitude += Math.abs(gain - inDomains)
  return magnitude <= 0 || gain <= 0 ? 0 : Math.min(1, gain / magnitude)
}

/**
 * A council's involvement, with the per-party override.
 * @example
 * involvementOf(simulationConfig(), 'A' as PartyId) // => 'during'
 * @category simulate
 */
export const involvementOf = (config: SimulationConfig, party: PartyId): Involvement =>
  config.councils.perParty[party]?.involvement ?? config.councils.involvement

/**
 * The councils of the parties that voted yes decide, in scenario order, one draw each from
 * the run's generator (drawn even when the verdict already decided, so the stream does not
 * depend on the verdicts). Councils of outvoted parties are bound by the decision rule.
 * @example
 * const changes = [{ issue: 0, option: 1 }, { issue: 1, option: 1 }] // the package deal
 * const gains = Float64Array.of(2, 3) // A's and B's gains from it
 * councilsDecide(truth, changes, gains, ['A', 'B'], { A: 1, B: 1 }, config, random).every((c) => c.ratifies) // => true
 * @category simulate
 */
export const councilsDecide = (
  truth: DensePicture,
  changes: readonly DenseChange[],
  gains: Float64Array,
  yes: readonly PartyId[],
  trust: Readonly<Record<PartyId, number>>,
  config: SimulationConfig,
  random: RandomStream,
): readonly CouncilVote[] => {
  const yesSet = new Set(yes)
  const votes: CouncilVote[] = []
  const domainGains = new Float64Array(truth.domainCount)
  truth.c.partyIds.forEach((party, p) => {
    if (!yesSet.has(party)) return
    domainGainsOfChanges(truth, p, changes, domainGains)
    const visibility = visibilityOf(domainGains, gains[p]!)
    const partyTrust = trust[party]!
    const involvement = involvementOf(config, party)
    const verdict = councilVerdict(
      truth,
      p,
      changes,
      gains[p]!,
      partyTrust,
      involvement,
      config.councilInterests,
      config.councils.perParty[party] ?? {},
    )
    const probability = verdict.accepts
      ? ratificationProbability(config.ratification, involvement, partyTrust, visibility)
      : 0
    const draw = random.next()
    votes.push({ party, trust: partyTrust, visibility, ...verdict, probability, ratifies: draw < probability })
  })
  return votes
}
