/**
 * The vote at the table. Used twice: by the executives on the true picture (the real vote)
 * and by mediators on their own picture (to predict the vote before proposing).
 *
 * Who votes: the participants (stakeholders of a changed issue), any party that would lose,
 * and any party whose kaders the proposal crosses: outsiders who lose would use their
 * blocking power (hindermacht), so they get a say.
 *
 * An executive accepts when (1) the proposal crosses none of its red lines or allowed options,
 * (2) as a participant it meets its mandate's minimum total and per-domain gains and its
 * reservation utility, and (3) its gain plus goodwill passes the gain rule:
 * `gain + altruism × mean(other voters' gains) > tolerance − grant × scale` (strict rule; the
 * `nonNegative` rule uses `≥ −tolerance − grant × scale`), where `scale` is its largest swing
 * on one issue. Without goodwill and under unanimity, an adopted proposal is therefore a valid
 * deal by `checkDeal` with the agreements in force as status quo. Regional targets bind under
 * every rule: a proposal that leaves a target unmet is not adopted, whatever the votes.
 */
import type { PartyId } from '../model/Party.js'
import type { GainRule } from '../evaluate/DealRules.js'
import { reaches } from '../evaluate/tolerance.js'
import { meetsTarget, targetTolerance, targetTotal } from '../evaluate/targetTotal.js'
import type { CompiledScenario } from '../evaluate/compile.js'
import { gainsOfChanges, type DenseChange, type DensePicture } from './densePicture.js'
import type { DecisionRule, Goodwill } from './SimulationConfig.js'
import type { Outvoted, Vote, VoteReason } from './SimulationEvent.js'

/**
 * What the table needs to know to vote.
 * @category simulate
 */
export interface VotingRules {
  readonly decisionRule: DecisionRule
  readonly goodwill: Goodwill
  readonly gainRule: GainRule
}

/**
 * The outcome of a vote at the table.
 * @category simulate
 */
export interface TableDecision {
  readonly adopted: boolean
  readonly votes: readonly Vote[]
  readonly yesShare: number
  readonly outvoted: readonly Outvoted[]
  /** Every party's gain (true or believed, as the picture is). */
  readonly gains: Float64Array
}

/**
 * Votes on a set of changes (distinct issues, each to an option other than the one in force).
 * @example
 * voteOnChanges(densePicture(picture), [{ issue: 0, option: 1 }], rules).adopted // => false (A loses on the road)
 * @category simulate
 */
export const voteOnChanges = (d: DensePicture, changes: readonly DenseChange[], rules: VotingRules): TableDecision => {
  const { c } = d
  const P = c.partyCount
  const T = c.totalOptions
  // Each party by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
  const tolOf = c.partyTolerance
  const gains = gainsOfChanges(d, changes)
  const participant = new Uint8Array(P)
  const crosses = new Uint8Array(P)
  for (const { issue, option } of changes) {
    const flat = c.offsets[issue]! + option
    for (let p = 0; p < P; p++) {
      // Per option: on a module issue the members of the chosen coalition take part (and vote).
      if (c.optionStakeholder[flat * P + p] === 1) participant[p] = 1
      if (d.forbidden[p * T + flat] === 1) crosses[p] = 1
    }
  }
  const voters: number[] = []
  let sum = 0
  for (let p = 0; p < P; p++) {
    if (participant[p] === 1 || crosses[p] === 1 || gains[p]! < -tolOf[p]!) {
      voters.push(p)
      sum += gains[p]!
    }
  }
  const { altruism, grant } = rules.goodwill
  const strict = rules.gainRule === 'strict'
  const votes: Vote[] = []
  let yes = 0
  let blocked = false
  // Weighted decision rules: a party's vote counts its weight (population, budget share); 1 by default.
  const weightOf = (p: number): number => c.scenario.parties[p]!.weight ?? 1
  let yesWeight = 0
  let voterWeight = 0
  for (const p of voters) {
    voterWeight += weightOf(p)
    const gain = gains[p]!
    const tol = tolOf[p]!
    let reason: VoteReason
    if (crosses[p] === 1) reason = 'redLine'
    else if (participant[p] === 1 && belowFloors(d, p, gain, changes)) reason = 'mandate'
    else if (participant[p] === 1 && !passes(strict, gain - d.reservationMargin[p]!, tol, 0)) reason = 'reservation'
    else {
      const others = voters.length > 1 ? (sum - gain) / (voters.length - 1) : 0
      const adjusted = gain + altruism * others
      reason = passes(strict, gain, tol, 0)
        ? 'gains'
        : passes(strict, adjusted, tol, grant * d.scale[p]!)
          ? 'goodwill'
          : 'loses'
    }
    const accepts = reason === 'gains' || reason === 'goodwill'
    if (accepts) {
      yes++
      yesWeight += weightOf(p)
    }
    votes.push({ party: c.partyIds[p]!, accepts, gain, reason })
    const rule = rules.decisionRule
    // Red lines bind any rule; under a majority only veto holders block on their own.
    if (
      !accepts &&
      (reason === 'redLine' || (rule._tag === 'qualifiedMajority' && rule.vetoHolders.includes(c.partyIds[p]!)))
    )
      blocked = true
  }
  const yesShare = voters.length === 0 ? 0 : yesWeight / voterWeight
  const rule = rules.decisionRule
  const adopted =
    voters.length > 0 &&
    !blocked &&
    !missesTarget(c, changes) &&
    (rule._tag === 'unanimity' ? yes === voters.length : yesShare >= rule.quota - 1e-12)
  const outvoted: Outvoted[] =
    adopted && rule._tag === 'qualifiedMajority'
      ? votes.filter((v) => !v.accepts).map((v) => ({ party: v.party, gain: v.gain, margin: yesShare - rule.quota }))
      : []
  return { adopted, votes, yesShare, outvoted, gains }
}

