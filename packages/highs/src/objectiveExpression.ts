/**
 * The linear objectives over a `DealFormulation`, one per supported `Objective`:
 *
 * - `sum`: `Σ_p s_p` with `s_p = gain_p · y_p` (the participants' total gain), linearised by
 *   `s_p ≤ gain_p + L_p · (1 − y_p)`, `s_p ≤ G_p · y_p` (G_p = the most p can gain) and
 *   `s_p ≥ −tol`, where `L_p = tol + lossBound_p` is the most an outsider may lose in a valid
 *   deal: a participant's `s_p` is its gain (≥ −tol), an outsider's is 0 at the optimum. (The
 *   row `s_p ≤ gain_p` alone would force an outsider's loss into the sum and, with
 *   `s_p ≥ −tol`, rule out every deal in which an outsider uses its loss bound.) Without a
 *   loss bound `L_p = 0`: an outsider's `s_p` then lies in [−tol, 0], an error within the
 *   sum's tie tolerance, and the model has no coefficient of tolerance size. A party that
 *   always takes part enters with its gain directly.
 * - `maxmin`: `t ∈ [N, T]` with `t ≤ gain_p + (T + L_p) · (1 − y_p)` for every party that can
 *   take part (T = the most anyone can gain, L_p as above, so an outsider's loss never binds
 *   `t`), and `t ≤ N + (T − N) · Σ_p y_p`: a deal without
 *   participants scores N = −1 − 2·tol, below every deal with participants (their gains are
 *   ≥ −tol), standing in for the −Infinity that `objectiveValue` gives it.
 * - `fewest`: `−Σ_i z_i` (minus the number of changes, so larger is better).
 *
 * Every objective is maximised, as in core's `objectives.ts`.
 * `nash` (a product of gains) is not linear and is not offered: `objectiveExpression` throws.
 */
import type { Objective } from 'mandjes'
import { rangeOverDeals } from './gainExpressions.js'
import { changesExpression, type DealFormulation } from './formulateDeal.js'
import { ExprBuilder, type LinearExpr } from './LinearModel.js'

/** One objective as a linear expression with its direction. @category highs */
export interface ObjectiveModel {
  readonly objective: Objective
  /** Maximised. */
  readonly expr: LinearExpr
  /**
   * `maxmin` only: the model's score for a deal without participants (−1 − 2 × tolerance, below
   * every participant's least gain of −tolerance), standing for `objectiveValue`'s −Infinity.
   */
  readonly scoreWithoutParticipants?: number
}

/** The objectives `highsSearch` can solve exactly. @category highs */
export const highsObjectives: readonly Objective[] = ['sum', 'maxmin', 'fewest']

/**
 * Adds the columns and rows an objective needs to the formulation's model and returns it.
 * @example
 * objectiveExpression(formulateDeal(scenario), 'fewest').expr.constant // => −(number of issues)
 * @category highs
 */
export const objectiveExpression = (f: DealFormulation, objective: Objective): ObjectiveModel => {
  const { model, compiled: c } = f
  const most = f.gains.map((g) => Math.max(0, rangeOverDeals(c, model, g).max))
  const isFixed = (y: number, value: number): boolean => model.colLower[y] === value && model.colUpper[y] === value
  // The most an outsider may lose in a valid deal (formulateDeal's outsider row).
  const outsiderLoss = (p: number): number => f.tolerance + c.lossBound[p]!
  switch (objective) {
    case 'sum': {
      const total = new ExprBuilder()
      f.gains.forEach((gain, p) => {
        const y = f.participates[p]!
        if (isFixed(y, 0)) return
        if (isFixed(y, 1)) {
          total.addExpr(gain)
          return
        }
        const s = model.addColumn(-f.tolerance, most[p]!, false)
        // s ≤ gain + L·(1 − y), L = lossBound + tol. Without a loss bound, s ≤ gain: L would be
        // the tolerance alone, a coefficient far below HiGHS's feasibility tolerance on which
        // its presolve has been seen to cut feasible deals (the tests keep a case).
        const loss = c.lossBound[p]! > 0 ? outsiderLoss(p) : 0
        model.addRow(new ExprBuilder().add(s, 1).addExpr(gain, -1).add(y, loss).build(), -Infinity, loss)
        model.addRow(new ExprBuilder().add(s, 1).add(y, -most[p]!).build(), -Infinity, 0)
        total.add(s, 1)
      })
      return { objective, expr: total.build() }
    }
    case 'maxmin': {
      const candidates = f.participates.flatMap((y, p) => (isFixed(y, 0) ? [] : [p]))
      const ceiling = Math.max(0, ...candidates.map((p) => most[p]!))
      const none = -1 - 2 * f.tolerance
      const t = model.addColumn(none, ceiling, false)
      for (const p of candidates) {
        const y = f.participates[p]!
        const bigM = ceiling + outsiderLoss(p)
        model.addRow(new ExprBuilder().add(t, 1).addExpr(f.gains[p]!, -1).add(y, bigM).build(), -Infinity, bigM)
      }
      if (!candidates.some((p) => isFixed(f.participates[p]!, 1))) {
        const row = new ExprBuilder().add(t, 1)
        for (const p of candidates) row.add(f.participates[p]!, -(ceiling - none))
        model.addRow(row.build(), -Infinity, none)
      }
      return { objective, expr: new ExprBuilder().add(t, 1).build(), scoreWithoutParticipants: none }
    }
    case 'fewest':
      return { objective, expr: new ExprBuilder().addExpr(changesExpression(f), -1).build() }
    case 'nash':
      throw new Error(
        "[mandjes/highs] the 'nash' objective (a product of gains) is not linear; use 'sum', 'maxmin' or 'fewest'",
      )
  }
}
