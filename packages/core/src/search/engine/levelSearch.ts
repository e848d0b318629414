/**
 * A search for a deal in which every participant gains at least v, over the level
 * propagation's domains (levelPropagation.ts), as a constraint solver would: fix the issue
 * with the fewest options left (its status quo first, then its other options in the plan's
 * order), propagate, and backtrack when a domain empties. Deals are split by their first
 * change: for each open issue e in turn, e changes and every issue tried before it stays as
 * it is, so each deal lies in exactly one part.
 *
 * Complete (no backtrack limit), it is a proof: when every part is exhausted without a leaf
 * that `accept` takes, no deal accepted that way reaches v, because propagation removes only
 * options no such deal uses. With a limit per first change it is a dive for good deals (the
 * level dives, levelDives.ts). Leaves are only candidates: the propagation is a relaxation,
 * so `accept` judges each one (`rankDeal` in the callers), and a rejected leaf is passed by.
 */
import type { Stopped } from './budget.js'
import type { LevelPropagation } from './levelPropagation.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** How a level search ended. @category search */
export type LevelSearchResult =
  { readonly _tag: 'Found'; readonly choices: Int32Array } | { readonly _tag: 'None' } | { readonly _tag: 'Stopped' }

/** Limits of a level search: backtracks per first change, a deadline and option visits. @category search */
export interface LevelSearchLimits {
  readonly perFirstChange: number
  readonly until: number
  readonly work: number
  /** The caller's stop signal: the search ends 'Stopped' at its next look once it fires. */
  readonly stopped?: Stopped | undefined
}

/**
 * Searches for a leaf at level v that `accept` takes (see the file comment).
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * const mmPlan = planSearch(mm, 0)
 * const limits = { perFirstChange: Infinity, until: Infinity, work: Infinity }
 * levelSearch(mm, mmPlan, levelPropagation(mm, mmPlan), new Float64Array(2), 2.5, limits, () => true)._tag // => 'None'
 * @category search
 */
export const levelSearch = (
  problem: SearchProblem,
  plan: SearchPlan,
  prop: LevelPropagation,
  decided: Float64Array,
  v: number,
  limits: LevelSearchLimits,
  accept: (choices: Int32Array) => boolean,
): LevelSearchResult => {
  const { partyCount: P, issueCount: N, statusQuo } = problem.c
  const { order, children } = plan
  const sure = (p: number) => problem.alwaysParticipant[p] === 1
  const queue: number[] = []
  const queued = new Uint8Array(P)
  const enqueue = (p: number) => {
    if (queued[p]) return
    queued[p] = 1
    queue.push(p)
  }
  const endWork = prop.work() + limits.work
  const root = Uint32Array.from(prop.full)
  for (let p = 0; p < P; p++) enqueue(p)
  if (!prop.propagate(root, 0, decided, sure, v, queue, queued)) return { _tag: 'None' }
  let fails = 0
  let cut = false
  const over = () => globalThis.performance.now() > limits.until || prop.work() > endWork || limits.stopped?.() === true

  const dive = (dom: Uint32Array): Int32Array | undefined => {
    if (fails > limits.perFirstChange || over()) {
      cut = true
      return undefined
    }
    let pick = -1
    let fewest = Infinity
    for (let d = 0; d < N; d++) {
      const m = dom[d]!
      if ((m & (m - 1)) === 0) continue
      let n = 0
      for (let y = m; y !== 0; y &= y - 1) n++
      if (n < fewest) {
        fewest = n
        pick = d
      }
    }
    if (pick < 0) {
      const x = Int32Array.from(statusQuo)
      for (let d = 0; d < N; d++) x[order[d]!] = children[d]![31 - Math.clz32(dom[d]!)]!
      return accept(x) ? x : undefined
    }
    // The status quo first: every change brings in participants to satisfy.
    const list = children[pick]!
    for (const wantChange of [false, true])
      for (let k = 0; k < list.length; k++) {
        const bit = 1 << k
        if (!(dom[pick]! & bit) || ((prop.changing[pick]! & bit) !== 0) !== wantChange) continue
        const next = Uint32Array.from(dom)
        next[pick] = bit
        for (const p of prop.atDepth[pick]!) enqueue(p)
        if (prop.propagate(next, 0, decided, sure, v, queue, queued)) {
          const found = dive(next)
          if (found !== undefined) return found
          if (cut && fails > limits.perFirstChange) return undefined
        } else fails++
        if (over()) {
          cut = true
          return undefined
        }
      }
    return undefined
  }

  const part = Uint32Array.from(root)
  for (let e = 0; e < N; e++) {
    if ((root[e]! & prop.changing[e]!) === 0) continue
    const next = Uint32Array.from(part)
    next[e] = next[e]! & prop.changing[e]!
    // Later parts keep e as it is: deals changing e were this part's.
    part[e] = part[e]! & ~prop.changing[e]!
    for (let p = 0; p < P; p++) enqueue(p)
    if (!prop.propagate(next, 0, decided, sure, v, queue, queued)) continue
    fails = 0
    const found = dive(next)
    if (found !== undefined) return { _tag: 'Found', choices: found }
    if (over()) return { _tag: 'Stopped' }
  }
  return cut ? { _tag: 'Stopped' } : { _tag: 'None' }
}