/** Whether the agreements in force with these changes leave some regional target unmet. */
const missesTarget = (c: CompiledScenario, changes: readonly DenseChange[]): boolean => {
  const { scenario } = c
  const targets = scenario.targets ?? []
  if (targets.length === 0) return false
  const choices = { ...scenario.statusQuo.choices }
  for (const { issue, option } of changes) choices[c.issueIds[issue]!] = c.optionIds[issue]![option]!
  const deal = { choices, payments: [] }
  return targets.some((t) => !meetsTarget(t, targetTotal(scenario, t, deal), targetTolerance(scenario, t)))
}

/** The gain rule with a goodwill slack: strictly above the tolerance, or at least "no loss". */
const passes = (strict: boolean, x: number, tol: number, slack: number): boolean =>
  strict ? x > tol - slack : x >= -tol - slack

/**
 * Whether a set of gains can pass a plain unanimity vote (no goodwill): every stakeholder of
 * the changed issues gains by the gain rule and nobody else loses. A necessary condition
 * only (mandates are not looked at), cheap enough to screen many candidate proposals before
 * the full vote.
 * @example
 * mayPassUnanimously(dense, [0], [-1, 3], true) // => false
 * @category simulate
 */
export const mayPassUnanimously = (
  d: DensePicture,
  issues: readonly number[],
  gains: ArrayLike<number>,
  strict: boolean,
): boolean => {
  const { c } = d
  const P = c.partyCount
  for (let p = 0; p < P; p++) {
    let stake = false
    for (const i of issues) if (c.stakeholder[i * P + p] === 1) stake = true
    const own = c.partyTolerance[p]!
    if (stake ? !passes(strict, gains[p]!, own, 0) : gains[p]! < -own) return false
  }
  return true
}

/** Whether a participant misses its mandate's minimum total gain or a per-domain minimum. */
const belowFloors = (d: DensePicture, p: number, gain: number, changes: readonly DenseChange[]): boolean => {
  const { c } = d
  const tol = c.partyTolerance[p]!
  if (!reaches(gain, c.minGain[p]!, tol)) return true
  if (!c.hasDomainFloors) return false
  const D = d.domainCount
  for (let dom = 0; dom < D; dom++) {
    const minimum = c.minDomainGain[p * D + dom]!
    if (minimum === -Infinity) continue
    let domainGain = 0
    for (const { issue, option } of changes)
      if (c.domainOf[issue] === dom) domainGain += c.gain[p * c.totalOptions + c.offsets[issue]! + option]!
    if (!reaches(domainGain, minimum, tol)) return true
  }
  return false
}

/**
 * Party ids of the voters who accepted.
 * @example
 * const decision = voteOnChanges(dense, [{ issue: 0, option: 1 }, { issue: 1, option: 1 }], rules)
 * yesVoters(decision) // => ['A', 'B']
 * @category simulate
 */
export const yesVoters = (decision: TableDecision): readonly PartyId[] =>
  decision.votes.filter((v) => v.accepts).map((v) => v.party)
