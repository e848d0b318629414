/**
 * The max-min level proof as a step of the exact search: it runs before the engine, hands
 * the engine its better deals, and leaves a cap on every valid deal's value when it does not
 * end (levelDives.ts holds the proof and the cap themselves).
 */
import type { Collector } from './branchAndBound.js'
import type { createEngine } from './branchAndBound.js'
import type { Clock, Stopped } from './budget.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'
import { levelCap, levelProof } from './levelDives.js'
import { maxminLevelSwitch } from './maxminSparseRefiner.js'

/**
 * Share of the time left that the max-min level proof may take before the engine runs.
 * Measured on r09 (47 × 95, 10 s budgets): the proof at 0.61 takes 2-3.5 s depending on load,
 * and half of what was left after the dives (3.4 s) was sometimes too little. @category search
 */
export const PROOF_SHARE = 0.8

/**
 * Share of the level proof's time that the level cap (levelDives.ts) keeps back for when the
 * proof does not end: measured on r10 and r11 (69 × 140, 100 × 210; 10 s budgets), where the
 * proof above 0.60 never ends, the cap brings the proven bound from 1.49 and 1.46 to
 * about 0.9. The proofs that end take under a third of the proof's time on r05-r09.
 * @category search
 */
export const CAP_SHARE = 0.25

/**
 * The level proof (levelDives.ts) for a single max-min objective when parties join issue by
 * issue, without payments, above the collector's best key: its better deals are offered to
 * the engine (not started yet); `proved` when it proved that nothing beats the last by more
 * than the objective's tolerance. When it runs out of time, the level cap bounds every valid
 * deal's value by `cap` (Infinity when it did not run).
 */
export const maxminProved = (
  problem: SearchProblem,
  plan: SearchPlan,
  collector: Collector,
  engine: ReturnType<typeof createEngine>,
  clock: Clock,
  stopped: Stopped,
): { readonly proved: boolean; readonly cap: number } => {
  const key = collector.key()
  if (
    key === undefined ||
    problem.objectives.length !== 1 ||
    problem.objectives[0] !== 'maxmin' ||
    problem.payments ||
    problem.alwaysParticipant.every((a) => a === 1) ||
    !maxminLevelSwitch.enabled
  )
    return { proved: false, cap: Infinity }
  const now = globalThis.performance.now()
  const until = now + PROOF_SHARE * clock.remainingMs()
  const proofUntil = now + (1 - CAP_SHARE) * (until - now)
  const tolerance = problem.objectiveTolerances[0]!
  const { outcome, better } = levelProof(problem, plan, key[0]!, tolerance, proofUntil, Infinity, stopped)
  for (const x of better) engine.tryChoices(x)
  if (outcome === 'proved') return { proved: true, cap: Infinity }
  const inHand = collector.key()?.[0] ?? key[0]!
  const capped = levelCap(problem, plan, inHand, until, undefined, stopped)
  for (const x of capped.better) engine.tryChoices(x)
  return { proved: false, cap: capped.bound }
}
