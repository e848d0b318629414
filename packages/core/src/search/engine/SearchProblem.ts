/**
 * A search's input in dense numeric form: the compiled scenario plus the options (rules,
 * constraints, payments, objectives) turned into per-index arrays. Built once per search
 * and shared by the oracle, the branch and bound and the candidate check.
 */
import type { Scenario } from '../../model/Scenario.js'
import { compile, type CompiledScenario } from '../../evaluate/compile.js'
import { defaultDealRules, type DealRules } from '../../evaluate/DealRules.js'
import { indexIn } from '../../evaluate/idIndex.js'
import { nashScaleOf, objectiveTolerance, objectivesOf } from '../objectives.js'
import type { Objective, SearchConstraints, SearchOptions } from '../Search.js'

/** A search problem by index. @category search */
export interface SearchProblem {
  readonly c: CompiledScenario
  readonly rules: DealRules
  readonly strict: boolean
  readonly tolerance: number
  readonly objectives: readonly Objective[]
  /** Tie tolerance per objective. */
  readonly objectiveTolerances: readonly number[]
  readonly constraints: SearchConstraints
  /** Flat option axis: may the option be chosen (mandates, excluded options, off-table issues, excluded parties). */
  readonly choosable: Uint8Array
  /** Per issue: the deal must change it. */
  readonly mustChange: Uint8Array
  readonly maxChanges: number
  readonly minDomains: number
  /** Per party: must take part. */
  readonly mustInclude: Uint8Array
  /**
   * Per party, the least gain it needs as a participant, with the tolerance already applied:
   * `max(required + tol, minGain − tol)` under the strict rule, `max(required − tol, minGain − tol)`
   * otherwise. A participant passes when its gain is at least this.
   */
  readonly need: Float64Array
  /** Per party, its own tolerance (the rescaling law): what `need` and the leaf check add or allow. */
  readonly ownTolerance: Float64Array
  /** Per party, its floor for the compensation rule: `max(required gain, minGain)`. */
  readonly floor: Float64Array
  readonly payments: boolean
  /** Money value per party (0 when payments are off). */
  readonly moneyValue: Float64Array
  /** Payment cap per party (Infinity when none). */
  readonly cap: Float64Array
  readonly nashScale: Float64Array
  /** Per party: takes part in every deal (a stakeholder of every issue that can change). */
  readonly alwaysParticipant: Uint8Array
}

/**
 * Builds the dense problem for a scenario and search options.
 * @example
 * problemOf(scenario, { objective: 'maxmin' }).objectives // => ['maxmin']
 * @category search
 */
export const problemOf = (scenario: Scenario, options: SearchOptions = {}): SearchProblem => {
  const c = compile(scenario)
  const rules = options.rules ?? defaultDealRules
  const tolerance = rules.tolerance ?? c.tolerance
  const strict = rules.gainRule === 'strict'
  const constraints = options.constraints ?? {}
  const objectives = objectivesOf(options.objective)
  const { partyCount: P, issueCount: N, offsets } = c
  const partyIndex = new Map(c.partyIds.map((id, p) => [id, p]))
  const issueIndex = new Map(c.issueIds.map((id, i) => [id, i]))

  const choosable = Uint8Array.from(c.allowed)
  const block = (i: number) => {
    for (let o = 0; o < c.optionCount[i]!; o++) if (o !== c.statusQuo[i]) choosable[offsets[i]! + o] = 0
  }
  for (const id of constraints.offTable ?? []) {
    const i = issueIndex.get(id)
    if (i !== undefined) block(i)
  }
  for (const { issue, option } of constraints.excludedOptions ?? []) {
    const i = issueIndex.get(issue)
    const o = i === undefined ? -1 : indexIn(c.optionIds[i]!, option)
    if (i !== undefined && o >= 0 && o !== c.statusQuo[i]) choosable[offsets[i]! + o] = 0
  }
  const mustExclude = new Uint8Array(P)
  for (const id of constraints.mustExclude ?? []) {
    const p = partyIndex.get(id)
    if (p !== undefined) mustExclude[p] = 1
  }
  // An excluded party may not take part: no option it would take part in (per option, for modules).
  for (let p = 0; p < P; p++) {
    if (!mustExclude[p]) continue
    for (let i = 0; i < N; i++)
      for (let o = 0; o < c.optionCount[i]!; o++)
        if (o !== c.statusQuo[i] && c.optionStakeholder[(offsets[i]! + o) * P + p]) choosable[offsets[i]! + o] = 0
  }

  // An issue without a status quo is settled by every deal: it always changes.
  const mustChange = Uint8Array.from(c.noStatusQuo)
  for (const id of constraints.mustChange ?? []) {
    const i = issueIndex.get(id)
    if (i !== undefined) mustChange[i] = 1
  }
  const mustInclude = new Uint8Array(P)
  for (const id of constraints.mustInclude ?? []) {
    const p = partyIndex.get(id)
    if (p !== undefined) mustInclude[p] = 1
  }

  const need = new Float64Array(P)
  const ownTolerance = new Float64Array(P)
  const floor = new Float64Array(P)
  for (let p = 0; p < P; p++) {
    const required = c.requiredGain[p]!
    // Each party's own tolerance (the rescaling law, see toleranceFor.ts), as checkDeal judges it.
    const own = rules.tolerance ?? c.partyTolerance[p]!
    ownTolerance[p] = own
    need[p] = Math.max(strict ? required + own : required - own, c.minGain[p]! - own)
    floor[p] = Math.max(required, c.minGain[p]!)
  }
  const payments = (options.payments ?? true) && scenario.compensation !== undefined
  const moneyValue = Float64Array.from(scenario.parties, (party, p) =>
    payments && !mustExclude[p] ? Math.max(0, party.moneyValue) : 0,
  )
  const cap = Float64Array.from(scenario.parties, (party) => party.mandate.maxPayment ?? Infinity)
  const nashScale = Float64Array.from(scenario.parties, (party) => nashScaleOf(scenario, party))

  const canChange = new Uint8Array(N)
  for (let i = 0; i < N; i++) {
    for (let o = 0; o < c.optionCount[i]!; o++) if (o !== c.statusQuo[i] && choosable[offsets[i]! + o]) canChange[i] = 1
  }
  const alwaysParticipant = new Uint8Array(P)
  for (let p = 0; p < P; p++) {
    let every = true
    for (let i = 0; i < N && every; i++) if (canChange[i] && !c.stakeholder[i * P + p]) every = false
    alwaysParticipant[p] = every ? 1 : 0
  }

  return {
    c,
    rules,
    strict,
    tolerance,
    objectives,
    objectiveTolerances: objectives.map((o) => objectiveTolerance(o, tolerance, P)),
    constraints,
    choosable,
    mustChange,
    maxChanges: constraints.maxChanges ?? N,
    minDomains: constraints.minDomains ?? 0,
    mustInclude,
    need,
    ownTolerance,
    floor,
    payments,
    moneyValue,
    cap,
    nashScale,
    alwaysParticipant,
  }
}
