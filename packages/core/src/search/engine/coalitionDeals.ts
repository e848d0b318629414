/**
 * Max-min deals grown from small coalitions: the deals in which only the parties of one small
 * coalition (two or three) take part. Under max-min the smallest participant's gain counts, so
 * the best deals are often ones with few participants who each gain a lot: on the module rungs
 * HiGHS's best max-min deal (r08_p47_i95_m, 1.865) has two municipalities sharing four
 * services as a two-member coalition, plus a pool between them; the neighbourhood search,
 * which frees issues around one seeded party, mixes in other parties and ends at 0.67.
 *
 * For every set S of one to three parties that is exactly the participants of some option
 * (a module coalition, an issue's stakeholders), the options whose participants lie within S
 * and that harm no outsider on their own form a small problem: every other issue stays at
 * its status quo. The coalitions are taken best first by an optimistic value (the smallest,
 * over S, of each member's best gain issue by issue, an upper bound on the coalition's
 * max-min value when gains are sums), and one whose optimistic value does not beat the best
 * deal found is skipped. Each is searched by the branch-and-bound engine on its free issues
 * for at most `nodesPerCoalition` nodes.
 *
 * It proves nothing: its deals are candidates for the exact search, which checks them like
 * any other leaf. Deterministic (a fixed order); only the deadline or a node limit cuts it.
 */
import type { Stopped } from './budget.js'
import { mayBeat, type Collector } from './Collector.js'
import { createEngine } from './branchAndBound.js'
import { planSearch } from './searchPlan.js'
import { reducedProblem, touchersOf } from './reducedProblem.js'
import type { SearchProblem } from './SearchProblem.js'

/** Options of the coalition search. @category search */
export interface CoalitionOptions {
  /** Largest coalition tried. */
  readonly maxSize: number
  /** Engine nodes per coalition. */
  readonly nodesPerCoalition: number
  /** Stop by this `performance.now()` time. */
  readonly until: number
  readonly stopped?: Stopped | undefined
  /** Engine nodes in all (default: no limit); each coalition's are handed to `countNodes`. */
  readonly maxNodes?: number | undefined
  readonly countNodes?: ((nodes: number) => void) | undefined
}

interface Coalition {
  readonly members: readonly number[]
  readonly options: readonly number[]
  readonly optimistic: number
}

/**
 * Every coalition of at most `maxSize` parties that is some option's set of participants,
 * with the options within it, best optimistic value first.
 */
export const coalitionsOf = (problem: SearchProblem, maxSize: number): Coalition[] => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, optionStakeholder, statusQuo } = c
  const byKey = new Map<string, { members: number[]; options: number[] }>()
  const members: number[] = []
  for (let i = 0; i < N; i++) {
    const sq = offsets[i]! + statusQuo[i]!
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (k === sq || !problem.choosable[k]) continue
      members.length = 0
      let harms = false
      for (let p = 0; p < P && members.length <= maxSize; p++) {
        if (optionStakeholder[k * P + p]) members.push(p)
        // An outsider that loses more than its tolerance on this option alone.
        else if (gain[p * T + k]! - gain[p * T + sq]! < -problem.ownTolerance[p]!) harms = true
      }
      if (harms || members.length === 0 || members.length > maxSize) continue
      const key = members.join(',')
      const entry = byKey.get(key)
      if (entry === undefined) byKey.set(key, { members: [...members], options: [k] })
      else entry.options.push(k)
    }
  }
  const issueOf = new Int32Array(T)
  for (let i = 0; i < N; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) issueOf[k] = i
  const mustIn: number[] = []
  for (let p = 0; p < P; p++) if (problem.mustInclude[p]) mustIn.push(p)
  const coalitions: Coalition[] = []
  const best = new Float64Array(N)
  for (const { members: s } of byKey.values()) {
    if (mustIn.some((p) => !s.includes(p))) continue
    // The options whose participants are a subset of s.
    const options: number[] = []
    const subsets = 1 << s.length
    for (let m = 1; m < subsets; m++) {
      const key = s.filter((_, j) => m & (1 << j)).join(',')
      for (const k of byKey.get(key)?.options ?? []) options.push(k)
    }
    options.sort((a, b) => a - b)
    let optimistic = Infinity
    for (const p of s) {
      best.fill(0)
      for (const k of options) {
        const i = issueOf[k]!
        const d = gain[p * T + k]! - gain[p * T + offsets[i]! + statusQuo[i]!]!
        if (d > best[i]!) best[i] = d
      }
      let total = 0
      for (let i = 0; i < N; i++) total += best[i]!
      optimistic = Math.min(optimistic, total)
    }
    coalitions.push({ members: s, options, optimistic })
  }
  // Best first; ties by members, so the order is the same on every run.
  return coalitions.sort(
    (a, b) => b.optimistic - a.optimistic || a.members.join(',').localeCompare(b.members.join(',')),
  )
}

