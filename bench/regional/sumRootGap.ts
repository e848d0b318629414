/**
 * How far the `sum` bounds are from the optimum at the root, on the regional rungs: the LP
 * relaxation of @mandjes/highs's model (integrality dropped), HiGHS's bound after its root
 * node (presolve, cuts; `mip_max_nodes` 1), the optimum HiGHS proves (or its bound at the
 * budget), and findDeal's root bound (`stats.rootBound`) and proven bound after a short run.
 *
 *   npx tsx --conditions=source bench/regional/sumRootGap.ts [--time-ms 20000] [--ours-ms 3000] [--no-presolve] [--highs name=value] [r05 r07 ...]
 *
 * `--no-presolve` runs the root node without presolve: what HiGHS's cuts alone reach.
 * `--highs name=value` (repeatable) sets a HiGHS option for the root node run, e.g.
 * `--highs mip_heuristic_effort=0 --highs mip_heuristic_run_feasibility_jump=false` (no
 * incumbent at the root, so no reduced-cost fixing).
 *
 * Prints one markdown row per rung. The compensation rungs run without payments (HiGHS's problem).
 */
import { join } from 'node:path'
import { findDeal, type Scenario } from 'mandjes'
import { formulateDeal, loadHighs, objectiveExpression, type LinearExpr, type LinearModel } from '@mandjes/highs'
import type { Highs } from 'highs'
import { modelData } from '../../packages/highs/src/solveMilp.js'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

const args = process.argv.slice(2)
const valueOf = (flag: string, fallback: string): string => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1]! : fallback
}
const timeMs = Number(valueOf('--time-ms', '20000'))
const oursMs = Number(valueOf('--ours-ms', '3000'))
// HiGHS options for the root node run: numbers and booleans as such, other values as strings.
const highsOptions = Object.fromEntries(
  args.flatMap((a, k) => {
    if (args[k - 1] !== '--highs') return []
    const [name, value] = a.split('=') as [string, string]
    return [
      [name, value === 'true' ? true : value === 'false' ? false : Number.isNaN(Number(value)) ? value : Number(value)],
    ]
  }),
)
const flagged = new Set([String(timeMs), String(oursMs), ...args.filter((_, k) => args[k - 1] === '--highs')])
const prefixes = args.filter((a) => !a.startsWith('--') && !flagged.has(a))
const rungs = regionalFiles().filter((f) =>
  (prefixes.length > 0
    ? prefixes
    : ['r05_p25_i47.', 'r07_p35_i70.', 'r08_p47_i95.', 'r09', 'r10_p69_i140.', 'r11', 'r12', 'r13']
  ).some((p) => f.startsWith(p)),
)

/** Maximises the objective over the model; `lp` drops integrality. Returns status, value, bound, ms. */
const solve = (
  highs: Highs,
  model: LinearModel,
  objective: LinearExpr,
  options: Record<string, number | boolean | string>,
  lp: boolean,
) => {
  const m = highs.createModel(modelData(highs, model, objective, lp))
  try {
    m.options.set({ output_flag: false, random_seed: 0, mip_rel_gap: 0, ...options })
    const started = performance.now()
    const run = m.run()
    const ms = performance.now() - started
    const value = Number(m.info.get('objective_function_value'))
    const bound = lp ? value : Number(m.info.get('mip_dual_bound'))
    return { status: run.modelStatus, value, bound, ms }
  } finally {
    m.dispose()
  }
}

const highs = await loadHighs()
const model = (scenario: Scenario) => {
  const f = formulateDeal(scenario)
  return { f, objective: objectiveExpression(f, 'sum').expr }
}
console.log(
  `| rung | LP relaxation | HiGHS after root | HiGHS ${timeMs / 1000} s | findDeal root | findDeal ${oursMs / 1000} s |`,
)
console.log('|---|---:|---:|---:|---:|---:|')
for (const file of rungs) {
  const scenario = loadRegional(join(regionalRoot, file))
  const lpModel = model(scenario)
  const lp = solve(highs, lpModel.f.model, lpModel.objective, {}, true)
  const rootModel = model(scenario)
  const root = solve(
    highs,
    rootModel.f.model,
    rootModel.objective,
    { mip_max_nodes: 1, ...(args.includes('--no-presolve') ? { presolve: 'off' } : {}), ...highsOptions },
    false,
  )
  const fullModel = model(scenario)
  const full = solve(highs, fullModel.f.model, fullModel.objective, { time_limit: timeMs / 1000 }, false)
  const payments = scenario.compensation === undefined ? {} : { payments: false }
  const ours = findDeal(scenario, { objective: 'sum', budget: { timeMs: oursMs }, ...payments })
  const oursValue =
    ours._tag === 'Optimal'
      ? ours.best.value[0]!
      : ours._tag === 'BudgetExhausted' && ours.best._tag === 'Some'
        ? ours.best.value.value[0]!
        : NaN
  const oursBound = ours._tag === 'NoDeal' ? NaN : ours.bound[0]!
  const opt = full.status === highs.constants.modelStatus.optimal
  console.log(
    `| ${file.replace(/\.json$/, '')} | ${lp.value.toFixed(2)} | ${root.bound.toFixed(2)} | ${full.value.toFixed(2)} ${opt ? `opt ${(full.ms / 1000).toFixed(1)} s` : `<= ${full.bound.toFixed(2)}`} | ${ours.stats.rootBound?.toFixed(2) ?? '-'} | ${oursValue.toFixed(2)} <= ${oursBound.toFixed(2)} |`,
  )
}
