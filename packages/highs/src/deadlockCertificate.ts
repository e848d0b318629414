/**
 * The certificate of a deadlock HiGHS proved: the proof (HiGHS's branch and cut, its node
 * count) and which search constraints bite. As core's `deadlockCertificate` does, the search is
 * re-run without each active constraint in turn (a pure feasibility model, sharing what is left
 * of the budget): a constraint whose removal lets a checked deal through is binding, one whose
 * re-run ran out of budget is undetermined.
 */
import { type ConstraintName, type DealRules, type DeadlockCertificate, type Scenario, type SearchConstraints } from 'mandjes'
import { activeConstraints, certificateReason, withoutConstraint } from 'mandjes/engine'
import { formulateDeal, type FormulationSettings } from './formulateDeal.js'
import { ExprBuilder } from './LinearModel.js'
import type { MilpLimits } from './solveMilp.js'
import { solveVerified, type VerifyContext } from './solveVerified.js'


/**
 * Builds the certificate and reports the solver nodes its re-runs used.
 * @example
 * deadlockCertificate(ctx, scenario, { maxChanges: 1 }, rules, {}, 12, {}).certificate.binding // => ['maxChanges']
 * @category highs
 */
export const deadlockCertificate = (
  ctx: VerifyContext,
  scenario: Scenario,
  constraints: SearchConstraints,
  rules: DealRules,
  settings: FormulationSettings,
  proofNodes: number,
  limits: MilpLimits,
): { readonly certificate: DeadlockCertificate; readonly nodes: number } => {
  const active = activeConstraints(constraints)
  const started = performance.now()
  const binding: ConstraintName[] = []
  const undetermined: ConstraintName[] = []
  let nodes = 0
  active.forEach((name, index) => {
    const rest = withoutConstraint(constraints, name)
    const f = formulateDeal(scenario, rest, rules, settings)
    if (f.contradictory) return
    if (limits.signal?.aborted === true) {
      undetermined.push(name)
      return
    }
    // Split what is left evenly over the re-runs still to do.
    const timeMs = limits.timeMs === undefined ? undefined : Math.max(0, (limits.timeMs - (performance.now() - started)) / (active.length - index))
    const run = solveVerified({ ...ctx, constraints: rest }, f, new ExprBuilder().build(), {
      ...(timeMs === undefined ? {} : { timeMs }),
      ...(limits.signal === undefined ? {} : { signal: limits.signal }),
    })
    nodes += run.nodes
    if (run.found !== undefined) binding.push(name)
    else if (run.outcome.status !== 'infeasible') undetermined.push(name)
  })
  const reason = certificateReason(active.length, binding, undetermined)
  return { certificate: { reason, proof: { method: 'milp', nodes: proofNodes }, binding, undetermined }, nodes }
}
