/**
 * A scenario compiled to flat numeric arrays, the shared fast path of every search, frontier
 * and simulation. Parties, issues and options are referred to by index; `gain` holds each
 * party's additive gain per option relative to the status quo, so a deal's gain for party p
 * is `Σ_i gain[p][i][choice_i]` plus its pair terms. The law: for every deal,
 * `gainOfChoices(compiled, p, choices)` equals `gainOf(scenario, p, deal)` up to rounding.
 *
 * An issue without a status quo (a required choice) gets one extra slot after its options
 * that stands for "not settled": it is the issue's status-quo index, worth 0 to everyone, and
 * no deal chooses it (searches make such an issue `mustChange`; `dealOfChoices` leaves it out
 * and `checkDeal` rejects a deal without it). Why the law still holds: a party whose utility
 * depends on such an issue has its reservation utility as its no-agreement utility, so its
 * gain is `utility − reservation`; the constant `reservation − (status-quo part of its
 * utility)` is taken off every real option of the first such issue it values (or its
 * interactions name), where it is paid exactly once by every deal.
 */
import type { DomainId } from '../model/PolicyDomain.js'
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { Deal } from '../model/Deal.js'
import { invariant } from '../internal/invariant.js'
import { dependsOnRequiredIssue, noAgreementUtility } from './noAgreementUtility.js'
import { partyTolerances, toleranceFor } from './toleranceFor.js'
import { indexIn, indexMapOf } from './idIndex.js'

/** One interaction term of one party, by index. @category evaluate */
export interface PairTerm {
  readonly party: number
  readonly issueA: number
  readonly optionA: number
  readonly issueB: number
  readonly optionB: number
  /** The term's value when both options are chosen (gains subtract the status quo's). */
  readonly value: number
}

/**
 * The dense form of a scenario. Option `o` of issue `i` sits at flat index `offsets[i] + o`.
 * @category evaluate
 */
export interface CompiledScenario {
  readonly scenario: Scenario
  readonly partyIds: readonly PartyId[]
  readonly issueIds: readonly IssueId[]
  readonly optionIds: readonly (readonly OptionId[])[]
  readonly domainIds: readonly DomainId[]
  readonly partyCount: number
  readonly issueCount: number
  readonly optionCount: Int32Array
  /** Start of each issue's options on the flat option axis; `offsets[issueCount]` is the total. */
  readonly offsets: Int32Array
  readonly totalOptions: number
  /**
   * Status-quo option index per issue; on an issue without a status quo, the extra "not
   * settled" slot `optionIds[i].length` (see the module header).
   */
  readonly statusQuo: Int32Array
  /** Per issue: 1 when it has no status quo, so every deal must choose one of its real options. */
  readonly noStatusQuo: Uint8Array
  /** `gain[p * totalOptions + offsets[i] + o]`: party p's stake × (value(o) − value(status quo)) on issue i. */
  readonly gain: Float64Array
  /** Interaction terms of every party. */
  readonly pairs: readonly PairTerm[]
  /**
   * Whether party p takes part in every change of issue i: `stakeholder[i * partyCount + p]`.
   * On ordinary issues these are its stakeholders; on a module issue also the members of the
   * status-quo coalition and of every other coalition (so bounds that count these as sure
   * participants stay sound). Exact participation per option is `optionStakeholder`.
   */
  readonly stakeholder: Uint8Array
  /**
   * Whether party p takes part when issue i changes to option o (flat option axis k = offsets[i] + o):
   * `optionStakeholder[k * partyCount + p]`. Its stakeholders, plus, on a module issue, the
   * members of coalition o and of the status-quo coalition. Equal to `stakeholder` on every
   * option of an ordinary issue.
   */
  readonly optionStakeholder: Uint8Array
  /** Whether no party's mandate forbids agreeing to an option (flat option axis). */
  readonly allowed: Uint8Array
  /** Domain index per issue. */
  readonly domainOf: Int32Array
  /**
   * No-agreement utility per party (`noAgreementUtility`): its status-quo utility (issues and
   * interactions), or its reservation utility when it depends on an issue without a status quo.
   */
  readonly statusQuoUtility: Float64Array
  /**
   * Gain a participant needs over the status quo: `max(0, reservation − status quo utility)`.
   * With the strict rule the gain must exceed it; with `nonNegative` it must reach it.
   */
  readonly requiredGain: Float64Array
  /** Per party: the most it may lose as an outsider (`Party.lossBound`, 0 when none). */
  readonly lossBound: Float64Array
  /** Mandate's minimum total gain per party (−Infinity when none). */
  readonly minGain: Float64Array
  /** Mandate's per-domain minimum gain: `minDomainGain[p * domainCount + d]` (−Infinity when none). */
  readonly minDomainGain: Float64Array
  readonly hasDomainFloors: boolean
  /** The scenario's tolerance, for sums over parties and ties (see `toleranceFor`). */
  readonly tolerance: number
  /** Each party's own tolerance for its gains (see `partyTolerances`). */
  readonly partyTolerance: Float64Array
}

const cache = new WeakMap<Scenario, CompiledScenario>()

