/**
 * The branch-and-bound engine on the compiled form: a depth-first search over issues in the
 * plan's order, one option per level, that can be paused and resumed (for budgets and the
 * async search). What it does with the deals it finds is up to a `Collector`: keep the best,
 * keep k distinct ones, enumerate, or keep a frontier.
 *
 * A subtree is pruned only when a necessary condition for validity fails (some party that
 * takes part cannot reach its need even taking the best remaining option everywhere; an
 * outsider must lose; a domain floor, `minDomains` or `mustInclude` cannot be met; with
 * payments, the money-valuing parties together cannot cover what they lack) or when the
 * collector rules it out from the objective bounds. Leaves are checked loosely (tolerance
 * halved in the deal's favour); the collector verifies what it keeps with `rankDeal`.
 */
import { compensate } from './compensate.js'
import { maxminRefiner } from './nodeRelaxation.js'
import { objectiveValue } from './objectives.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** A leaf that passed the loose validity check. @category search */
export interface Leaf {
  /** Option index per issue (scenario order). Reused by the engine: copy to keep. */
  readonly choices: Int32Array
  /** Net money received per party, when payments are on. */
  readonly nets: Float64Array | undefined
  /** Objective values, then minus the number of changes. */
  readonly key: readonly number[]
  /** Gains per party, money included. */
  readonly gains: Float64Array
}

/** A node as a collector sees it, for its own pruning. @category search */
export interface NodeView {
  readonly depth: number
  readonly plan: SearchPlan
  /** Option index per issue, −1 where not yet decided. */
  readonly choices: Int32Array
  /** Upper bound on each party's final gain (money included) in the subtree. */
  readonly upper: Float64Array
  /** Upper bound on each objective (then on minus the number of changes) in the subtree. */
  readonly bound: Float64Array
}

/** What the engine hands its deals to. @category search */
export interface Collector {
  /** The key a new deal must beat (undefined: every valid leaf is offered). */
  readonly key: () => readonly number[] | undefined
  /** A loosely valid leaf that beats `key()`. Return false to stop the search. */
  readonly offer: (leaf: Leaf) => boolean
  /** Extra pruning; return true to skip the subtree. */
  readonly prune?: ((view: NodeView) => boolean) | undefined
}

/** A resumable search. @category search */
export interface Engine {
  /**
   * Searches until done, stopped by the collector, or paused: `performance.now()` passed
   * `sliceEnd`, `maxNodes` were used, or `signal` was aborted.
   */
  readonly run: (sliceEnd: number, maxNodes: number, signal?: AbortSignal) => 'done' | 'stopped' | 'paused'
  readonly nodes: () => number
  /** Bound on the first objective over the part of the tree not yet searched (−Infinity when none). */
  readonly openBound: () => number
  /** Bound on the first objective at the root. */
  readonly rootBound: () => number
  /** Evaluates one complete choice vector (a heuristic start) and offers it if valid. */
  readonly tryChoices: (choices: Int32Array) => boolean
}

/** Compares an upper-bound key with the key to beat: could a deal below it be better? */
const mayBeat = (bound: Float64Array, key: readonly number[], tolerances: readonly number[]): boolean => {
  for (let k = 0; k < key.length; k++) {
    if (bound[k]! > key[k]! + tolerances[k]!) return true
    if (bound[k]! < key[k]! - tolerances[k]!) return false
  }
  return false
}

/**
 * Creates the engine for a problem and plan.
 * @example
 * const engine = createEngine(problem, planSearch(problem, 200), collector)
 * engine.run(Infinity, Infinity) // => 'done'
 * @category search
 */
