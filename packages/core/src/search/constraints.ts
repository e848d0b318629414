/**
 * The search constraints, checked on a deal the plain way (ids, not indices). Every search
 * runs each deal it returns through this check and `checkDeal`, so a bug in a fast path can
 * cost a deal but never return a wrong one.
 */
import type { Deal } from '../model/Deal.js'
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { TargetId } from '../model/Target.js'
import { lookup } from '../internal/lookup.js'
import type { ConstraintName, SearchConstraints } from './Search.js'

/**
 * The constraints a deal breaks, by name (empty when it satisfies them all). `changes` and
 * `participants` are the deal's, as `checkDeal` reports them.
 * @example
 * constraintViolations(scenario, deal, ['road'], ['A', 'B'], { maxChanges: 0 }) // => ['maxChanges']
 * @category search
 */
export const constraintViolations = (
  scenario: Scenario,
  deal: Deal,
  changes: readonly IssueId[],
  participants: readonly PartyId[],
  constraints: SearchConstraints,
): readonly ConstraintName[] => {
  const broken: ConstraintName[] = []
  const changed = new Set(changes)
  const taking = new Set(participants)
  if (constraints.maxChanges !== undefined && changes.length > constraints.maxChanges) broken.push('maxChanges')
  if (constraints.mustChange?.some((i) => !changed.has(i))) broken.push('mustChange')
  if (constraints.offTable?.some((i) => changed.has(i))) broken.push('offTable')
  if (constraints.excludedOptions?.some((r) => changed.has(r.issue) && deal.choices[r.issue] === r.option))
    broken.push('excludedOptions')
  if (constraints.mustInclude?.some((p) => !taking.has(p))) broken.push('mustInclude')
  if (constraints.mustExclude?.some((p) => taking.has(p))) broken.push('mustExclude')
  if (constraints.minDomains !== undefined) {
    const issues = lookup(scenario).issue
    const domains = new Set(changes.map((i) => issues.get(i)!.domain))
    if (domains.size < constraints.minDomains) broken.push('minDomains')
  }
  return broken
}

/**
 * The constraints that are actually set (present and not empty), in a fixed order: the
 * ones a deadlock certificate re-runs without.
 * @example
 * activeConstraints({ maxChanges: 2, offTable: [] }) // => ['maxChanges']
 * @category search
 */
export const activeConstraints = (constraints: SearchConstraints): readonly ConstraintName[] => {
  const order: readonly ConstraintName[] = [
    'maxChanges',
    'mustChange',
    'offTable',
    'excludedOptions',
    'mustInclude',
    'mustExclude',
    'minDomains',
  ]
  return order.filter((name) => {
    const value = constraints[name]
    return value !== undefined && !(Array.isArray(value) && value.length === 0)
  })
}

/**
 * The constraints without one of them.
 * @example
 * withoutConstraint({ maxChanges: 2, minDomains: 2 }, 'maxChanges') // => { minDomains: 2 }
 * @category search
 */
export const withoutConstraint = (constraints: SearchConstraints, name: ConstraintName): SearchConstraints => {
  const { [name]: _dropped, ...rest } = constraints
  return rest
}

/**
 * The scenario without one of its regional targets, for the deadlock certificate's re-runs.
 * @example
 * withoutTarget(mra, 'homes-2040').targets // => []
 * @category search
 */
export const withoutTarget = (scenario: Scenario, target: TargetId): Scenario => ({
  ...scenario,
  targets: (scenario.targets ?? []).filter((t) => t.id !== target),
})
