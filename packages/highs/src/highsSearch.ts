/**
 * `highsSearch`: the package-deal `Search` as a mixed-integer program solved by HiGHS.
 *
 * Laws it keeps (those of `Search.ts`): every returned deal passed `checkDeal` under the
 * options' rules and core's `constraintViolations` (see `solveVerified`); `Optimal` means
 * HiGHS closed the gap on every objective of the spec to that objective's tie tolerance (or
 * `absoluteGap` when set) and the verified deal reaches HiGHS's bound within that gap (an
 * "optimal" whose deal falls short is reported as `BudgetExhausted` with the honest gap); `NoDeal` means HiGHS proved the model infeasible; `BudgetExhausted`
 * carries the best checked deal and HiGHS's proven bound. Proofs hold for deals whose strict
 * gains clear the tolerance by the margin (see `formulateDeal`).
 *
 * Lexicographic specs (`['maxmin', 'fewest']`) are solved one objective at a time, each later
 * run keeping the earlier objectives within their tie tolerance of the optimum found.
 * Not supported: `nash` (not linear) and compensation payments (set by a non-linear rule,
 * `compensate`); both throw. Pass `payments: false` for scenarios with compensation.
 */
import type { Highs } from 'highs'
import * as O from 'fp-ts/lib/Option.js'
import { defaultDealRules, type Objective, type RankedDeal, type Search, type SearchResult } from 'mandjes'
import { objectiveTolerance, objectivesOf, problemOf, rankDeal } from 'mandjes/engine'
import { deadlockCertificate } from './deadlockCertificate.js'
import { formulateDeal, type FormulationSettings } from './formulateDeal.js'
import { objectiveExpression } from './objectiveExpression.js'
import { solveVerified, type VerifyContext } from './solveVerified.js'

/** Numerical settings of `highsSearch`; the defaults suit utilities of any scale. @category highs */
export interface HighsSearchSettings extends FormulationSettings {
  /**
   * Absolute optimality gap for every objective. Default: the objective's tie tolerance as in
   * core's `objectiveTolerance` (tolerance × (parties + 1) for `sum`, the tolerance for
   * `maxmin`, 0.5 for `fewest`).
   */
  readonly absoluteGap?: number
  /**
   * HiGHS's MIP and primal feasibility tolerance. Default: the gain tolerance, clamped to
   * [1e-10, 1e-7], so a proof is not blurred by more than the tolerance ties are judged by.
   */
  readonly feasibilityTolerance?: number
  /** How often an invalid incumbent is cut off and the model re-solved; default 5. */
  readonly maxRepairs?: number
}

type LinearObjective = Exclude<Objective, 'nash'>

/**
 * A `Search` backed by a loaded HiGHS runtime. Load the WASM module once
 * (`await loadHighs()`, or `loadHighsSearch()`) and reuse the search for many scenarios.
 *
 * @example
 * const search = highsSearch(await loadHighs())
 * search(scenario, { objective: 'maxmin', budget: { timeMs: 10_000 } })._tag // => 'Optimal'
 * @category highs
 */
