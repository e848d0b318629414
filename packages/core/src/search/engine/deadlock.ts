/**
 * Deadlock certificates: when a search proves that no valid deal exists, it re-runs without
 * each active constraint, and without each regional target of the scenario, to say which
 * ones bite. Shared by the oracle and the branch and bound, so both certify the same way.
 * Written as a generator so the async search can yield between slices of the re-runs too.
 */
import type { Scenario } from '../../model/Scenario.js'
import type { Target, TargetId } from '../../model/Target.js'
import { describeBounds, quantityText, targetRange, targetUnit } from '../../evaluate/targetTotal.js'
import { activeConstraints, withoutConstraint } from '../constraints.js'
import type { BindingName, DeadlockCertificate, SearchBudget, SearchConstraints } from '../Search.js'

/**
 * Whether some valid deal exists under constraints (and, when `dropTarget` is given, without
 * that regional target), within a budget: `true`, `false`, or `undefined` when the budget ran
 * out first. Yields between slices of work.
 * @category search
 */
export type ExistenceCheck = (
  constraints: SearchConstraints,
  budget: SearchBudget,
  dropTarget?: TargetId,
) => Generator<void, boolean | undefined>

/**
 * Builds the certificate for a proven deadlock, step by step. `budget` gives what is left
 * for each re-run; `scenario` supplies the regional targets to re-run without.
 * @example
 * // Whether a valid deal exists under some constraints: here by a full search
 * const exists = function* (constraints: SearchConstraints) { return findDeal(scenario, { constraints })._tag === 'Optimal' }
 * // The one valid deal changes both issues, so at most one change leaves none
 * runToEnd(deadlockCertificate({ maxChanges: 1 }, 'enumeration', 6, exists, () => ({}))).binding // => ['maxChanges']
 * @category search
 */
export function* deadlockCertificate(
  constraints: SearchConstraints,
  method: DeadlockCertificate['proof']['method'],
  nodes: number,
  exists: ExistenceCheck,
  budget: () => SearchBudget,
  scenario?: Scenario,
): Generator<void, DeadlockCertificate> {
  const binding: BindingName[] = []
  const undetermined: BindingName[] = []
  const active = activeConstraints(constraints)
  for (const name of active) {
    const found = yield* exists(withoutConstraint(constraints, name), budget())
    if (found === true) binding.push(name)
    else if (found === undefined) undetermined.push(name)
  }
  const targets = scenario?.targets ?? []
  for (const target of targets) {
    const found = yield* exists(constraints, budget(), target.id)
    if (found === true) binding.push(`target:${target.id}`)
    else if (found === undefined) undetermined.push(`target:${target.id}`)
  }
  const notes = scenario === undefined ? [] : outOfReachNotes(scenario)
  const reason = certificateReason(active.length, binding, undetermined, targets.length, notes)
  return { reason, proof: { method, nodes }, binding, undetermined }
}

/**
 * One sentence for each regional target no choice of options can meet, whatever the parties
 * want: the first thing a deadlock certificate says.
 * @example
 * outOfReachNotes(mra) // => []: 300,000 homes are within 248,000 to 365,000
 * // A counterfactual target of 400,000 homes:
 * outOfReachNotes({ ...mra, targets: [{ ...homes2040, atLeast: 400000 }] }) // => ['Target homes-2040 (300,000 homes to 2040) is out of reach: its issues add up to at most 365,000 homes, and it needs at least 400,000 homes.']
 * @category search
 */
export const outOfReachNotes = (scenario: Scenario): string[] =>
  (scenario.targets ?? []).flatMap((target: Target) => {
    const { min, max } = targetRange(scenario, target)
    const short = target.atLeast !== undefined && max < target.atLeast
    const over = target.atMost !== undefined && min > target.atMost
    if (!short && !over) return []
    const unit = targetUnit(scenario, target)
    const reach = short ? `at most ${quantityText(max, unit)}` : `at least ${quantityText(min, unit)}`
    return [
      `Target ${target.id} (${target.name}) is out of reach: its issues add up to ${reach}, and it needs ${describeBounds(target, unit)}.`,
    ]
  })

/**
 * The sentence a deadlock certificate gives, from how many constraints and targets were
 * active and what the re-runs without each found; `notes` (targets out of reach) come first.
 * One wording for every search, exact or MILP.
 * @example
 * certificateReason(1, ['maxChanges'], []) // => 'No valid deal satisfies the constraints; dropping maxChanges alone would allow one.'
 * certificateReason(0, ['target:homes'], [], 1) // => 'No valid deal meets the targets; dropping target homes alone would allow one.'
 * @category search
 */
export const certificateReason = (
  activeCount: number,
  binding: readonly BindingName[],
  undetermined: readonly BindingName[],
  targetCount = 0,
  notes: readonly string[] = [],
): string => {
  const what =
    activeCount > 0 && targetCount > 0
      ? 'satisfies the constraints and meets the targets'
      : activeCount > 0
        ? 'satisfies the constraints'
        : 'meets the targets'
  const them = activeCount > 0 && targetCount > 0 ? 'constraint or target' : activeCount > 0 ? 'constraint' : 'target'
  const names = binding.map((b) => (b.startsWith('target:') ? `target ${b.slice('target:'.length)}` : b))
  const sentence =
    activeCount + targetCount === 0
      ? 'No valid deal exists: every change leaves some participant without enough gain, harms an outsider or crosses a mandate.'
      : binding.length > 0
        ? `No valid deal ${what}; dropping ${names.join(' or ')} alone would allow one.`
        : undetermined.length > 0
          ? `No valid deal ${what}; the budget ran out before every ${them} could be tested.`
          : `No valid deal ${what}, and none of them alone is the cause: dropping any single one still leaves no deal.`
  return [...notes, sentence].join(' ')
}
