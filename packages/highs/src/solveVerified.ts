/**
 * A HiGHS run whose answer is checked against the one definition of validity. The incumbent's
 * `x` is rounded (the largest `x[i][o]` of each issue wins) into a deal and passed to
 * `checkDeal` and core's `constraintViolations`; a deal that fails (the solver's feasibility tolerance let a row slip) is cut off
 * with a no-good cut `Σ_i x[i][chosen_i] ≤ m − 1` and the model solved again. Cutting off
 * only invalid deals keeps every bound HiGHS proves valid for the valid deals.
 */
import type { Highs } from 'highs'
import { checkDeal, type Deal, type DealCheck, type DealRules, type Scenario, type SearchConstraints } from 'mandjes'
import { constraintViolations, dealOfChoices } from 'mandjes/engine'
import type { DealFormulation } from './formulateDeal.js'
import { optionColumn } from './gainExpressions.js'
import { ExprBuilder, type LinearExpr } from './LinearModel.js'
import { solveMilp, type MilpLimits, type MilpOutcome, type MilpSettings } from './solveMilp.js'

/** A run's outcome plus the checked deal it produced, if any. */
export interface VerifiedOutcome {
  readonly outcome: MilpOutcome
  readonly found: { readonly deal: Deal; readonly check: DealCheck } | undefined
  /** Deals the solver proposed that `checkDeal` rejected (and that were cut off). */
  readonly rejected: number
  readonly nodes: number
}

/** Everything a verified run needs besides the objective. */
export interface VerifyContext {
  readonly highs: Highs
  readonly scenario: Scenario
  readonly rules: DealRules
  readonly constraints: SearchConstraints
  readonly settings: MilpSettings
  readonly maxRepairs: number
}

/**
 * Maximises, rounds, checks; cuts off and re-solves while the solver proposes invalid deals and
 * the limits last. Adds the cuts to `f.model`, so later runs on it inherit them.
 * @category highs
 */
export const solveVerified = (
  ctx: VerifyContext,
  f: DealFormulation,
  objective: LinearExpr,
  limits: MilpLimits,
): VerifiedOutcome => {
  const started = performance.now()
  let nodes = 0
  let rejected = 0
  for (;;) {
    const elapsed = performance.now() - started
    const timeMs = limits.timeMs === undefined ? undefined : Math.max(0, limits.timeMs - elapsed)
    const left: MilpLimits = {
      ...(timeMs === undefined ? {} : { timeMs }),
      ...(limits.nodes === undefined ? {} : { nodes: Math.max(0, limits.nodes - nodes) }),
      ...(limits.signal === undefined ? {} : { signal: limits.signal }),
    }
    const outcome = solveMilp(ctx.highs, f.model, objective, ctx.settings, left)
    nodes += outcome.nodes
    if (outcome.values === undefined) return { outcome, found: undefined, rejected, nodes }
    const choices = roundChoices(f, outcome.values)
    const deal = dealOfChoices(f.compiled, choices)
    const check = checkDeal(ctx.scenario, deal, ctx.rules)
    const holds =
      check.valid &&
      constraintViolations(ctx.scenario, deal, check.changes, check.participants, ctx.constraints).length === 0
    if (holds) return { outcome, found: { deal, check }, rejected, nodes }
    rejected++
    const cut = new ExprBuilder()
    choices.forEach((o, i) => cut.add(optionColumn(f.compiled, i, o), 1))
    f.model.addRow(cut.build(), -Infinity, f.compiled.issueCount - 1)
    const outOfBudget = outcome.status === 'limit' || rejected > ctx.maxRepairs
    if (outOfBudget) return { outcome: { ...outcome, status: 'limit' }, found: undefined, rejected, nodes }
  }
}

/** The option with the largest `x` on each issue: HiGHS's binaries are integral up to its tolerance. */
const roundChoices = (f: DealFormulation, values: Float64Array): Int32Array => {
  const c = f.compiled
  return Int32Array.from({ length: c.issueCount }, (_, i) => {
    let best = 0
    for (let o = 1; o < c.optionCount[i]!; o++) {
      if (values[optionColumn(c, i, o)]! > values[optionColumn(c, i, best)]!) best = o
    }
    return best
  })
}
