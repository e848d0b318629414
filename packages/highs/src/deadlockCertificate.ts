/**
 * The certificate of a deadlock HiGHS proved: the proof (HiGHS's branch and cut, its node
 * count) and which search constraints bite. As core's `deadlockCertificate` does, the search is
 * re-run without each active constraint in turn (a pure feasibility model, sharing what is left
 * of the budget): a constraint whose removal lets a checked deal through is binding, one whose
 * re-run ran out of budget is undetermined. Then the same without each regional target of the
 * scenario, named `target:<id>`.
 */
import { type DealRules, type DeadlockCertificate, type Scenario, type SearchConstraints } from 'mandjes'
import {
  activeConstraints,
  certificateReason,
  outOfReachNotes,
  withoutConstraint,
  withoutTarget,
  type BindingName,
} from 'mandjes/engine'
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
  const targets = scenario.targets ?? []
  const runs: { readonly name: BindingName; readonly scenario: Scenario; readonly constraints: SearchConstraints }[] = [
    ...active.map((name) => ({ name, scenario, constraints: withoutConstraint(constraints, name) })),
    ...targets.map((t) => ({ name: `target:${t.id}` as const, scenario: withoutTarget(scenario, t.id), constraints })),
  ]
  const started = performance.now()
  const binding: BindingName[] = []
  const undetermined: BindingName[] = []
  let nodes = 0
  runs.forEach((run, index) => {
    const f = formulateDeal(run.scenario, run.constraints, rules, settings)
    if (f.contradictory) return
    if (limits.signal?.aborted === true) {
      undetermined.push(run.name)
      return
    }
    // Split what is left evenly over the re-runs still to do.
    const timeMs =
      limits.timeMs === undefined
        ? undefined
        : Math.max(0, (limits.timeMs - (performance.now() - started)) / (runs.length - index))
    const solved = solveVerified(
      { ...ctx, scenario: run.scenario, constraints: run.constraints },
      f,
      new ExprBuilder().build(),
      {
        ...(timeMs === undefined ? {} : { timeMs }),
        ...(limits.signal === undefined ? {} : { signal: limits.signal }),
      },
    )
    nodes += solved.nodes
    if (solved.found !== undefined) binding.push(run.name)
    else if (solved.outcome.status !== 'infeasible') undetermined.push(run.name)
  })
  const reason = certificateReason(active.length, binding, undetermined, targets.length, outOfReachNotes(scenario))
  return { certificate: { reason, proof: { method: 'milp', nodes: proofNodes }, binding, undetermined }, nodes }
}
