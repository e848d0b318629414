/**
 * Deadlock certificates: when a search proves that no valid deal exists, it re-runs without
 * each active constraint to say which ones bite. Shared by the oracle and the branch and
 * bound, so both certify the same way. Written as a generator so the async search can yield
 * between slices of the re-runs too.
 */
import { activeConstraints, withoutConstraint } from '../constraints.js'
import type { ConstraintName, DeadlockCertificate, SearchBudget, SearchConstraints } from '../Search.js'

/**
 * Whether some valid deal exists under constraints, within a budget: `true`, `false`, or
 * `undefined` when the budget ran out first. Yields between slices of work.
 * @category search
 */
export type ExistenceCheck = (constraints: SearchConstraints, budget: SearchBudget) => Generator<void, boolean | undefined>

/**
 * Builds the certificate for a proven deadlock, step by step. `budget` gives what is left
 * for each re-run.
 * @example
 * runToEnd(deadlockCertificate({ maxChanges: 1 }, 'enumeration', 27, exists, () => ({}))).binding // => ['maxChanges']
 * @category search
 */
export function* deadlockCertificate(
  constraints: SearchConstraints,
  method: DeadlockCertificate['proof']['method'],
  nodes: number,
  exists: ExistenceCheck,
  budget: () => SearchBudget,
): Generator<void, DeadlockCertificate> {
  const binding: ConstraintName[] = []
  const undetermined: ConstraintName[] = []
  const active = activeConstraints(constraints)
  for (const name of active) {
    const found = yield* exists(withoutConstraint(constraints, name), budget())
    if (found === true) binding.push(name)
    else if (found === undefined) undetermined.push(name)
  }
  const reason = certificateReason(active.length, binding, undetermined)
  return { reason, proof: { method, nodes }, binding, undetermined }
}

/**
 * The sentence a deadlock certificate gives, from how many constraints were active and what
 * the re-runs without each found. One wording for every search, exact or MILP.
 * @example
 * certificateReason(1, ['maxChanges'], []) // => 'No valid deal satisfies the constraints; dropping maxChanges alone would allow one.'
 * @category search
 */
export const certificateReason = (activeCount: number, binding: readonly ConstraintName[], undetermined: readonly ConstraintName[]): string =>
  activeCount === 0
    ? 'No valid deal exists: every change leaves some participant without enough gain, harms an outsider or crosses a mandate.'
    : binding.length > 0
      ? `No valid deal satisfies the constraints; dropping ${binding.join(' or ')} alone would allow one.`
      : undetermined.length > 0
        ? 'No valid deal satisfies the constraints; the budget ran out before every constraint could be tested.'
        : 'No valid deal satisfies the constraints, and none of them alone is the cause: dropping any single one still leaves no deal.'