export const createEngine = (problem: SearchProblem, plan: SearchPlan, collector: Collector): Engine => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, stakeholder, statusQuo, pairs } = c
  const D = c.domainIds.length
  const { order, children, restGain, canJoin, domainsAhead, mustChangeAhead, restDomain, bounds, topGain } = plan
  const fewestFirst = problem.objectives[0] === 'fewest'
  const K = problem.objectives.length
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const tol = problem.tolerance
  const slack = tol / 2
  const money = problem.moneyValue
  const payments = problem.payments
  const always = problem.alwaysParticipant

  const choices = new Int32Array(N).fill(-1)
  const fixed = new Float64Array(P)
  const stakeCount = new Int32Array(P)
  const domainCount = new Int32Array(D)
  const domainFixed = restDomain === undefined ? undefined : new Float64Array(P * D)
  const linFixed = new Float64Array(K)
  const cover = plan.cover
  let coverFixed = 0
  let coverExtra = 0
  let changes = 0
  let distinct = 0
  let nodes = 0

  const pairUpper = new Float64Array(P)
  const upper = new Float64Array(P)
  const bound = new Float64Array(K + 1)
  const cursor = new Int32Array(N + 1)
  const leafGains = new Float64Array(P)
  const decided = new Float64Array(P)
  const sure = (p: number): boolean => stakeCount[p]! > 0 || always[p] === 1
  const maxminBound = problem.objectives[0] === 'maxmin' ? bounds[0] : undefined
  const refine = maxminBound === undefined ? undefined : maxminRefiner(problem, plan, maxminBound.partyWeight)
  const sqPair = new Float64Array(P)
  for (const t of pairs) if (statusQuo[t.issueA] === t.optionA && statusQuo[t.issueB] === t.optionB) sqPair[t.party] = sqPair[t.party]! + t.value

  const apply = (d: number, o: number): void => {
    const i = order[d]!
    choices[i] = o
    if (o === statusQuo[i]) return
    changes++
    const k = offsets[i]! + o
    for (let p = 0; p < P; p++) {
      fixed[p] = fixed[p]! + gain[p * T + k]!
      if (stakeholder[i * P + p]) stakeCount[p] = stakeCount[p]! + 1
    }
    const dom = c.domainOf[i]!
    if (domainCount[dom]!++ === 0) distinct++
    if (domainFixed !== undefined) for (let p = 0; p < P; p++) domainFixed[p * D + dom] = domainFixed[p * D + dom]! + gain[p * T + k]!
    for (let j = 0; j < K; j++) if (bounds[j] !== undefined) linFixed[j] = linFixed[j]! + bounds[j]!.weight[k]!
    if (cover !== undefined) coverFixed += cover.weight[k]!
  }
  const undo = (d: number): void => {
    const i = order[d]!
    const o = choices[i]!
    choices[i] = -1
    if (o === statusQuo[i]) return
    changes--
    const k = offsets[i]! + o
    for (let p = 0; p < P; p++) {
      fixed[p] = fixed[p]! - gain[p * T + k]!
      if (stakeholder[i * P + p]) stakeCount[p] = stakeCount[p]! - 1
    }
    const dom = c.domainOf[i]!
    if (--domainCount[dom]! === 0) distinct--
    if (domainFixed !== undefined) for (let p = 0; p < P; p++) domainFixed[p * D + dom] = domainFixed[p * D + dom]! - gain[p * T + k]!
    for (let j = 0; j < K; j++) if (bounds[j] !== undefined) linFixed[j] = linFixed[j]! - bounds[j]!.weight[k]!
    if (cover !== undefined) coverFixed -= cover.weight[k]!
  }

  /** Interaction terms: exact where both options are decided, optimistic otherwise. */
  const computePairs = (): void => {
    pairUpper.fill(0)
    if (pairs.length === 0) return
    for (const t of pairs) {
      const a = choices[t.issueA]!
      const b = choices[t.issueB]!
      const okA = a === -1 ? problem.choosable[offsets[t.issueA]! + t.optionA] === 1 : a === t.optionA
      const okB = b === -1 ? problem.choosable[offsets[t.issueB]! + t.optionB] === 1 : b === t.optionB
      if (!okA || !okB) continue
      pairUpper[t.party] = pairUpper[t.party]! + (a === -1 || b === -1 ? Math.max(0, t.value) : t.value)
    }
    for (let p = 0; p < P; p++) pairUpper[p] = pairUpper[p]! - sqPair[p]!
  }

  /** Feasibility and bounds at a node; false when the subtree holds no valid deal worth having. */
  const nodeOk = (d: number): boolean => {
    const rest = N - d
    if (problem.minDomains > 0 && distinct + Math.min(domainsAhead[d]!, problem.maxChanges - changes, rest) < problem.minDomains) return false
    computePairs()
    let pooled = 0
    let pooledAny = false
    // Changes still allowed: by maxChanges, and by an incumbent when fewest changes rank first.
    const key0 = fewestFirst ? collector.key() : undefined
    const cap = Math.min(problem.maxChanges, key0 === undefined ? Infinity : K === 1 ? -key0[0]! - 1 : -key0[0]!)
    const allowance = cap - changes
    if (allowance < 0 || allowance < mustChangeAhead[d]!) return false
    const useTop = topGain !== undefined && allowance < rest
    for (let p = 0; p < P; p++) {
      const ahead = useTop ? topGain[(d * P + p) * (N + 1) + allowance]! : restGain[d * P + p]!
      const ub = fixed[p]! + ahead + pairUpper[p]!
      upper[p] = ub
      const inside = stakeCount[p]! > 0 || always[p] === 1
      const mayJoin = canJoin[d * P + p] === 1
      if (inside) {
        if (money[p]! > 0) {
          pooled += Math.max(-problem.cap[p]!, (problem.need[p]! - slack - ub) / money[p]!)
          pooledAny = true
        } else if (ub < problem.need[p]! - slack) return false
      } else if (!mayJoin) {
        if (problem.mustInclude[p] || ub < -tol - slack) return false
      } else if (money[p]! > 0) {
        // It may join and be paid, or stay out: it can only help the others' pool.
        pooled += Math.min(0, Math.max(-problem.cap[p]!, (problem.need[p]! - slack - ub) / money[p]!))
      } else if (ub < -tol - slack) return false
      if (domainFixed !== undefined && stakeCount[p]! > 0) {
        for (let k = 0; k < D; k++) {
          const floor = c.minDomainGain[p * D + k]!
          if (floor !== -Infinity && domainFixed[p * D + k]! + restDomain![(d * P + p) * D + k]! < floor - tol - slack) return false
        }
      }
    }
    if (pooledAny && pooled > slack) return false
    if (cover !== undefined) {
      // How many more changes the weighted sum of the sure parties' gains still needs.
      let short = cover.required - coverFixed
      for (let p = 0; p < P; p++) short -= cover.partyWeight[p]! * pairUpper[p]!
      const sums = cover.prefix[d]!
      if (short > sums[sums.length - 1]! + tol) return false
      let j = 0
      while (short > sums[j]! + tol) j++
      coverExtra = j
    }
    if (payments) moneyUpper(d)
    computeBound(d)
    if (ignoreKey) return true
    const key = collector.key()
    if (key !== undefined && !mayBeat(bound, key, tolerances)) return false
    if (refine !== undefined && key !== undefined && N - d > 1) {
      for (let p = 0; p < P; p++) decided[p] = fixed[p]! + pairUpper[p]!
      // Below key − tolerance the node is surely worse; a tie may still win on later components.
      bound[0] = Math.min(bound[0]!, refine(d, decided, sure, key[0]! - tolerances[0]!))
      if (!mayBeat(bound, key, tolerances)) return false
    }
    if (collector.prune !== undefined && collector.prune({ depth: d, plan, choices, upper, bound })) return false
    return true
  }

  /** With payments a party can end above its own upper bound: at most the highest surplus level. */
  const moneyUpper = (d: number): void => {
    let level = -Infinity
    for (let p = 0; p < P; p++) {
      if (money[p]! > 0 && (stakeCount[p]! > 0 || canJoin[d * P + p])) level = Math.max(level, (upper[p]! - problem.floor[p]!) / problem.nashScale[p]!)
    }
    if (level === -Infinity) return
    for (let p = 0; p < P; p++) {
      if (money[p]! > 0 && (stakeCount[p]! > 0 || canJoin[d * P + p])) upper[p] = Math.max(upper[p]!, problem.floor[p]! + level * problem.nashScale[p]!)
    }
  }

  const computeBound = (d: number): void => {
    let extra = changes === 0 ? 1 : 0
    for (let p = 0; p < P && extra === 0; p++) {
      if ((stakeCount[p]! > 0 || always[p]) && money[p] === 0 && fixed[p]! + pairUpper[p]! < problem.need[p]! - slack) extra = 1
    }
    extra = Math.max(extra, mustChangeAhead[d]!, cover === undefined ? 0 : coverExtra)
    const fewest = -(changes + extra)
    for (let k = 0; k < K; k++) {
      const objective = problem.objectives[k]!
      let value: number
      if (objective === 'fewest') value = fewest
      else if (objective === 'sum') {
        value = 0
        for (let p = 0; p < P; p++) value += stakeCount[p]! > 0 || always[p] ? upper[p]! : Math.max(0, upper[p]!)
      } else if (objective === 'maxmin') {
        let sure = Infinity
        let maybe = -Infinity
        for (let p = 0; p < P; p++) {
          if (stakeCount[p]! > 0 || always[p]) sure = Math.min(sure, upper[p]!)
          else if (canJoin[d * P + p]) maybe = Math.max(maybe, upper[p]!)
        }
        value = sure !== Infinity ? sure : maybe
      } else {
        value = 0
        for (let p = 0; p < P; p++) {
          const term = upper[p]! > 0 ? Math.log(upper[p]! / problem.nashScale[p]!) : -Infinity
          value += stakeCount[p]! > 0 || always[p] ? term : Math.max(0, term)
        }
      }
      const linear = bounds[k]
      if (linear !== undefined) {
        let lin = linFixed[k]! + linear.rest[d]! + linear.constant
        for (let p = 0; p < P; p++) {
          lin += linear.partyWeight[p]! * pairUpper[p]!
          if (objective === 'sum') lin += tol
          // The tangent bound covers the parties in every deal; the rest add their own terms.
          if (objective === 'nash' && !always[p]) {
            const term = upper[p]! > 0 ? Math.log(upper[p]! / problem.nashScale[p]!) : -Infinity
            lin += stakeCount[p]! > 0 ? term : Math.max(0, term)
          }
        }
        value = Math.min(value, lin)
      }
      bound[k] = value
    }
    bound[K] = fewest
  }

  const members: number[] = []
  const leaf = (): boolean => {
    if (changes === 0 || distinct < problem.minDomains) return true
    computePairs()
    for (let p = 0; p < P; p++) {
      leafGains[p] = fixed[p]! + pairUpper[p]!
      if (problem.mustInclude[p] && stakeCount[p] === 0) return true
    }
    let nets: Float64Array | undefined
    if (payments) {
      members.length = 0
      for (let p = 0; p < P; p++) if (stakeCount[p]! > 0 && money[p]! > 0) members.push(p)
      if (members.length >= 2) {
        nets = compensate({ gains: leafGains, members, moneyValue: money, cap: problem.cap, floor: problem.floor, scale: problem.nashScale })
        for (const p of members) leafGains[p] = leafGains[p]! + money[p]! * nets[p]!
      }
    }
    for (let p = 0; p < P; p++) {
      const g = leafGains[p]!
      if (stakeCount[p] === 0) {
        if (g < -tol - slack) return true
        continue
      }
      if (g < problem.need[p]! - slack) return true
      if (domainFixed !== undefined) {
        for (let k = 0; k < D; k++) {
          const floor = c.minDomainGain[p * D + k]!
          if (floor !== -Infinity && domainFixed[p * D + k]! < floor - tol - slack) return true
        }
      }
    }
    const key: number[] = []
    for (let k = 0; k < K; k++) key.push(objectiveValue(problem.objectives[k]!, leafGains, stakeCount, changes, problem.nashScale))
    key.push(-changes)
    if (peekOnly) {
      peeked = key[0]!
      return true
    }
    const beat = collector.key()
    if (beat !== undefined && !mayBeatKey(key, beat, tolerances)) return true
    return collector.offer({ choices, nets, key, gains: leafGains })
  }

  let ignoreKey = false
  let peekOnly = false
  let peeked = -Infinity
  let depth = 0
  let started = false
  let finished = false
  let rootBound = Infinity

  const start = (): boolean => {
    started = true
    const ok = nodeOk(0)
    rootBound = bound[0]!
    if (!ok) return false
    cursor[0] = 0
    return true
  }

  const run = (sliceEnd: number, maxNodes: number, signal?: AbortSignal): 'done' | 'stopped' | 'paused' => {
    if (finished) return 'done'
    if (!started && !start()) return ((finished = true), 'done')
    if (N === 0) return ((finished = true), 'done')
    for (;;) {
      if ((nodes & 255) === 0 && (nodes >= maxNodes || signal?.aborted === true || (sliceEnd !== Infinity && globalThis.performance.now() >= sliceEnd))) {
        return 'paused'
      }
      const d = depth
      const list = children[d]!
      const i = order[d]!
      let k = cursor[d]!
      while (k < list.length && list[k] !== statusQuo[i] && changes >= problem.maxChanges) k++
      if (k >= list.length) {
        if (d === 0) return ((finished = true), 'done')
        depth = d - 1
        undo(depth)
        continue
      }
      cursor[d] = k + 1
      apply(d, list[k]!)
      nodes++
      if (d + 1 === N) {
        const go = leaf()
        undo(d)
        if (!go) return ((finished = true), 'stopped')
        continue
      }
      if (!nodeOk(d + 1)) {
        undo(d)
        continue
      }
      depth = d + 1
      cursor[depth] = 0
    }
  }

  /**
   * The best the unsearched part of the tree could hold: the bound of every child not yet
   * tried at every depth of the current path (decided issues' other options are usually far
   * below, so this is much tighter than the bounds of the path's own nodes).
   */
  const openBound = (): number => {
    if (!started) return Infinity
    if (finished) return -Infinity
    let top = -Infinity
    const path = Array.from({ length: depth }, (_, d) => choices[order[d]!]!)
    for (let d = depth; d >= 0; d--) {
      const list = children[d]!
      for (let k = cursor[d]!; k < list.length; k++) {
        const o = list[k]!
        if (o !== statusQuo[order[d]!] && changes >= problem.maxChanges) continue
        apply(d, o)
        top = Math.max(top, d + 1 === N ? leafBound() : feasibleBound(d + 1))
        undo(d)
      }
      if (d > 0) undo(d - 1)
    }
    for (let d = 0; d < depth; d++) apply(d, path[d]!)
    return top
  }

  /** A node's bound on the first objective, or −Infinity when it holds no valid deal. */
  const feasibleBound = (d: number): number => {
    ignoreKey = true
    try {
      return nodeOk(d) ? bound[0]! : -Infinity
    } finally {
      ignoreKey = false
    }
  }
  /** A complete deal's first objective if it is (loosely) valid, else −Infinity. */
  const leafBound = (): number => {
    peekOnly = true
    peeked = -Infinity
    try {
      leaf()
    } finally {
      peekOnly = false
    }
    return peeked
  }

  const tryChoices = (x: Int32Array): boolean => {
    if (started) return true
    let d = 0
    let ok = true
    for (; d < N; d++) {
      const o = x[order[d]!]!
      if (!children[d]!.includes(o) || (o !== statusQuo[order[d]!] && changes >= problem.maxChanges)) {
        ok = false
        break
      }
      apply(d, o)
    }
    const go = ok ? leaf() : true
    for (d--; d >= 0; d--) undo(d)
    return go
  }

  return { run, nodes: () => nodes, openBound, rootBound: () => rootBound, tryChoices }
}

const mayBeatKey = (key: readonly number[], beat: readonly number[], tolerances: readonly number[]): boolean => {
  for (let k = 0; k < beat.length; k++) {
    if (key[k]! > beat[k]! + tolerances[k]! || (beat[k] === -Infinity && key[k]! > -Infinity)) return true
    if (key[k]! < beat[k]! - tolerances[k]!) return false
  }
  return false
}