/**
 * Compiles a scenario to its dense form (cached per scenario object).
 * @example
 * compile(scenario).totalOptions // => 5
 * @category evaluate
 */
export const compile = (scenario: Scenario): CompiledScenario => {
  const cached = cache.get(scenario)
  if (cached !== undefined) return cached
  const partyIds = scenario.parties.map((p) => p.id)
  const issueIds = scenario.issues.map((i) => i.id)
  const optionIds = scenario.issues.map((i) => i.options.map((o) => o.id))
  const domainIds = scenario.domains.map((d) => d.id)
  const partyCount = partyIds.length
  const issueCount = issueIds.length
  const noStatusQuo = Uint8Array.from(scenario.issues, (issue) =>
    scenario.statusQuo.choices[issue.id] === undefined ? 1 : 0,
  )
  const optionCount = Int32Array.from(optionIds, (o, i) => o.length + noStatusQuo[i]!)
  const offsets = new Int32Array(issueCount + 1)
  for (let i = 0; i < issueCount; i++) offsets[i + 1] = offsets[i]! + optionCount[i]!
  const totalOptions = offsets[issueCount]!
  // Kept for later lookups by id (indexIn): the same maps serve every caller of this form.
  const partyIndex = indexMapOf(partyIds)
  const issueIndex = indexMapOf(issueIds)
  const optionIndex = optionIds.map((ids) => indexMapOf(ids))
  const domainIndex = indexMapOf(domainIds)

  const statusQuo = Int32Array.from(scenario.issues, (issue, i) => {
    if (noStatusQuo[i]) return optionIds[i]!.length
    const index = optionIndex[i]!.get(scenario.statusQuo.choices[issue.id]!)
    invariant(index !== undefined, `status quo of ${issue.id} is not one of its options`)
    return index
  })
  const gain = new Float64Array(partyCount * totalOptions)
  const statusQuoUtility = new Float64Array(partyCount)
  const pairs: PairTerm[] = []
  scenario.parties.forEach((party, p) => {
    scenario.issues.forEach((issue, i) => {
      const valuation = party.valuations[issue.id]
      if (valuation === undefined) return
      const base = noStatusQuo[i] ? 0 : valuation.stake * valuation.values[issue.options[statusQuo[i]!]!.id]!
      statusQuoUtility[p] = statusQuoUtility[p]! + base
      issue.options.forEach((option, o) => {
        gain[p * totalOptions + offsets[i]! + o] = valuation.stake * valuation.values[option.id]! - base
      })
    })
    for (const { between, value } of party.interactions) {
      const issueA = issueIndex.get(between[0].issue)!
      const issueB = issueIndex.get(between[1].issue)!
      const optionA = optionIndex[issueA]!.get(between[0].option)!
      const optionB = optionIndex[issueB]!.get(between[1].option)!
      pairs.push({ party: p, issueA, optionA, issueB, optionB, value })
      if (statusQuo[issueA] === optionA && statusQuo[issueB] === optionB)
        statusQuoUtility[p] = statusQuoUtility[p]! + value
    }
    if (!dependsOnRequiredIssue(scenario, party)) return
    // The gain is measured from the reservation: the shift is paid once, on one required issue.
    const reservation = noAgreementUtility(scenario, party)
    const named = new Set(party.interactions.flatMap((t) => t.between.map((ref) => ref.issue)))
    let carrier = scenario.issues.findIndex((issue, i) => noStatusQuo[i] && party.valuations[issue.id] !== undefined)
    if (carrier < 0) carrier = scenario.issues.findIndex((issue, i) => noStatusQuo[i] && named.has(issue.id))
    const shift = reservation - statusQuoUtility[p]!
    for (let o = 0; o < optionIds[carrier]!.length; o++) {
      const k = p * totalOptions + offsets[carrier]! + o
      gain[k] = gain[k]! - shift
    }
    statusQuoUtility[p] = reservation
  })

  const stakeholder = new Uint8Array(issueCount * partyCount)
  const optionStakeholder = new Uint8Array(totalOptions * partyCount)
  scenario.issues.forEach((issue, i) => {
    for (const s of issue.stakeholders) stakeholder[i * partyCount + partyIndex.get(s)!] = 1
    const base = offsets[i]!
    const before = issue.options[statusQuo[i]!]?.members ?? []
    for (let o = 0; o < optionCount[i]!; o++) {
      const row = (base + o) * partyCount
      optionStakeholder.set(stakeholder.subarray(i * partyCount, (i + 1) * partyCount), row)
      for (const m of before) optionStakeholder[row + partyIndex.get(m)!] = 1
      for (const m of issue.options[o]?.members ?? []) optionStakeholder[row + partyIndex.get(m)!] = 1
    }
    // A party in every changed coalition (or in today's) takes part in every change: sure.
    if (issue.options.some((option) => option.members !== undefined) && optionCount[i]! > 1) {
      for (let p = 0; p < partyCount; p++) {
        let every = true
        for (let o = 0; o < optionCount[i]! && every; o++)
          if (o !== statusQuo[i] && !optionStakeholder[(base + o) * partyCount + p]) every = false
        if (every) stakeholder[i * partyCount + p] = 1
      }
    }
  })
  const allowed = new Uint8Array(totalOptions).fill(1)
  for (const party of scenario.parties) {
    for (const { issue, option } of party.mandate.redLines) {
      const i = issueIndex.get(issue)!
      allowed[offsets[i]! + optionIndex[i]!.get(option)!] = 0
    }
    for (const [issue, only] of Object.entries(party.mandate.allowedOptions)) {
      if (only === undefined) continue
      const i = issueIndex.get(issue as IssueId)!
      optionIds[i]!.forEach((id, o) => {
        if (!only.includes(id)) allowed[offsets[i]! + o] = 0
      })
    }
  }
  // Keeping the status quo is never "agreeing" to anything, so it is always allowed.
  for (let i = 0; i < issueCount; i++) allowed[offsets[i]! + statusQuo[i]!] = 1

  const domainOf = Int32Array.from(scenario.issues, (issue) => domainIndex.get(issue.domain)!)
  const domainCount = domainIds.length
  const requiredGain = new Float64Array(partyCount)
  const minGain = new Float64Array(partyCount).fill(-Infinity)
  const minDomainGain = new Float64Array(partyCount * domainCount).fill(-Infinity)
  let hasDomainFloors = false
  scenario.parties.forEach((party, p) => {
    requiredGain[p] = Math.max(0, (party.reservationUtility ?? -Infinity) - statusQuoUtility[p]!)
    if (party.mandate.minGain !== undefined) minGain[p] = party.mandate.minGain
    for (const [domain, minimum] of Object.entries(party.mandate.minDomainGain)) {
      if (minimum === undefined) continue
      minDomainGain[p * domainCount + domainIndex.get(domain as DomainId)!] = minimum
      hasDomainFloors = true
    }
  })

  const compiled: CompiledScenario = {
    scenario,
    partyIds,
    issueIds,
    optionIds,
    domainIds,
    partyCount,
    issueCount,
    optionCount,
    offsets,
    totalOptions,
    statusQuo,
    noStatusQuo,
    gain,
    pairs,
    stakeholder,
    optionStakeholder,
    allowed,
    domainOf,
    statusQuoUtility,
    requiredGain,
    lossBound: Float64Array.from(scenario.parties, (party) => party.lossBound ?? 0),
    minGain,
    minDomainGain,
    hasDomainFloors,
    tolerance: toleranceFor(scenario),
    partyTolerance: partyTolerances(scenario),
  }
  cache.set(scenario, compiled)
  return compiled
}