/**
 * The improving deals of the coalitions, best last (empty when none is valid).
 * @example
 * coalitionDeals(problem, { maxSize: 3, nodesPerCoalition: 2000, until: Infinity })
 * @category search
 */
export const coalitionDeals = (problem: SearchProblem, options: CoalitionOptions): Int32Array[] => {
  const { c } = problem
  const { issueCount: N, offsets, statusQuo } = c
  const coalitions = coalitionsOf(problem, options.maxSize)
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const reducible = c.pairs.length === 0 && (c.scenario.targets ?? []).length === 0
  const touchers = reducible ? touchersOf(c) : undefined
  const issueOf = new Int32Array(c.totalOptions)
  for (let i = 0; i < N; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) issueOf[k] = i
  const found: Int32Array[] = []
  let key: readonly number[] | undefined
  let used = 0
  const maxNodes = options.maxNodes ?? Infinity
  const choosable = new Uint8Array(problem.choosable.length)
  const free = new Uint8Array(N)
  for (const coalition of coalitions) {
    if (globalThis.performance.now() >= options.until || options.stopped?.() === true || used >= maxNodes) break
    // Gains are sums without interaction terms: no deal of this coalition beats the best found.
    if (key !== undefined && reducible && coalition.optimistic <= key[0]! + tolerances[0]!) continue
    free.fill(0)
    choosable.fill(0)
    for (let i = 0; i < N; i++) choosable[offsets[i]! + statusQuo[i]!] = 1
    for (const k of coalition.options) {
      choosable[k] = 1
      free[issueOf[k]!] = 1
    }
    const restricted: SearchProblem = { ...problem, choosable }
    const reduced = reducible ? reducedProblem(restricted, statusQuo, free, touchers!) : undefined
    const sub = reduced?.problem ?? restricted
    let best: Int32Array | undefined
    let bestKey = key
    const collector: Collector = {
      key: () => bestKey,
      offer: (leaf) => {
        if (bestKey === undefined || mayBeat(leaf.key, bestKey, tolerances)) {
          bestKey = [...leaf.key]
          best = Int32Array.from(leaf.choices)
        }
        return true
      },
    }
    const engine = createEngine(sub, planSearch(sub, 0), collector, { plainBounds: true })
    engine.run(options.until, Math.min(options.nodesPerCoalition, maxNodes - used))
    used += engine.nodes()
    options.countNodes?.(engine.nodes())
    if (best === undefined) continue
    const x = reduced === undefined ? best : reduced.expand(best, statusQuo)
    key = bestKey
    found.push(x)
  }
  return found
}

/**
 * When the search tries coalition deals first, and how much they may take: `maxmin` first
 * with parties joining issue by issue, coalitions of up to `maxSize` parties, `nodesPerCoalition`
 * engine nodes each, at most `budgetShare` of the time left and of a node budget. Measured on
 * the regional ladder (see docs/performance.md): coalitions of 2 missed r10's 0.60 (0.19),
 * coalitions of 4-6 found nothing better than those of 3 on any rung; the whole pass took
 * 3-80 ms.
 * @category search
 */
export const COALITIONS = { maxSize: 3, nodesPerCoalition: 2000, budgetShare: 0.1 } as const

/** Whether a search tries coalition deals first. */
export const usesCoalitions = (problem: SearchProblem): boolean =>
  problem.objectives[0] === 'maxmin' && problem.alwaysParticipant.some((a) => a === 0)

/**
 * The coalition deals a search starts from (best last), within its share of the time left
 * (`remainingMs`) and of the node budget.
 * @category search
 */
export const coalitionStarts = (
  problem: SearchProblem,
  remainingMs: number,
  stopped: Stopped,
  maxNodes: number,
  countNodes: (nodes: number) => void,
): Int32Array[] =>
  usesCoalitions(problem)
    ? coalitionDeals(problem, {
        maxSize: COALITIONS.maxSize,
        nodesPerCoalition: COALITIONS.nodesPerCoalition,
        until: globalThis.performance.now() + COALITIONS.budgetShare * remainingMs,
        stopped,
        maxNodes,
        countNodes,
      })
    : []
