/**
 * What the per-party structure is worth to the `sum` bound, measured with HiGHS: the LP
 * relaxation of @mandjes/highs's model plus, for every party with at most `--limit` option
 * combinations over its scope (the issues it values or takes part through), the convex hull of
 * its own valid configurations (an extended formulation: one weight per valid configuration,
 * the weights summing to 1 and adding up to the option columns of its scope; its term of the
 * sum is at most the weighted score). A configuration is valid as the sum decomposition's
 * copies judge it (partyCopies.ts): as a participant the party reaches its need, outside it
 * loses at most its tolerance and loss bound, and with `--floors` a participant keeps its
 * domain floors. Its score is its gain when it takes part, 0 outside.
 *
 *   npx tsx --conditions=source bench/regional/sumHullLp.ts [--limit 4096] [--floors] r05_p25_i47.json
 *
 * The result is the exact optimum of the decomposition with those copies (and the MILP's LP
 * rows for every other party), so the decomposition's multipliers can at best reach it.
 * Rungs without interaction terms only (the hull counts additive gains).
 */
import { join } from 'node:path'
import { formulateDeal, loadHighs, objectiveExpression } from '@mandjes/highs'
import { takesPart } from '../../packages/core/src/evaluate/compile.js'
import { ExprBuilder } from '../../packages/highs/src/LinearModel.js'
import { modelData } from '../../packages/highs/src/solveMilp.js'
import { loadRegional, regionalRoot } from './loadRegional.js'

const args = process.argv.slice(2)
const valueOf = (flag: string, fallback: string): string => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1]! : fallback
}
const limit = Number(valueOf('--limit', '4096'))
const floors = args.includes('--floors')
const file = args.find((a) => a.endsWith('.json'))!
const scenario = loadRegional(join(regionalRoot, file))
const highs = await loadHighs()
const f = formulateDeal(scenario)
const objective = objectiveExpression(f, 'sum')
const { model, compiled: c } = f
const { partyCount: P, issueCount: N, totalOptions: T } = c
const D = c.domainIds.length
if (c.pairs.length > 0) throw new Error(`${file} has interaction terms; the hulls count additive gains only`)

// The sum's column s_p of each party that may or may not take part (objectiveExpression adds
// them after the participation columns, in party order).
const lastParticipation = Math.max(...f.participates)
const sColumns = [...objective.expr.terms.keys()].filter((k) => k > lastParticipation)
const isFixed = (y: number) => model.colLower[y] === model.colUpper[y]
const sOf = new Map<number, number>()
f.participates.forEach((y, p) => {
  if (!isFixed(y)) sOf.set(p, sColumns[sOf.size]!)
})
const open = (i: number) =>
  Array.from({ length: c.optionCount[i]! }, (_, o) => o).filter((o) => model.colUpper[c.offsets[i]! + o] === 1)
const need = (p: number) => Math.max(c.requiredGain[p]! + f.tolerance + f.margin, c.minGain[p]! - f.tolerance)

let added = 0
let skipped = 0
for (let p = 0; p < P; p++) {
  const issues = Array.from({ length: N }, (_, i) => i).filter((i) =>
    open(i).some((o) => c.gain[p * T + c.offsets[i]! + o] !== 0 || takesPart(c, i, o, p)),
  )
  const lists = issues.map(open)
  if (lists.reduce((n, l) => n * l.length, 1) > limit) {
    skipped++
    continue
  }
  added++
  const always = model.colLower[f.participates[p]!] === 1
  const digits = new Array<number>(issues.length).fill(0)
  const weights: { column: number; choice: number[] }[] = []
  const score = new ExprBuilder()
  for (;;) {
    let gain = 0
    let joined = always
    const domainGain = new Array<number>(D).fill(0)
    issues.forEach((i, k) => {
      const o = lists[k]![digits[k]!]!
      const v = c.gain[p * T + c.offsets[i]! + o]!
      gain += v
      domainGain[c.domainOf[i]!] = domainGain[c.domainOf[i]!]! + v
      if (o !== c.statusQuo[i] && takesPart(c, i, o, p)) joined = true
    })
    const floorsKept =
      !floors ||
      domainGain.every(
        (g, d) => c.minDomainGain[p * D + d] === -Infinity || g >= c.minDomainGain[p * D + d]! - f.tolerance,
      )
    const valid = joined ? gain >= need(p) && floorsKept : gain >= -f.tolerance - c.lossBound[p]!
    if (valid) {
      const column = model.addColumn(0, 1, false)
      weights.push({ column, choice: digits.map((d, k) => lists[k]![d]!) })
      score.add(column, joined ? gain : 0)
    }
    let k = 0
    while (k < digits.length && ++digits[k]! === lists[k]!.length) digits[k++] = 0
    if (k === digits.length) break
  }
  const one = new ExprBuilder()
  for (const w of weights) one.add(w.column, 1)
  model.addRow(one.build(), 1, 1)
  issues.forEach((i, k) => {
    for (const o of lists[k]!) {
      const row = new ExprBuilder().add(c.offsets[i]! + o, -1)
      for (const w of weights) if (w.choice[k] === o) row.add(w.column, 1)
      model.addRow(row.build(), 0, 0)
    }
  })
  const s = sOf.get(p)
  if (s !== undefined) model.addRow(new ExprBuilder().add(s, 1).addExpr(score.build(), -1).build(), -Infinity, 0)
}

const m = highs.createModel(modelData(highs, model, objective.expr, true))
try {
  m.options.set({ output_flag: false, random_seed: 0 })
  const started = performance.now()
  const run = m.run()
  if (run.modelStatus !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS status ${run.modelStatus}`)
  const value = Number(m.info.get('objective_function_value'))
  console.log(
    `${file}: limit ${limit}${floors ? ', floors' : ''}: hulls for ${added} parties (${skipped} without), ${model.columnCount} columns: LP ${value.toFixed(3)} (${(performance.now() - started).toFixed(0)} ms)`,
  )
} finally {
  m.dispose()
}
