/**
 * Issues that must be decided together for the analysis to stay exact. Utility is additive over
 * issues except for interaction terms (a road and the housing location it serves); two issues
 * joined by an interaction of any party fall in the same group, and so, transitively, does every
 * issue linked to them. Across groups utility is additive again, which is what the
 * divide-and-conquer frontier needs: a partial outcome dominated within its groups stays
 * dominated whatever the other groups choose.
 *
 * Regional targets couple issues the same way (a sum over their quantities): every issue of a
 * target falls in one group, so a group can drop the combinations that miss it.
 *
 * The law: every interaction term and every target has all its issues in one group, and the
 * groups partition the issues (each issue in exactly one group, groups in order of their first
 * issue).
 */
import type { CompiledScenario } from '../evaluate/compile.js'

/**
 * The groups of issue indices (each sorted ascending, groups ordered by their first issue).
 * Without interactions, every issue is a group of its own.
 *
 * @example
 * issueGroups(compile(scenario)) // => [[0], [1]]: without interaction terms each issue is a group
 * // A counterfactual: A values the road via B together with housing west at 1 more
 * const linked = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, interactions: [{ between: [{ issue: 'road', option: 'via-b' }, { issue: 'housing', option: 'west' }], value: 1 }] } : p)) }
 * issueGroups(compile(linked)) // => [[0, 1]]
 *
 * @category analyze
 */
export const issueGroups = (c: CompiledScenario): readonly (readonly number[])[] => {
  const parent = Int32Array.from({ length: c.issueCount }, (_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root]! !== root) root = parent[root]!
    // Path halving keeps later finds short; the result does not depend on it.
    while (parent[i]! !== root) {
      const next = parent[i]!
      parent[i] = root
      i = next
    }
    return root
  }
  const join = (x: number, y: number) => {
    const a = find(x)
    const b = find(y)
    // The smaller index becomes the root so that group order follows issue order.
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
  }
  for (const t of c.pairs) join(t.issueA, t.issueB)
  const index = new Map(c.issueIds.map((id, i) => [id, i]))
  for (const target of c.scenario.targets ?? []) {
    const [first, ...rest] = target.terms.map((t) => index.get(t.issue)!)
    for (const i of rest) join(first!, i)
  }
  const byRoot = new Map<number, number[]>()
  for (let i = 0; i < c.issueCount; i++) {
    const root = find(i)
    const group = byRoot.get(root)
    if (group === undefined) byRoot.set(root, [i])
    else group.push(i)
  }
  return [...byRoot.values()].sort((a, b) => a[0]! - b[0]!)
}
