/**
 * One HiGHS run on a `LinearModel`, with the limits of a search budget, read back honestly:
 * the incumbent only when HiGHS reports a feasible primal solution, the proven bound
 * (`mip_dual_bound`) whatever the status, and the status itself mapped to three outcomes.
 */
import type { Highs, ModelData } from 'highs'
import type { LinearExpr, LinearModel } from './LinearModel.js'

/** Solver settings that decide what "optimal" and "feasible" mean to HiGHS. @category highs */
export interface MilpSettings {
  /** Stop when bound − incumbent ≤ this (HiGHS `mip_abs_gap`). */
  readonly absoluteGap: number
  /** HiGHS `mip_rel_gap`; 0 so that "optimal" does not hide a relative gap. */
  readonly relativeGap: number
  /** HiGHS `mip_feasibility_tolerance` (and `primal_feasibility_tolerance`). */
  readonly feasibilityTolerance: number
}

/** Limits on one run. */
export interface MilpLimits {
  readonly timeMs?: number
  readonly nodes?: number
  readonly signal?: AbortSignal
}

/**
 * How one run ended. `limit` covers the time and node limits and an abort; `values` is set
 * whenever HiGHS holds a feasible solution (also under a limit).
 */
export interface MilpOutcome {
  readonly status: 'optimal' | 'infeasible' | 'limit'
  readonly values: Float64Array | undefined
  /** Proven upper bound on the objective (−Infinity when infeasible, Infinity when unknown). */
  readonly bound: number
  readonly nodes: number
  readonly elapsedMs: number
}

/**
 * The model in HiGHS's input form, maximising `objective`; `relaxed` drops integrality (the
 * LP relaxation, which bench/regional/sumRootGap.ts measures).
 */
export const modelData = (highs: Highs, model: LinearModel, objective: LinearExpr, relaxed = false): ModelData => {
  const colCost = new Float64Array(model.columnCount)
  for (const [column, coefficient] of objective.terms) colCost[column] = coefficient
  return {
    numCols: model.columnCount,
    numRows: model.rowCount,
    sense: highs.constants.objectiveSense.maximize,
    offset: objective.constant,
    colCost,
    colLower: Float64Array.from(model.colLower),
    colUpper: Float64Array.from(model.colUpper),
    rowLower: Float64Array.from(model.rowLower, (v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: Float64Array.from(model.rowUpper, (v) => (v === Infinity ? highs.infinity : v)),
    matrix: {
      format: 'csr',
      numRows: model.rowCount,
      numCols: model.columnCount,
      starts: Int32Array.from(model.rowStarts),
      indices: Int32Array.from(model.indices),
      values: Float64Array.from(model.values),
    },
    integrality: Int32Array.from(model.integer, (isInteger) => (isInteger && !relaxed ? 1 : 0)),
  }
}

/**
 * Maximises `objective` over `model`. Throws when HiGHS reports an error
 * (an invalid model is a bug in the formulation, not a search outcome).
 * @category highs
 */
export const solveMilp = (
  highs: Highs,
  model: LinearModel,
  objective: LinearExpr,
  settings: MilpSettings,
  limits: MilpLimits,
): MilpOutcome => {
  const started = performance.now()
  const data = modelData(highs, model, objective)
  const m = highs.createModel(data)
  try {
    m.options.set({
      output_flag: false,
      random_seed: 0,
      mip_abs_gap: settings.absoluteGap,
      mip_rel_gap: settings.relativeGap,
      mip_feasibility_tolerance: settings.feasibilityTolerance,
      primal_feasibility_tolerance: settings.feasibilityTolerance,
    })
    if (limits.timeMs !== undefined) m.options.set('time_limit', Math.max(0, limits.timeMs) / 1000)
    if (limits.nodes !== undefined)
      m.options.set('mip_max_nodes', Math.max(0, Math.min(2_147_483_647, Math.floor(limits.nodes))))
    const signal = limits.signal
    // run() blocks this thread: the callback reads the signal at HiGHS's interrupt points, but
    // nothing on this thread can abort it meanwhile. `time_limit` is the hard limit.
    const run =
      signal === undefined
        ? m.run()
        : m.run({
            [highs.constants.callbackType.mipInterrupt]: (event) => {
              if (signal.aborted) event.interrupt()
            },
          })
    const codes = highs.constants.modelStatus
    const status =
      run.modelStatus === codes.optimal
        ? 'optimal'
        : run.modelStatus === codes.infeasible
          ? 'infeasible'
          : limitStatuses.has(run.modelStatus)
            ? 'limit'
            : undefined
    if (status === undefined) throw new Error(`[mandjes/highs] HiGHS ended with model status ${run.modelStatus}`)
    const feasible = Number(m.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible
    const bound = readBound(m.info.get('mip_dual_bound'), status)
    return {
      status,
      values: feasible ? m.getSolution().colValue : undefined,
      bound,
      nodes: Number(m.info.get('mip_node_count')),
      elapsedMs: performance.now() - started,
    }
  } finally {
    m.dispose()
  }
}

// time limit, iteration limit, solution limit, interrupted, objective bound/target reached
const limitStatuses = new Set<number>([11, 12, 13, 14, 16, 17])

/** A bound HiGHS could not establish is reported as infinite in the objective's direction. */
const readBound = (raw: number | bigint, status: MilpOutcome['status']): number => {
  const value = Number(raw)
  if (status === 'infeasible') return -Infinity
  return Number.isFinite(value) && Math.abs(value) < 1e20 ? value : Infinity
}
