/**
 * findDeal and HiGHS on one search problem, with the cross-checks that make a benchmark
 * trustworthy: every deal passes `checkDeal` and its claimed value is recomputed (in
 * timeSearch), and each engine's deal must not beat the other's proven bound. A MILP
 * "Optimal" whose value findDeal's deal beats is a wrong certificate; a findDeal deal above
 * HiGHS's claimed bound, or a HiGHS deal above findDeal's proven bound, is a bug in one of
 * them. Every such disagreement is listed in `flags`, and the bench prints them loudly.
 */
import { type Scenario, type Search } from 'mandjes'
import { toleranceFor } from 'mandjes/engine'
import type { ObjectiveRun } from './objectiveRuns.js'
import { timeSearch, type SearchRun } from './timeSearch.js'

/** findDeal and HiGHS on one objective of one scenario. */
export interface SolverPair {
  readonly ours: SearchRun
  /** null where HiGHS's model does not cover the problem (nash, payments). */
  readonly highs: SearchRun | null
  /** ours / HiGHS median wall time (null when either has no time). */
  readonly timeRatio: number | null
  /** Both proved an optimum and the values agree within the tie tolerance; null when either did not prove one. */
  readonly agree: boolean | null
  /** Cross-check failures, in words (empty when everything checks). */
  readonly flags: readonly string[]
}

const tieTolerance = (scenario: Scenario, label: string): number =>
  label.startsWith('fewest') ? 0.5 : toleranceFor(scenario) * (scenario.parties.length + 1)

/** The cross-check failures between two runs of the same problem. */
export const crossCheck = (scenario: Scenario, label: string, ours: SearchRun, highs: SearchRun | null): string[] => {
  const tol = tieTolerance(scenario, label)
  const flags: string[] = []
  for (const [who, r] of [
    ['findDeal', ours],
    ['HiGHS', highs],
  ] as const) {
    if (r === null) continue
    if (r.valid === false) flags.push(`${who}'s deal fails checkDeal`)
    if (r.error !== undefined && r.tag !== 'Error') flags.push(`${who}: ${r.error}`)
    if (r.tag === 'Error') flags.push(`${who} threw: ${r.error}`)
  }
  if (highs === null) return flags
  if (highs.value !== null && ours.bound !== null && highs.value > ours.bound + tol)
    flags.push(`HiGHS's deal ${highs.value} beats findDeal's proven bound ${ours.bound}`)
  if (ours.value !== null && highs.bound !== null && ours.value > highs.bound + tol) {
    flags.push(
      `findDeal's deal ${ours.value} beats HiGHS's ${highs.tag === 'Optimal' ? 'claimed optimum' : 'claimed bound'} ${highs.bound}`,
    )
  }
  if (ours.tag === 'NoDeal' && highs.valid === true) flags.push('findDeal says NoDeal, HiGHS has a valid deal')
  if (highs.tag === 'NoDeal' && ours.valid === true) flags.push('HiGHS says NoDeal, findDeal has a valid deal')
  return flags
}

/** Runs both engines on one problem (HiGHS only where `run.highs`). */
export const solverPair = (
  solvers: { readonly ours: Search; readonly highs: Search },
  scenario: Scenario,
  run: ObjectiveRun,
  timeMs: number,
  reps: number,
): SolverPair => {
  const extra = scenario.compensation === undefined ? {} : { payments: run.payments }
  const ours = timeSearch(solvers.ours, scenario, run.spec, timeMs, reps, extra)
  const highs = run.highs ? timeSearch(solvers.highs, scenario, run.spec, timeMs, reps, extra) : null
  const bothProved =
    highs !== null && ours.tag === 'Optimal' && highs.tag === 'Optimal' && ours.value !== null && highs.value !== null
  return {
    ours,
    highs,
    timeRatio:
      highs !== null && Number.isFinite(ours.medianMs) && Number.isFinite(highs.medianMs) && highs.medianMs > 0
        ? ours.medianMs / highs.medianMs
        : null,
    agree: bothProved ? Math.abs(ours.value! - highs.value!) <= tieTolerance(scenario, run.label) : null,
    flags: crossCheck(scenario, run.label, ours, highs),
  }
}
