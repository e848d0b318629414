/**
 * The linear objectives over a `DealFormulation`, one per supported `Objective`:
 *
 * - `sum`: `Σ_p s_p` with `s_p = gain_p · y_p` (the participants' total gain), linearised by
 *   `s_p ≤ gain_p`, `s_p ≤ G_p · y_p` (G_p = the most p can gain) and `s_p ≥ −tol`: every
 *   gain in a valid deal is ≥ −tol, so an outsider's `s_p` lies in [−tol, 0], an error within
 *   the sum's tie tolerance. A party that always takes part enters with its gain directly.
 * - `maxmin`: `t ∈ [N, T]` with `t ≤ gain_p + (T + tol) · (1 − y_p)` for every party that can
 *   take part (T = the most anyone can gain), and `t ≤ N + (T − N) · Σ_p y_p`: a deal without
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
        model.addRow(new ExprBuilder().add(s, 1).addExpr(gain, -1).build(), -Infinity, 0)
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
      const bigM = ceiling + f.tolerance
      for (const p of candidates) {
        const y = f.participates[p]!
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
