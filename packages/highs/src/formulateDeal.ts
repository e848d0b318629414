/**
 * The package-deal problem as a mixed-integer linear program. Mirrors `checkDeal` row by row:
 *
 * - `x[i][o] ∈ {0,1}`, `Σ_o x[i][o] = 1`: one option per issue. An issue changes when
 *   `z_i = 1 − x[i][sq_i]` is 1; at least one issue changes: `Σ_i x[i][sq_i] ≤ m − 1`.
 * - Red lines and allowed options (of every party, on changed issues) fix `x` to 0; the status
 *   quo option is never fixed, as keeping it agrees to nothing.
 * - `y_p ∈ {0,1}` is exactly "p takes part": `y_p ≥ z_i` for each issue p is a stakeholder of,
 *   and `y_p ≤ Σ z_i` over those issues. A party with a say on every issue that can change is
 *   fixed to 1 (some issue always changes), one with a say on none to 0. On a module issue a
 *   member takes part only through the coalitions it is in (per-option participation,
 *   `optionStakeholder`): its term there is `u_pi = Σ x[i][o]` over those options instead of
 *   `z_i`, in both rows.
 * - `gain_p − (need_p + tol + a_p) · y_p ≥ −tol − a_p`: an outsider (`y_p = 0`) must not lose
 *   more than the tolerance and its `lossBound` a_p (0 by default), a participant must gain
 *   `need_p ≥ −tol`, which folds in the gain rule, the reservation utility and `minGain`. No big-M is needed because the outsider's floor is
 *   below every participant's.
 * - Domain floors, for participants only: `domainGain_pd − (floor − tol − L) · y_p ≥ L`, with
 *   `L` the least the domain gain can be (the row is dropped when `floor − tol ≤ L`).
 *
 * - Regional targets: `atLeast − tol ≤ Σ_t weight_t · Σ_o quantity_o · x[t][o] ≤ atMost + tol`,
 *   with the target's own tolerance (`targetTolerance`).
 *
 * Thresholds are `checkDeal`'s own: floors (no loss, `minGain`, domain floors, the
 * `nonNegative` rule) allow the tolerance, so noise-sized losses (0.1 + 0.2 − 0.3) and exact
 * integer ties stay feasible. Strictness, "gains more than the tolerance", becomes
 * `gain ≥ required + tol + margin`: HiGHS accepts rows violated by up to its feasibility
 * tolerance (at most 1e-7, see `highsSearch`), so the margin (default 1e-7 × the scenario's
 * scale, 100 × the default tolerance) keeps a returned deal strictly valid. The price: a deal
 * in which some participant gains more than the tolerance but less than tolerance + margin is
 * out of reach, and a proof ("Optimal", "NoDeal", a bound) is a proof for that slightly
 * smaller set of deals. Every deal is re-checked with `checkDeal` (see `solveVerified`).
 */
import type { IssueId, OptionId, PartyId, Scenario, SearchConstraints } from 'mandjes'
import { defaultDealRules, type DealRules } from 'mandjes'
import { compile, GAIN_TOLERANCE, targetTolerance, type CompiledScenario } from 'mandjes/engine'
import { domainGainExpression, gainExpressions, optionColumn, rangeOverDeals } from './gainExpressions.js'
import { ExprBuilder, LinearModel, sumOf, type LinearExpr } from './LinearModel.js'

/** How strictly the model separates a strict gain from zero. @category highs */
export interface FormulationSettings {
  /** Extra gain a participant needs beyond the tolerance; default `1e-7 × scale` (100 × the default tolerance). */
  readonly strictMargin?: number
}

/** The model and the handles the search reads its answer through. @category highs */
export interface DealFormulation {
  readonly compiled: CompiledScenario
  readonly model: LinearModel
  /** Gain expression per party (scenario order). */
  readonly gains: readonly LinearExpr[]
  /** Participation column `y_p` per party. */
  readonly participates: readonly number[]
  /** `Σ_i x[i][sq_i]`: the number of issues left at the status quo. */
  readonly unchanged: LinearExpr
  /** True when the constraints contradict each other before any solving (e.g. a party both included and excluded). */
  readonly contradictory: boolean
  readonly tolerance: number
  readonly margin: number
}

