/**
 * The search problems the bench poses on every scenario: each objective, a lexicographic
 * list, and (on scenarios with compensation) the max-sum and the Nash deal with payments
 * (`sum+pay`, `nash+pay`). HiGHS joins
 * where its model covers the problem: not `nash` (not linear), not payments (set by a
 * non-linear rule); elsewhere both engines search without payments, so they solve the same
 * problem and their numbers can be compared.
 */
import type { ObjectiveSpec, Scenario } from 'mandjes'

/** One search problem of the bench. */
export interface ObjectiveRun {
  /** Short name in tables and on the command line (`--objective maxmin`). */
  readonly label: string
  readonly spec: ObjectiveSpec
  /** HiGHS can solve it too. */
  readonly highs: boolean
  /** Deals may carry payments (only on scenarios with compensation). */
  readonly payments: boolean
  /** Run only on scenarios with at most this many issues (keeps the full bench within 15 minutes). */
  readonly maxIssues: number
}

const run = (
  label: string,
  spec: ObjectiveSpec,
  highs = true,
  payments = false,
  maxIssues = Infinity,
): ObjectiveRun => ({ label, spec, highs, payments, maxIssues })

/** Every objective run, in table order. */
export const allObjectiveRuns: readonly ObjectiveRun[] = [
  run('sum', 'sum'),
  run('maxmin', 'maxmin'),
  run('nash', 'nash', false),
  run('fewest', 'fewest'),
  // Where maxmin is not proved within the budget the list only repeats it, at 20 s a rung.
  run('maxmin,fewest', ['maxmin', 'fewest'], true, false, 60),
  run('sum+pay', 'sum', false, true),
  run('nash+pay', 'nash', false, true),
]

/** The runs that apply to `scenario` (payments only with compensation), filtered by `--objective` labels. */
export const objectiveRunsFor = (scenario: Scenario, only: readonly string[]): readonly ObjectiveRun[] =>
  allObjectiveRuns.filter(
    (r) =>
      (!r.payments || scenario.compensation !== undefined) &&
      (only.length === 0 ? scenario.issues.length <= r.maxIssues : only.includes(r.label)),
  )
