/**
 * The max-min node test by domain propagation (levelPropagation.ts) at the incumbent's level,
 * and the root's bound by bisection on that level. A node is pruned when no deal below can
 * give every participant at least v = incumbent − tolerance: propagation empties a domain.
 *
 * Domains carry down the tree: a node starts from its nearest ancestor's domains (same or
 * lower level: a deal below the node is a deal below the ancestor, and reaching a higher
 * level implies reaching a lower one), so a decided option its ancestor removed prunes the
 * node at once, and only the parties whose issues, gains or participation changed since the
 * ancestor are looked at again.
 *
 * With no change decided yet (the root and the status-quo spine of the tree), leaving every
 * issue as it is satisfies every party but is no deal, so propagation alone proves nothing:
 * some open issue must change. The node is pruned when, for every open issue e, restricting
 * e to its changing options and propagating empties a domain. At the root the smallest level
 * so proved (bisection between the incumbent's level and the largest upper gain, within a
 * fixed amount of work) is the bound: every deal's value lies below it.
 */
import type { NodeRefiner } from './nodeRelaxation.js'
import type { NodeState } from './NodeState.js'
import { levelPropagation, TABLE_LIMIT } from './levelPropagation.js'
import { levelScratch, rootLevelBound, rootLevelTest, someChangeSurvives } from './levelBound.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Option visits the root's bisection may take (about 0.1-0.3 s on a quiet core). @category search */
export const BISECTION_WORK = 3e7
/**
 * Milliseconds the root's bisection may take whatever the work, under a time budget: the
 * engine's root cannot pause, and a budget of 1 s on a 200 × 500 region must hold. Any stop
 * leaves a valid bound. Without a time budget only the work limits it, so that a node budget's
 * result does not depend on the machine's load.
 * @category search
 */
export const BISECTION_MS = 200

/**
 * Creates the level test for a problem, plan and the engine's node state (its choices and
 * change count say which node is asked about; `tableLimit`: see `TABLE_LIMIT`; `timed`: the root bisection also stops at `BISECTION_MS`). As a refiner it answers −Infinity when no
 * deal below reaches `stopAt`; otherwise Infinity, or at the root the bisection's bound.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const mmPlan = planSearch(mm, 200)
 * const state = createNodeState(mm, mmPlan)
 * maxminLevelRefiner(mm, mmPlan, state)(0, new Float64Array(2), () => false, Float64Array.of(3, 5), 2 - 1e-9) // => 2.000183104468811: the bisection's bound, the optimum is 2
 * @category search
 */
export const maxminLevelRefiner = (
  problem: SearchProblem,
  plan: SearchPlan,
  state: NodeState,
  tableLimit = TABLE_LIMIT,
  timed = true,
): NodeRefiner => {
  const { c } = problem
  const { partyCount: P, issueCount: N } = c
  const { order, children } = plan
  const prop = levelPropagation(problem, plan, tableLimit)
  if (!prop.usable || N === 0) return () => Infinity
  const { atDepth, full } = prop
  // The saved node of each depth: its domains, level, path (choices of the issues before it),
  // decided gains and participation.
  const domAt = new Uint32Array((N + 1) * N)
  const pathAt = new Int32Array((N + 1) * N)
  const levelAt = new Float64Array(N + 1)
  const decAt = new Float64Array((N + 1) * P)
  const sureAt = new Uint8Array((N + 1) * P)
  const saved = new Uint8Array(N + 1)
  const scratch = levelScratch(N, P)
  const { dom, queue, queued } = scratch
  const childIndex = (d: number): number => children[d]!.indexOf(state.choices[order[d]!]!)
  let first = true

  const enqueue = (p: number) => {
    if (queued[p]) return
    queued[p] = 1
    queue.push(p)
  }

  /** The deepest saved ancestor of the node at `depth` at a level ≤ v, or −1. */
  const ancestorOf = (depth: number, v: number): number => {
    for (let k = depth - 1, tries = 0; k >= 0 && tries < 4; k--) {
      if (!saved[k] || !(levelAt[k]! <= v)) continue
      tries++
      let same = true
      for (let d = 0; d < k && same; d++) same = pathAt[k * N + d] === childIndex(d)
      if (same) return k
    }
    return saved[0] && levelAt[0]! <= v ? 0 : -1
  }

  const save = (depth: number, decided: Float64Array, sure: (p: number) => boolean, v: number) => {
    for (let k = depth + 1; k <= N; k++) saved[k] = 0
    domAt.set(dom, depth * N)
    for (let d = 0; d < depth; d++) pathAt[depth * N + d] = childIndex(d)
    levelAt[depth] = v
    for (let p = 0; p < P; p++) {
      decAt[depth * P + p] = decided[p]!
      sureAt[depth * P + p] = sure(p) ? 1 : 0
    }
    saved[depth] = 1
  }

  const refine: NodeRefiner = (depth, decided, sure, upper, stopAt) => {
    const v = stopAt
    if (!Number.isFinite(v)) return Infinity
    if (first && depth === 0) {
      first = false
      if (!rootLevelTest(prop, scratch, decided, sure, v, state.changes)) return -Infinity
      // The propagation's domains hold for every deal reaching v; the first-change test's do not.
      dom.set(full)
      for (let p = 0; p < P; p++) enqueue(p)
      prop.propagate(dom, 0, decided, sure, v, queue, queued)
      save(0, decided, sure, v)
      let hi = -Infinity
      for (let p = 0; p < P; p++) hi = Math.max(hi, upper[p]!)
      const until = timed ? globalThis.performance.now() + BISECTION_MS : Infinity
      return rootLevelBound(prop, scratch, decided, sure, v, hi, state.changes, BISECTION_WORK, until)
    }
    const from = ancestorOf(depth, v)
    if (from < 0) {
      dom.set(full)
      for (let p = 0; p < P; p++) enqueue(p)
    } else {
      dom.set(domAt.subarray(from * N, from * N + N))
      for (let d = from; d < depth; d++) {
        // An option the ancestor ruled out at this level: no deal below reaches v.
        if (!(dom[d]! & (1 << childIndex(d)))) return -Infinity
        for (const p of atDepth[d]!) enqueue(p)
      }
      for (let p = 0; p < P; p++)
        if (decAt[from * P + p] !== decided[p] || (sureAt[from * P + p] === 1) !== sure(p)) enqueue(p)
    }
    if (!prop.propagate(dom, depth, decided, sure, v, queue, queued)) return -Infinity
    save(depth, decided, sure, v)
    if (state.changes === 0 && !someChangeSurvives(prop, scratch, depth, decided, sure, v)) return -Infinity
    return Infinity
  }
  // The propagation's option visits are this refiner's work.
  return Object.assign(refine, { work: prop.work })
}
