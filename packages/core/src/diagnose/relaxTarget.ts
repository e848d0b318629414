/**
 * A remedy for a regional target: how far one bound of one target (its `atLeast` or its
 * `atMost`) must move for a package deal to exist, every kader and every other target
 * unchanged. For `atLeast` the answer `to` is the largest total of the target's issues over
 * the deals valid for everyone with that bound dropped; for `atMost` the smallest (the same
 * exact supremum search as for a minimum gain, on the total or its negation). A bound whose
 * dropping still leaves no deal gets no remedy.
 */
import type { Scenario } from '../model/Scenario.js'
import type { Target, TargetId } from '../model/Target.js'
import { targetRange, targetTolerance, targetTotal } from '../evaluate/targetTotal.js'
import type { DiagnoseContext } from './probe.js'
import type { Remedy } from './Remedy.js'
import { supremum } from './supremum.js'
import { supremumRemedy } from './supremumRemedy.js'

/**
 * The scenario with one bound of one target set to `value` (`undefined`: that bound dropped;
 * a target left with no bound is dropped altogether).
 * @example
 * withTargetBound(scenario, 't' as TargetId, 'atLeast', 10).targets // => undefined: the fixture has no targets
 * @category diagnose
 */
export const withTargetBound = (
  scenario: Scenario,
  target: TargetId,
  bound: 'atLeast' | 'atMost',
  value: number | undefined,
): Scenario => {
  if (scenario.targets === undefined) return scenario
  const targets = scenario.targets.flatMap((t): Target[] => {
    if (t.id !== target) return [t]
    const { [bound]: _, ...rest } = t
    const next: Target = value === undefined ? rest : { ...rest, [bound]: value }
    return next.atLeast === undefined && next.atMost === undefined ? [] : [next]
  })
  const { targets: _dropped, ...without } = scenario
  return targets.length === 0 ? without : { ...scenario, targets }
}

/**
 * The `relaxTarget` remedies of one target (one per bound it has), each only when moving that
 * bound makes a deal possible and a deal was found in time.
 * @example
 * relaxTarget(scenario, { id: 't', name: 't', terms: [], atLeast: 1 }, { constraints: {}, deadline: Infinity }) // => []
 * @category diagnose
 */
export const relaxTarget = (scenario: Scenario, target: Target, ctx: DiagnoseContext): Remedy[] => {
  if (!(scenario.targets ?? []).some((t) => t.id === target.id)) return []
  const { min, max } = targetRange(scenario, target)
  const tolerance = targetTolerance(scenario, target)
  return (['atLeast', 'atMost'] as const).flatMap((bound): Remedy[] => {
    const from = target[bound]
    if (from === undefined) return []
    // Both bounds as a supremum: atLeast on the total, atMost on minus the total.
    const sign = bound === 'atLeast' ? 1 : -1
    const at = (m: number | undefined) => withTargetBound(scenario, target.id, bound, m === undefined ? m : sign * m)
    const measure = (best: { deal: Parameters<typeof targetTotal>[2] }) =>
      sign * targetTotal(scenario, target, best.deal)
    const found = supremum(at, measure, bound === 'atLeast' ? max : -min, tolerance, ctx)
    if (found._tag !== 'Found') return []
    return [
      {
        kind: 'relaxTarget',
        target: target.id,
        bound,
        from,
        ...supremumRemedy(found, sign),
      },
    ]
  })
}