/**
 * Party p's gain for a choice vector (option index per issue), issues and interactions only.
 * @category evaluate
 */
export const gainOfChoices = (c: CompiledScenario, p: number, choices: ArrayLike<number>): number => {
  let total = 0
  const base = p * c.totalOptions
  for (let i = 0; i < c.issueCount; i++) total += c.gain[base + c.offsets[i]! + choices[i]!]!
  for (const t of c.pairs) {
    if (t.party !== p) continue
    const now = choices[t.issueA] === t.optionA && choices[t.issueB] === t.optionB ? t.value : 0
    const before = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB ? t.value : 0
    total += now - before
  }
  return total
}

/**
 * A choice vector back to a deal (no payments). The "not settled" slot of an issue without a
 * status quo has no option: the deal leaves that issue out, as the status quo does.
 * @category evaluate
 */
export const dealOfChoices = (c: CompiledScenario, choices: ArrayLike<number>): Deal => {
  const out: Record<IssueId, OptionId> = {}
  for (let i = 0; i < c.issueCount; i++) {
    const option = c.optionIds[i]![choices[i]!]
    if (option !== undefined) out[c.issueIds[i]!] = option
  }
  return { choices: out, payments: [] }
}

/** A deal's choices as option indices per issue. @category evaluate */
export const choicesOfDeal = (c: CompiledScenario, deal: Deal): Int32Array =>
  Int32Array.from(c.issueIds, (id, i) => {
    if (c.noStatusQuo[i] && deal.choices[id] === undefined) return c.statusQuo[i]!
    const o = indexIn(c.optionIds[i]!, deal.choices[id]!)
    invariant(o >= 0, `deal chooses an unknown option on ${id}`)
    return o
  })

/**
 * Whether party p takes part when issue i changes to option o (see `optionStakeholder`).
 * @example
 * takesPart(compile(scenario), 0, 1, 0) // => true: A has a say on the road
 * @category evaluate
 */
export const takesPart = (c: CompiledScenario, i: number, o: number, p: number): boolean =>
  c.optionStakeholder[(c.offsets[i]! + o) * c.partyCount + p] === 1

/**
 * Whether party p takes part in some change of issue i (a stakeholder, or a member of some
 * coalition of a module issue): who may join, where `stakeholder` says who surely does.
 * @example
 * mayTakePart(compile(scenario), 0, 0) // => true
 * @category evaluate
 */
export const mayTakePart = (c: CompiledScenario, i: number, p: number): boolean => {
  for (let o = 0; o < c.optionCount[i]!; o++) if (o !== c.statusQuo[i] && takesPart(c, i, o, p)) return true
  return false
}
