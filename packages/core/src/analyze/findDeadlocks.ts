/**
 * Deadlock analysis, issue by issue: for each issue taken alone, which options the region
 * would gain from, who would block each of them and why, and whether an alternative on the
 * same issue helps everyone (the first remedy of the source document, before any package
 * deal). Works on the compiled form; agrees with `checkDeal` on every single-issue deal (a
 * property test compares the two).
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { defaultDealRules } from '../evaluate/DealRules.js'
import { compile, takesPart, type CompiledScenario } from '../evaluate/compile.js'
import { isNoLoss, isStrictGain, reaches } from '../evaluate/tolerance.js'
import { meetsTarget, targetTolerance, targetTotal } from '../evaluate/targetTotal.js'
import type { TargetId } from '../model/Target.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

/**
 * Why a party would block one option of one issue.
 * - `loses`: it is worse off;
 * - `gainsNothing`: it takes part but gains too little under the gain rule;
 * - `belowReservation`: it would do better outside any deal;
 * - `mandate`: its council's kaders forbid it (`rule` says which).
 * @category analyze
 */
export interface Blocker {
  readonly party: PartyId
  readonly reason: 'loses' | 'gainsNothing' | 'belowReservation' | 'mandate'
  readonly rule?: 'redLineOrNotAllowed' | 'minGain' | 'minDomainGain'
  readonly gain: number
  /** Whether the party has a say on the issue; outsiders block through hindermacht. */
  readonly stakeholder: boolean
}

/** One option of an issue, changed on its own. @category analyze */
export interface OptionAnalysis {
  readonly option: OptionId
  /** Sum of every party's gain: whether the region as a whole gains. */
  readonly regionGain: number
  readonly gains: Readonly<Record<PartyId, number>>
  readonly blockers: readonly Blocker[]
  /** Regional targets this option, changed alone, leaves unmet (a deal must meet them all). */
  readonly missedTargets: readonly TargetId[]
  /** Valid on its own: every stakeholder gains, nobody else loses, every mandate holds, every target is met. */
  readonly agreeable: boolean
}

/**
 * - `agreeable`: some alternative on this issue alone helps everyone who has a say;
 * - `deadlocked` (patstelling): the region would gain from some option, but each such option
 *   is blocked by a party; only a package deal can move it;
 * - `nothingToGain`: no option gains the region anything over the status quo.
 * @category analyze
 */
export type IssueStatus = 'agreeable' | 'deadlocked' | 'nothingToGain'

/** @category analyze */
export interface IssueAnalysis {
  readonly issue: IssueId
  readonly status: IssueStatus
  /** Every option other than the status quo, in scenario order. */
  readonly options: readonly OptionAnalysis[]
  /** Options agreeable on their own: single-issue improvements. */
  readonly improvements: readonly OptionId[]
  /**
   * The option with the largest region gain (first in scenario order on ties), if any gains.
   * It need not pass on its own: on a module issue the largest coalition often gains the
   * region most while a member it needs loses or its mandate forbids it. What passes is
   * `bestImprovement`.
   */
  readonly bestForRegion?: OptionId
  /**
   * Of the options agreeable on their own (`improvements`), the one with the largest region
   * gain (first in scenario order on ties); absent when none is. Equal to `bestForRegion`
   * when the region's best option passes alone.
   */
  readonly bestImprovement?: OptionId
}

/** @category analyze */
export interface DeadlockReport {
  readonly issues: readonly IssueAnalysis[]
  /** The deadlocked issues, in scenario order. */
  readonly deadlocks: readonly IssueId[]
}

/**
 * Classifies every issue of a scenario as agreeable alone, deadlocked or nothing to gain.
 *
 * @example
 * findDeadlocks(roadAndHousing).deadlocks // => ['road', 'housing']
 *
 * @category analyze
 */
export const findDeadlocks = (scenario: Scenario, rules: DealRules = defaultDealRules): DeadlockReport => {
  requireStatusQuo('findDeadlocks', scenario)
  const c = compile(scenario)
  const issues = c.issueIds.map((_, i) => issueAnalysisOf(c, i, rules))
  return { issues, deadlocks: issues.filter((a) => a.status === 'deadlocked').map((a) => a.issue) }
}

/**
 * The analysis of one issue of a compiled scenario, measured from its status quo, over the
 * options `considered` keeps (every option by default). This is the one meaning of
 * "deadlock" in the library: the simulator's deadlocks (what the mediator sees at a meeting,
 * what is left at the end of a run) are views over it, with the agreements in force as status
 * quo and the options prepared as the ones considered. An issue where no considered option
 * gains the region anything is `nothingToGain`, never a deadlock, even when one party would
 * gain at the others' expense.
 *
 * @example
 * issueAnalysisOf(compile(roadAndHousing), 0).status // => 'deadlocked'
 * issueAnalysisOf(compile(roadAndHousing), 0, defaultDealRules, () => false).status // => 'nothingToGain'
 *
 * @category analyze
 */
