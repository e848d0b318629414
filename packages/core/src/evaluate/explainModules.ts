/**
 * Why a deal's module coalition is what it is: who joins, the share of the fixed cost each
 * member pays, and for every eligible party that stays out, why. A party stays out because
 * joining does not pay for it (its value of joining is below the share it would pay), because
 * a mandate forbids the larger coalition, because the module allows no such coalition, or
 * because the deal with it is invalid for another reason; or it could join (that deal is valid
 * too) and the search preferred this one. Pure data; `report/` words it.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal, type DealFlaw } from './checkDeal.js'
import { defaultDealRules, type DealRules } from './DealRules.js'

/**
 * Why one eligible party is not a member of the deal's coalition.
 * - `joiningDoesNotPay`: in the deal with it added, it would not gain;
 * - `ownFloor`: it would gain, but less than its own mandate asks (`minGain`, a domain floor,
 *   its reservation utility): `minimum` says how much;
 * - `mandate`: some party's red line or allowed options forbid that coalition;
 * - `noSuchCoalition`: the module has no such option (`maxMembers`, or the host rule);
 * - `otherFlaw`: that deal fails for another reason (`flaws` says which);
 * - `couldJoin`: that deal is valid too; the search preferred the one without it.
 * @category search
 */
export type StayOutReason = 'joiningDoesNotPay' | 'ownFloor' | 'mandate' | 'noSuchCoalition' | 'otherFlaw' | 'couldJoin'

/** One eligible party outside the coalition, and why. @category search */
export interface StayingOut {
  readonly party: PartyId
  readonly reason: StayOutReason
  /** The coalition with it added (absent for `noSuchCoalition`). */
  readonly wouldBe?: OptionId
  /** What joining is worth to it before its cost share (`join`). */
  readonly join: number
  /** The share of the fixed cost it would pay in the coalition with it added. */
  readonly share: number
  /** Its gain in the deal with it added (absent for `noSuchCoalition`). */
  readonly gainIfJoined?: number
  /** For `ownFloor`: the least its mandate asks (of its total, or of one domain's gain). */
  readonly minimum?: number
  /** The flaws of the deal with it added (empty for `couldJoin`). */
  readonly flaws: readonly DealFlaw[]
}

/** A module issue in a deal: who joins, and why the others stay out. @category search */
export interface ModuleExplanation {
  readonly issue: IssueId
  readonly option: OptionId
  /** Whether the deal changes the coalition from the status quo. */
  readonly changed: boolean
  readonly members: readonly PartyId[]
  readonly host?: PartyId
  /** How many parties may join. */
  readonly eligible: number
  /** Each member's share of the fixed cost (0 when nobody joins). */
  readonly share: number
  readonly stayingOut: readonly StayingOut[]
}

/**
 * Explains every module issue of a deal (empty for a scenario without modules).
 * @example
 * explainModules(scenario, scenario.statusQuo) // => []: the fixture has no module
 * @category search
 */
export const explainModules = (
  scenario: Scenario,
  deal: Deal,
  rules: DealRules = defaultDealRules,
): readonly ModuleExplanation[] =>
  scenario.issues.flatMap((issue): ModuleExplanation[] => {
    const module = issue.module
    if (module === undefined) return []
    const option = issue.options.find((o) => o.id === deal.choices[issue.id])
    if (option === undefined) return []
    const members = option.members ?? []
    const stayingOut = module.members
      .filter((m) => !members.includes(m.party))
      .map((m): StayingOut => {
        const share = module.fixedCost / (members.length + 1)
        const wanted = new Set([...members, m.party])
        // The same host if there is one; else the first host the larger coalition allows.
        const candidates = issue.options.filter(
          (o) => (o.members ?? []).length === wanted.size && (o.members ?? []).every((p) => wanted.has(p)),
        )
        const larger = candidates.find((o) => o.host === option.host) ?? candidates[0]
        const base = { party: m.party, join: m.join, share }
        if (larger === undefined) return { ...base, reason: 'noSuchCoalition', flaws: [] }
        const check = checkDeal(scenario, { ...deal, choices: { ...deal.choices, [issue.id]: larger.id } }, rules)
        const mine = check.flaws.filter((f) => 'party' in f && f.party === m.party)
        const noGain = mine.some((f) => f._tag === 'ParticipantDoesNotGain')
        const floor = mine.find(
          (f) => f._tag === 'BelowMinGain' || f._tag === 'BelowDomainGain' || f._tag === 'BelowReservation',
        )
        const mandate = check.flaws.some(
          (f) => (f._tag === 'RedLine' || f._tag === 'OptionNotAllowed') && f.issue === issue.id,
        )
        const reason: StayOutReason = check.valid
          ? 'couldJoin'
          : noGain
            ? 'joiningDoesNotPay'
            : floor !== undefined
              ? 'ownFloor'
              : mandate
                ? 'mandate'
                : 'otherFlaw'
        return {
          ...base,
          reason,
          wouldBe: larger.id,
          gainIfJoined: check.gains[m.party] ?? 0,
          ...(reason !== 'ownFloor' || floor === undefined
            ? {}
            : { minimum: floor._tag === 'BelowReservation' ? floor.reservation : floor.minimum }),
          flaws: check.flaws,
        }
      })
    return [
      {
        issue: issue.id,
        option: option.id,
        changed: option.id !== scenario.statusQuo.choices[issue.id],
        members,
        ...(option.host === undefined ? {} : { host: option.host }),
        eligible: module.members.length,
        share: members.length === 0 ? 0 : module.fixedCost / members.length,
        stayingOut,
      },
    ]
  })