export const highsSearch =
  (highs: Highs, settings: HighsSearchSettings = {}): Search =>
  (scenario, options = {}) => {
    const started = performance.now()
    if (scenario.compensation !== undefined && options.payments !== false) {
      throw new Error('[mandjes/highs] compensation payments are not modelled by highsSearch; pass payments: false')
    }
    const objectives = objectivesOf(options.objective)
    if (objectives.includes('nash')) {
      throw new Error(
        "[mandjes/highs] the 'nash' objective (a product of gains) is not linear; use 'sum', 'maxmin' or 'fewest'",
      )
    }
    const linear = objectives as readonly LinearObjective[]
    const rules = options.rules ?? defaultDealRules
    // An issue without a status quo must be settled: its "not settled" column (compile's extra
    // slot, the status quo of the model) is fixed at 0, as for an issue that must change.
    const open = scenario.issues.filter((i) => scenario.statusQuo.choices[i.id] === undefined).map((i) => i.id)
    const given = options.constraints ?? {}
    const constraints = open.length === 0 ? given : { ...given, mustChange: [...(given.mustChange ?? []), ...open] }
    const budget = options.budget ?? {}
    const f = formulateDeal(scenario, constraints, rules, settings)
    const gaps = linear.map((o) => settings.absoluteGap ?? objectiveTolerance(o, f.tolerance, f.compiled.partyCount))
    const ctx: VerifyContext = {
      highs,
      scenario,
      rules,
      constraints,
      settings: {
        absoluteGap: Math.min(...gaps),
        relativeGap: 0,
        feasibilityTolerance: settings.feasibilityTolerance ?? Math.min(1e-7, Math.max(1e-10, f.tolerance)),
      },
      maxRepairs: settings.maxRepairs ?? 5,
    }
    let nodes = 0
    const stats = () => ({ nodes, elapsedMs: performance.now() - started })
    const limits = () => {
      const timeMs =
        budget.timeMs === undefined ? undefined : Math.max(0, budget.timeMs - (performance.now() - started))
      return {
        ...(timeMs === undefined ? {} : { timeMs }),
        ...(budget.nodes === undefined ? {} : { nodes: Math.max(0, budget.nodes - nodes) }),
        ...(budget.signal === undefined ? {} : { signal: budget.signal }),
      }
    }
    const noDeal = (): SearchResult => {
      const { certificate, nodes: rerunNodes } = deadlockCertificate(
        ctx,
        scenario,
        constraints,
        rules,
        settings,
        nodes,
        limits(),
      )
      nodes += rerunNodes
      return { _tag: 'NoDeal', certificate, stats: stats() }
    }
    if (f.contradictory) return noDeal()

    const models = linear.map((o) => objectiveExpression(f, o))
    // Deals leave through core's one door, which checks them again and ranks them from the
    // exact gains `checkDeal` reports (never from the solver's floating-point objective).
    const problem = problemOf(scenario, options)
    let best: RankedDeal | undefined
    let solved = 0
    const bounds: number[] = []
    for (const [k, model] of models.entries()) {
      if (budget.signal?.aborted === true) break
      const run = solveVerified(
        { ...ctx, settings: { ...ctx.settings, absoluteGap: gaps[k]! } },
        f,
        model.expr,
        limits(),
      )
      nodes += run.nodes
      const ranked = run.found === undefined ? undefined : rankDeal(problem, run.found.deal)
      if (ranked !== undefined) best = ranked
      if (run.outcome.status === 'infeasible' && k === 0) return noDeal()
      const value = best?.value[k]
      // The maxmin model scores "no participants" below −1 where the definition says −Infinity;
      // every deal with participants scores at least −tolerance.
      const none = model.scoreWithoutParticipants
      const raw = none !== undefined && run.outcome.bound < -f.tolerance - 0.5 ? -Infinity : run.outcome.bound
      bounds.push(value === undefined ? raw : Math.max(raw, value))
      if (run.outcome.status !== 'optimal' || value === undefined) break
      // HiGHS's "optimal" claims its bound is reached; only the verified deal counts. When the
      // deal falls short of the claimed bound by more than the gap (a presolve or tolerance
      // slip), this is no proof: report the bound and the gap instead.
      if (value !== -Infinity && raw - value > gaps[k]! + ctx.settings.feasibilityTolerance * (1 + Math.abs(raw))) break
      solved++
      // Keep this objective at its optimum (within its tie tolerance) while the next is optimised.
      f.model.addRow(model.expr, (value === -Infinity ? (none ?? -Infinity) : value) - gaps[k]!, Infinity)
    }
    // A later stage may trade an earlier objective within its tie tolerance; a bound is never below what the deal reaches.
    const final = best
    const reached = bounds.map((b, k) => (final === undefined ? b : Math.max(b, final.value[k]!)))
    if (final !== undefined && solved === models.length)
      return { _tag: 'Optimal', best: final, bound: reached, stats: stats() }
    // The contract's bound: proven on the first objective, then the best values for the rest.
    const bound = linear.map((_, k) =>
      k === 0 ? (reached[0] ?? Infinity) : k < solved ? reached[k]! : (final?.value[k] ?? Infinity),
    )
    return {
      _tag: 'BudgetExhausted',
      best: final === undefined ? O.none : O.some(final),
      bound,
      gap: final === undefined ? Infinity : bound[0]! - final.value[0]!,
      stats: stats(),
    }
  }