export const issueAnalysisOf = (
  c: CompiledScenario,
  i: number,
  rules: DealRules = defaultDealRules,
  considered: (option: number) => boolean = () => true,
): IssueAnalysis => {
  const tolerance = rules.tolerance ?? c.tolerance
  const options: OptionAnalysis[] = []
  for (let o = 0; o < c.optionCount[i]!; o++)
    if (o !== c.statusQuo[i] && considered(o)) options.push(analyseOption(c, i, o, rules))
  const improvements = options.filter((a) => a.agreeable).map((a) => a.option)
  let best: OptionAnalysis | undefined
  let bestImprovement: OptionAnalysis | undefined
  for (const a of options) {
    if (isStrictGain(a.regionGain, tolerance) && (best === undefined || a.regionGain > best.regionGain)) best = a
    if (a.agreeable && (bestImprovement === undefined || a.regionGain > bestImprovement.regionGain)) bestImprovement = a
  }
  const status: IssueStatus =
    improvements.length > 0 ? 'agreeable' : best !== undefined ? 'deadlocked' : 'nothingToGain'
  return {
    issue: c.issueIds[i]!,
    status,
    options,
    improvements,
    ...(best === undefined ? {} : { bestForRegion: best.option }),
    ...(bestImprovement === undefined ? {} : { bestImprovement: bestImprovement.option }),
  }
}

const analyseOption = (c: CompiledScenario, i: number, o: number, rules: DealRules): OptionAnalysis => {
  const { scenario, partyCount, totalOptions } = c
  const domainCount = c.domainIds.length
  const gains: Record<PartyId, number> = {}
  const blockers: Blocker[] = []
  let regionGain = 0
  const optionAllowed = c.allowed[c.offsets[i]! + o] === 1
  for (let p = 0; p < partyCount; p++) {
    const party = c.partyIds[p]!
    // Each party by its own tolerance (the rescaling law), unless the rules fix one.
    const own = rules.tolerance ?? c.partyTolerance[p]!
    const gain = c.gain[p * totalOptions + c.offsets[i]! + o]! + pairDelta(c, p, i, o)
    gains[party] = gain
    regionGain += gain
    // Per option: on a module issue the members of this coalition (and today's) take part.
    const stakeholder = takesPart(c, i, o, p)
    if (!stakeholder) {
      if (!isNoLoss(gain + c.lossBound[p]!, own)) blockers.push({ party, reason: 'loses', gain, stakeholder })
      continue
    }
    const enough =
      rules.gainRule === 'strict'
        ? isStrictGain(gain - c.requiredGain[p]!, own)
        : isNoLoss(gain - c.requiredGain[p]!, own)
    if (!isNoLoss(gain, own)) blockers.push({ party, reason: 'loses', gain, stakeholder })
    else if (!(rules.gainRule === 'strict' ? isStrictGain(gain, own) : true))
      blockers.push({ party, reason: 'gainsNothing', gain, stakeholder })
    else if (!enough) blockers.push({ party, reason: 'belowReservation', gain, stakeholder })
    if (!reaches(gain, c.minGain[p]!, own))
      blockers.push({ party, reason: 'mandate', rule: 'minGain', gain, stakeholder })
    if (c.hasDomainFloors) {
      for (let d = 0; d < domainCount; d++) {
        const floor = c.minDomainGain[p * domainCount + d]!
        const domainGain = c.domainOf[i] === d ? c.gain[p * totalOptions + c.offsets[i]! + o]! : 0
        if (!reaches(domainGain, floor, own))
          blockers.push({ party, reason: 'mandate', rule: 'minDomainGain', gain, stakeholder })
      }
    }
  }
  if (!optionAllowed) {
    const ref = { issue: c.issueIds[i]!, option: c.optionIds[i]![o]! }
    scenario.parties.forEach((party, p) => {
      const forbids =
        party.mandate.redLines.some((r) => r.issue === ref.issue && r.option === ref.option) ||
        (party.mandate.allowedOptions[ref.issue] !== undefined &&
          !party.mandate.allowedOptions[ref.issue]!.includes(ref.option))
      if (forbids)
        blockers.push({
          party: party.id,
          reason: 'mandate',
          rule: 'redLineOrNotAllowed',
          gain: gains[party.id]!,
          // Per option, as for its other reasons: on a module issue a member of this coalition.
          stakeholder: takesPart(c, i, o, p),
        })
    })
  }
  const option = c.optionIds[i]![o]!
  const deal = { choices: { ...scenario.statusQuo.choices, [c.issueIds[i]!]: option }, payments: [] }
  const missedTargets = (scenario.targets ?? [])
    .filter((t) => !meetsTarget(t, targetTotal(scenario, t, deal), targetTolerance(scenario, t)))
    .map((t) => t.id)
  return {
    option,
    regionGain,
    gains,
    blockers,
    missedTargets,
    agreeable: blockers.length === 0 && missedTargets.length === 0,
  }
}

/**
 * The region's gain (every party's gain, interaction terms included) when issue i alone moves
 * to option o of a compiled scenario: the `regionGain` of `issueAnalysisOf`, without building
 * the analysis. An issue can only be deadlocked when some considered option has a strict
 * region gain, so callers screen with this first.
 * @example
 * regionGainOf(compile(roadAndHousing), 0, 1) // => 3: the road costs A 1 and gives B 2 × 2
 * @category analyze
 */
export const regionGainOf = (c: CompiledScenario, i: number, o: number): number => {
  let total = 0
  for (let p = 0; p < c.partyCount; p++)
    total += c.gain[p * c.totalOptions + c.offsets[i]! + o]! + pairDelta(c, p, i, o)
  return total
}

/** Change in party p's interaction terms when issue i alone moves to option o. */
const pairDelta = (c: CompiledScenario, p: number, i: number, o: number): number => {
  let delta = 0
  for (const t of c.pairs) {
    if (t.party !== p || (t.issueA !== i && t.issueB !== i)) continue
    const chosen = (issue: number) => (issue === i ? o : c.statusQuo[issue]!)
    const now = chosen(t.issueA) === t.optionA && chosen(t.issueB) === t.optionB ? t.value : 0
    const before = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB ? t.value : 0
    delta += now - before
  }
  return delta
}