/**
 * Builds the MILP of valid deals under the rules, mandates and search constraints. The
 * objective is added separately (see `objectiveExpression`).
 *
 * @example
 * formulateDeal(scenario, {}, defaultDealRules).model.columnCount // => options + parties + pair terms
 * @category highs
 */
export const formulateDeal = (
  scenario: Scenario,
  constraints: SearchConstraints = {},
  rules: DealRules = defaultDealRules,
  settings: FormulationSettings = {},
): DealFormulation => {
  const c = compile(scenario)
  const model = new LinearModel()
  const tolerance = rules.tolerance ?? c.tolerance
  const margin = settings.strictMargin ?? 1e-7 * Math.max(1, c.tolerance / GAIN_TOLERANCE)
  const m = c.issueCount
  const n = c.partyCount
  const sq = (i: number): number => optionColumn(c, i, c.statusQuo[i]!)
  const issueIndex = new Map(c.issueIds.map((id, i) => [id, i]))
  const partyIndex = new Map(c.partyIds.map((id, p) => [id, p]))
  const issuesOf = (ids: readonly IssueId[] | undefined): number[] =>
    (ids ?? []).flatMap((id) => issueIndex.get(id) ?? [])
  const partiesOf = (ids: readonly PartyId[] | undefined): number[] =>
    (ids ?? []).flatMap((id) => partyIndex.get(id) ?? [])
  let contradictory = false

  // x: one column per option, fixed to 0 where a mandate or the search forbids it.
  for (let k = 0; k < c.totalOptions; k++) model.addColumn(0, c.allowed[k]!, true)
  for (const { issue, option } of constraints.excludedOptions ?? []) {
    const i = issueIndex.get(issue)
    const o = i === undefined ? -1 : c.optionIds[i]!.indexOf(option as OptionId)
    // Excluding the status quo does not force a change (keeping it agrees to nothing).
    if (i !== undefined && o >= 0 && o !== c.statusQuo[i]) model.fix(optionColumn(c, i, o), 0)
  }
  for (const i of issuesOf(constraints.offTable)) model.fix(sq(i), 1)
  for (const i of issuesOf(constraints.mustChange)) model.fix(sq(i), 0)
  for (let i = 0; i < m; i++) {
    model.addRow(sumOf(range(c.offsets[i]!, c.offsets[i + 1]!)), 1, 1)
  }
  const unchanged = sumOf(range(0, m).map(sq))
  model.addRow(unchanged, -Infinity, m - 1)
  if (constraints.maxChanges !== undefined) model.addRow(unchanged, m - constraints.maxChanges, Infinity)

  const gains = gainExpressions(c, model)

  // y: participation, exact in both directions (the sum objective counts participants only).
  const included = new Set(partiesOf(constraints.mustInclude))
  const excluded = new Set(partiesOf(constraints.mustExclude))
  const saysOf = (p: number): number[] => range(0, m).filter((i) => c.stakeholder[i * n + p] === 1)
  // Module coalitions p is in where it is not sure to take part: the option columns of u_pi.
  const coalitionsOf = (p: number): number[] =>
    range(0, m).flatMap((i) =>
      c.stakeholder[i * n + p] === 1
        ? []
        : range(0, c.optionCount[i]!)
            .filter((o) => o !== c.statusQuo[i] && c.optionStakeholder[(c.offsets[i]! + o) * n + p] === 1)
            .map((o) => optionColumn(c, i, o)),
    )
  // A party kept outside blocks every issue it has a say on and every coalition it would be in.
  for (const p of excluded) {
    for (const i of saysOf(p)) model.fix(sq(i), 1)
    for (const k of coalitionsOf(p)) model.fix(k, 0)
  }
  // An issue can change when its status quo is not forced and some other option is open.
  const canChange = range(0, m).filter(
    (i) =>
      model.colLower[sq(i)] === 0 &&
      range(0, c.optionCount[i]!).some((o) => o !== c.statusQuo[i] && model.colUpper[optionColumn(c, i, o)] === 1),
  )
  const participates = range(0, n).map((p) => {
    const says = saysOf(p)
    const joins = coalitionsOf(p)
    if (excluded.has(p) || says.length + joins.length === 0) {
      if (included.has(p)) contradictory = true
      return model.addColumn(0, 0, true)
    }
    const always = canChange.every((i) => c.stakeholder[i * n + p] === 1)
    const y = model.addColumn(always || included.has(p) ? 1 : 0, 1, true)
    if (!always && !included.has(p)) {
      for (const i of says) model.addRow(new ExprBuilder().add(y, 1).add(sq(i), 1).build(), 1, Infinity)
      for (const k of joins) model.addRow(new ExprBuilder().add(y, 1).add(k, -1).build(), 0, Infinity)
      const upper = new ExprBuilder().add(y, 1).addExpr(sumOf(says.map(sq)))
      for (const k of joins) upper.add(k, -1)
      model.addRow(upper.build(), -Infinity, says.length)
    } else if (!always) {
      // Included by the search: some issue it has a say on must change, or it joins a coalition.
      const some = new ExprBuilder().addExpr(sumOf(says.map(sq)))
      for (const k of joins) some.add(k, -1)
      model.addRow(some.build(), -Infinity, says.length - 1)
    }
    return y
  })

  const domainCount = c.domainIds.length
  for (let p = 0; p < n; p++) {
    const strict = rules.gainRule === 'strict'
    const required = c.requiredGain[p]!
    const need = Math.max(strict ? required + tolerance + margin : required - tolerance, c.minGain[p]! - tolerance)
    const y = participates[p]!
    // An outsider may lose up to its lossBound (0 by default); a participant must reach need.
    const loss = c.lossBound[p]!
    model.addRow(
      new ExprBuilder()
        .addExpr(gains[p]!)
        .add(y, -(need + tolerance + loss))
        .build(),
      -tolerance - loss,
      Infinity,
    )
    for (let d = 0; d < domainCount; d++) {
      const floor = c.minDomainGain[p * domainCount + d]!
      if (floor === -Infinity) continue
      const expr = domainGainExpression(c, p, d)
      const least = rangeOverDeals(c, model, expr).min
      if (floor - tolerance <= least) continue
      model.addRow(
        new ExprBuilder()
          .addExpr(expr)
          .add(y, -(floor - tolerance - least))
          .build(),
        least,
        Infinity,
      )
    }
  }

  if (constraints.minDomains !== undefined && constraints.minDomains > 0) {
    // u_d ≤ 1 and u_d ≤ (changed issues in d); continuous suffices as the right side is integral.
    const touched = range(0, domainCount).map((d) => {
      const inDomain = range(0, m).filter((i) => c.domainOf[i] === d)
      const u = model.addColumn(0, 1, false)
      model.addRow(
        new ExprBuilder()
          .add(u, 1)
          .addExpr(sumOf(inDomain.map(sq)))
          .build(),
        -Infinity,
        inDomain.length,
      )
      return u
    })
    model.addRow(sumOf(touched), constraints.minDomains, Infinity)
  }

  for (const target of scenario.targets ?? []) {
    const sum = new ExprBuilder()
    for (const { issue, weight } of target.terms) {
      const i = issueIndex.get(issue)!
      scenario.issues[i]!.options.forEach((option, o) =>
        sum.add(optionColumn(c, i, o), weight * (option.quantity ?? 0)),
      )
    }
    const slack = targetTolerance(scenario, target)
    model.addRow(sum.build(), (target.atLeast ?? -Infinity) - slack, (target.atMost ?? Infinity) + slack)
  }

  return {
    compiled: c,
    model,
    gains,
    participates,
    unchanged,
    contradictory: contradictory || model.conflict,
    tolerance,
    margin,
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)

/** The expression `Σ_i z_i`: how many issues a deal changes. */
export const changesExpression = (f: DealFormulation): LinearExpr =>
  new ExprBuilder().addConstant(f.compiled.issueCount).addExpr(f.unchanged, -1).build()
