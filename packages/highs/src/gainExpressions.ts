/**
 * Each party's gain as a linear expression over the option columns. Additive terms map one to
 * one: `gain_p = Σ_i Σ_o gain[p][i][o] · x[i][o]` (the compiled gains are already relative to
 * the status quo). An interaction term adds `value · w` where `w = x_a AND x_b`, linearised by
 *
 *     w ≤ x_a,   w ≤ x_b,   w ≥ x_a + x_b − 1,   0 ≤ w ≤ 1
 *
 * which forces `w` to the product whenever the `x` are binary, so `w` stays continuous. The
 * status quo's own interaction value is subtracted as a constant, as `gainOfChoices` does.
 */
import type { CompiledScenario } from 'mandjes/engine'
import { ExprBuilder, type LinearExpr, type LinearModel } from './LinearModel.js'

/** Column of option `o` of issue `i`: the option columns come first, in the compiled flat order. */
export const optionColumn = (c: CompiledScenario, issue: number, option: number): number => c.offsets[issue]! + option

/**
 * Adds the interaction columns a scenario needs and returns every party's gain expression.
 * Pairs shared by several parties share one column; pairs that can never hold (an option
 * fixed to zero) add nothing.
 */
export const gainExpressions = (c: CompiledScenario, model: LinearModel): readonly LinearExpr[] => {
  const builders = Array.from({ length: c.partyCount }, () => new ExprBuilder())
  for (let p = 0; p < c.partyCount; p++) {
    const base = p * c.totalOptions
    for (let k = 0; k < c.totalOptions; k++) builders[p]!.add(k, c.gain[base + k]!)
  }
  const pairColumns = new Map<string, number>()
  for (const t of c.pairs) {
    const a = optionColumn(c, t.issueA, t.optionA)
    const b = optionColumn(c, t.issueB, t.optionB)
    const heldBefore = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB
    const builder = builders[t.party]!
    if (heldBefore) builder.addConstant(-t.value)
    if (t.issueA === t.issueB) {
      // Two options of one issue hold together only when they are the same option.
      if (a === b) builder.add(a, t.value)
      continue
    }
    if (model.colUpper[a] === 0 || model.colUpper[b] === 0) continue
    const key = a < b ? `${a},${b}` : `${b},${a}`
    let w = pairColumns.get(key)
    if (w === undefined) {
      w = model.addColumn(0, 1, false)
      pairColumns.set(key, w)
      model.addRow(new ExprBuilder().add(w, 1).add(a, -1).build(), -Infinity, 0)
      model.addRow(new ExprBuilder().add(w, 1).add(b, -1).build(), -Infinity, 0)
      model.addRow(new ExprBuilder().add(w, 1).add(a, -1).add(b, -1).build(), -1, Infinity)
    }
    builder.add(w, t.value)
  }
  return builders.map((b) => b.build())
}

/**
 * Party p's gain within one policy domain (additive terms only: interaction terms and money
 * are attributed to no domain, as in `domainGainOf`).
 */
export const domainGainExpression = (c: CompiledScenario, party: number, domain: number): LinearExpr => {
  const b = new ExprBuilder()
  const base = party * c.totalOptions
  for (let i = 0; i < c.issueCount; i++) {
    if (c.domainOf[i] !== domain) continue
    for (let k = c.offsets[i]!; k < c.offsets[i + 1]!; k++) b.add(k, c.gain[base + k]!)
  }
  return b.build()
}

/**
 * The least and largest value an expression over option columns can take, knowing that each
 * issue picks exactly one allowed option; other columns count with their bounds. Sizes the
 * big-M coefficients as tightly as the data allows.
 */
export const rangeOverDeals = (
  c: CompiledScenario,
  model: LinearModel,
  expr: LinearExpr,
): { readonly min: number; readonly max: number } => {
  let min = expr.constant
  let max = expr.constant
  for (let i = 0; i < c.issueCount; i++) {
    let lo = Infinity
    let hi = -Infinity
    for (let k = c.offsets[i]!; k < c.offsets[i + 1]!; k++) {
      if (model.colUpper[k] === 0) continue
      const coefficient = expr.terms.get(k) ?? 0
      if (model.colLower[k] === 1) {
        lo = hi = coefficient
        break
      }
      lo = Math.min(lo, coefficient)
      hi = Math.max(hi, coefficient)
    }
    // An issue with every option forbidden leaves the model infeasible; any finite range will do.
    if (lo === Infinity) continue
    min += lo
    max += hi
  }
  for (const [column, coefficient] of expr.terms) {
    if (column < c.totalOptions) continue
    const lo = model.colLower[column]!
    const hi = model.colUpper[column]!
    min += coefficient > 0 ? coefficient * lo : coefficient * hi
    max += coefficient > 0 ? coefficient * hi : coefficient * lo
  }
  return { min, max }
}
