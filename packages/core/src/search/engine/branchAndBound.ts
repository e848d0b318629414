/**
 * The branch-and-bound engine on the compiled form: a depth-first search over issues in the
 * plan's order, one option per level, that can be paused and resumed (for budgets and the
 * async search). What it does with the deals it finds is up to a `Collector`: keep the best,
 * keep k distinct ones, enumerate, or keep a frontier.
 *
 * A subtree is pruned only when a necessary condition for validity fails (`feasibleNode`),
 * when its objective bounds (`boundNode`, refined at the node for max-min) cannot beat the
 * collector's key, or when the collector prunes it. Leaves are checked loosely
 * (`checkLeaf`); the collector verifies what it keeps with `rankDeal`.
 */
import { mayBeat, type Collector } from './Collector.js'
import { boundWithoutDeadIssues } from './deadIssues.js'
import { checkLeaf } from './leafCheck.js'
import { boundNode, feasibleNode } from './nodeBounds.js'
import { maxminRefiner, nashRefiner } from './nodeRelaxation.js'
import { maxminSparseRefiner } from './maxminSparseRefiner.js'
import { DECOMPOSITION_MIN_ISSUES, partyDecompositionRefiner } from './partyDecomposition.js'
import { applyOption, createNodeState, isSure, undoOption } from './NodeState.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'
import { planTargets, targetsReachable } from './targetBounds.js'

export type { Collector, Leaf, NodeView } from './Collector.js'

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

/** How an engine bounds its nodes. @category search */
export interface EngineOptions {
  /**
   * Only the per-party and linear bounds: no node relaxations, no issue elimination (they
   * cost O(parties × options) per node and memory; small sub-searches do better without).
   */
  readonly plainBounds?: boolean
  /** Fewest issues at which a sum search refines nodes by the per-party decomposition (tests lower it). */
  readonly decompositionMinIssues?: number
  /** What is left of the search's time budget (Infinity without one): the sum decomposition's root steps take a share of it. */
  readonly remainingMs?: () => number
}

/**
 * Option visits of a node refiner (its `work`) that count as one node of a node budget: the
 * cost of a plain node in visits, as measured on the regional rungs (1-15 µs a plain node, at
 * 1-3 ns a visit: 300-7,500 visits). The sum's decomposition spends 0.3-40 ms at a node there,
 * so a budget of 200,000 nodes (the simulator's) meant minutes to hours per search; charged,
 * it means the work of about as many plain nodes, and the same budget the same result.
 * @category search
 */
export const VISITS_PER_NODE = 1000

/**
 * Nodes between two looks at the budget: every 256 on small problems, more often when one
 * node costs more (the node relaxations scale with parties × options), so that a time budget
 * is kept within a few milliseconds on a 200 × 500 region too: every node there (8 nodes
 * with the max-min node relaxation ran 190 ms past a 10 s budget under load).
 */
const checkMaskFor = (problem: SearchProblem): number => {
  const work = problem.c.partyCount * problem.c.totalOptions
  const every = Math.max(1, Math.min(256, 2 ** Math.floor(Math.log2(4e5 / Math.max(1, work)))))
  return every - 1
}

/**
 * Creates the engine for a problem and plan.
 * @example
 * const { collector } = bestCollector(problem)
 * const engine = createEngine(problem, planSearch(problem, 200), collector)
 * engine.run(Infinity, Infinity) // => 'done'
 * @category search
 */
export const createEngine = (
  problem: SearchProblem,
  plan: SearchPlan,
  collector: Collector,
  options: EngineOptions = {},
): Engine => {
  const { c } = problem
  const { partyCount: P, issueCount: N, statusQuo } = c
  const { order, children } = plan
  const K = problem.objectives.length
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const s = createNodeState(problem, plan)
  const fewestFirst = problem.objectives[0] === 'fewest'
  // Node relaxations bound issue gains only: not with payments, where money moves gains.
  const first = problem.objectives[0]
  const plain = problem.payments || options.plainBounds === true
  const decomposition =
    !plain && first === 'sum' && N >= (options.decompositionMinIssues ?? DECOMPOSITION_MIN_ISSUES)
      ? partyDecompositionRefiner(
          problem,
          plan,
          undefined,
          options.decompositionMinIssues === undefined ? undefined : 0,
          () => globalThis.performance.now() + (options.remainingMs?.() ?? Infinity),
          undefined,
          s.domainFixed,
        )
      : undefined
  const refine = plain
    ? undefined
    : first === 'maxmin' && problem.alwaysParticipant.every((a) => a === 1)
      ? maxminRefiner(problem, plan, plan.bounds[0]?.partyWeight ?? new Float64Array(P).fill(1))
      : first === 'maxmin'
        ? maxminSparseRefiner(problem, plan, s, Number.isFinite(options.remainingMs?.() ?? Infinity))
        : first === 'nash'
          ? nashRefiner(problem, plan)
          : decomposition
  // Options the sum decomposition's root probe ruled out (optionProbing.ts): no deal the search
  // still wants chooses them, so no subtree under them is searched.
  const ruledOut = decomposition?.ruledOut
  const { offsets } = c
  const skip = (i: number, o: number): boolean =>
    (o !== statusQuo[i] && s.changes >= problem.maxChanges) ||
    (ruledOut !== undefined && ruledOut[offsets[i]! + o] === 1)
  const decided = new Float64Array(P)
  const sure = (p: number) => isSure(s, p)
  const cursor = new Int32Array(N + 1)
  const leafGains = new Float64Array(P)
  let nodes = 0
  let nextLook = 0
  // Refiner visits not yet charged as a node.
  let carried = 0
  // The sum's decomposition costs milliseconds per node on large regions: look at the clock every node.
  const checkMask = first === 'sum' && refine !== undefined ? 0 : checkMaskFor(problem)
  // Issue elimination needs plain per-party bounds: no money moving (but Nash's bound with
  // payments works on the gains before money, see paymentNash.ts), no few-changes bound.
  const eliminate =
    options.plainBounds !== true &&
    (problem.objectives[0] === 'maxmin' || problem.objectives[0] === 'nash') &&
    (!problem.payments || problem.objectives[0] === 'nash') &&
    plan.topGain === undefined &&
    problem.alwaysParticipant.some((a) => a === 0)
  const dead = new Uint8Array(N)
  // Regional targets: prune a node whose targets are out of reach (see targetBounds.ts).
  const targets = planTargets(problem, plan)

  /** Changes a better deal may still make: by maxChanges, and by the incumbent under `fewest`. */
  const allowance = (): number => {
    const key = fewestFirst ? collector.key() : undefined
    return Math.min(problem.maxChanges, key === undefined ? Infinity : K === 1 ? -key[0]! - 1 : -key[0]!) - s.changes
  }

  /** Lowers the node's first bound by the node relaxation; it may stop once below `stopAt`. */
  const refineBound = (d: number, stopAt: number): void => {
    for (let p = 0; p < P; p++) decided[p] = s.fixed[p]! + s.pairUpper[p]!
    const before = refine!.work?.() ?? 0
    // Below key − tolerance the node is surely worse; a tie may still win on later components.
    s.bound[0] = Math.min(s.bound[0]!, refine!(d, decided, sure, s.upper, stopAt))
    // The refiner's work counts as the plain nodes it would buy, so a node budget bounds the
    // work; not the root's, whose steps have a bound of their own (partyDecomposition.ts
    // ROOT_WORK) and would take a small budget's every node before the first descent.
    if (d === 0) return
    const spent = (refine!.work?.() ?? 0) - before + carried
    const charged = Math.floor(spent / VISITS_PER_NODE)
    nodes += charged
    carried = spent - charged * VISITS_PER_NODE
  }

  /** Whether the node at depth d may hold a deal the collector wants (with `ignoreKey`: any valid deal). */
  const nodeOk = (d: number, ignoreKey = false): boolean => {
    if (targets.length > 0 && !targetsReachable(targets, problem, s.choices, d)) return false
    if (!feasibleNode(s, d, allowance())) return false
    boundNode(s, d)
    if (ignoreKey) return true
    const key = collector.key()
    if (key !== undefined && !mayBeat(s.bound, key, tolerances)) return false
    if (refine !== undefined && key !== undefined && N - d > 1) {
      refineBound(d, key[0]! - tolerances[0]!)
      if (!mayBeat(s.bound, key, tolerances)) return false
    }
    if (eliminate && key !== undefined && d < N) {
      s.bound[0] = Math.min(s.bound[0]!, boundWithoutDeadIssues(s, d, key[0]! - tolerances[0]!, dead))
      if (!mayBeat(s.bound, key, tolerances)) return false
    }
    return !(collector.prune?.({ depth: d, plan, choices: s.choices, upper: s.upper, bound: s.bound }) ?? false)
  }

  /** Offers the complete deal in the state; false when the collector stops the search. */
  const leaf = (): boolean => {
    if (targets.length > 0 && !targetsReachable(targets, problem, s.choices, N)) return true
    const checked = checkLeaf(s, leafGains)
    if (checked === undefined) return true
    const beat = collector.key()
    if (beat !== undefined && !mayBeat(checked.key, beat, tolerances)) return true
    return collector.offer({ choices: s.choices, nets: checked.nets, key: checked.key, gains: checked.gains })
  }

  let depth = 0
  let started = false
  let finished = false
  let rootBound = Infinity

  const run = (sliceEnd: number, maxNodes: number, signal?: AbortSignal): 'done' | 'stopped' | 'paused' => {
    if (finished) return 'done'
    if (!started) {
      started = true
      const ok = nodeOk(0)
      rootBound = s.bound[0]!
      if (!ok || N === 0) return ((finished = true), 'done')
      cursor[0] = 0
    }
    for (;;) {
      // Every checkMask + 1 nodes; counted from the last look, as a refined node may add many.
      if (nodes >= nextLook) {
        if (
          nodes >= maxNodes ||
          signal?.aborted === true ||
          (sliceEnd !== Infinity && globalThis.performance.now() >= sliceEnd)
        )
          return 'paused'
        nextLook = nodes + checkMask + 1
      }
      const d = depth
      const list = children[d]!
      const i = order[d]!
      let k = cursor[d]!
      while (k < list.length && skip(i, list[k]!)) k++
      if (k >= list.length) {
        if (d === 0) return ((finished = true), 'done')
        depth = d - 1
        undoOption(s, depth)
        continue
      }
      cursor[d] = k + 1
      applyOption(s, d, list[k]!)
      nodes++
      if (d + 1 === N) {
        const go = leaf()
        undoOption(s, d)
        if (!go) return ((finished = true), 'stopped')
        continue
      }
      if (!nodeOk(d + 1)) {
        undoOption(s, d)
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
    // Not started: the root's own bound, without the node relaxations (cheap, and valid for the whole tree).
    if (!started) return nodeOk(0, true) ? s.bound[0]! : -Infinity
    if (finished) return -Infinity
    let top = -Infinity
    const path = Array.from({ length: depth }, (_, d) => s.choices[order[d]!]!)
    for (let d = depth; d >= 0; d--) {
      const list = children[d]!
      for (let k = cursor[d]!; k < list.length; k++) {
        const o = list[k]!
        if (skip(order[d]!, o)) continue
        applyOption(s, d, o)
        if (d + 1 === N) top = Math.max(top, checkLeaf(s, leafGains)?.key[0] ?? -Infinity)
        else if (nodeOk(d + 1, true)) top = Math.max(top, s.bound[0]!)
        undoOption(s, d)
      }
      if (d > 0) undoOption(s, d - 1)
    }
    for (let d = 0; d < depth; d++) applyOption(s, d, path[d]!)
    // The unsearched part is part of the whole tree: the root's (refined) bound holds for it too.
    return Math.min(top, rootBound)
  }

  const tryChoices = (x: Int32Array): boolean => {
    if (started) return true
    let d = 0
    let ok = true
    for (; d < N; d++) {
      const o = x[order[d]!]!
      if (!children[d]!.includes(o) || (o !== statusQuo[order[d]!] && s.changes >= problem.maxChanges)) {
        ok = false
        break
      }
      applyOption(s, d, o)
    }
    const go = ok ? leaf() : true
    for (d--; d >= 0; d--) undoOption(s, d)
    return go
  }

  return { run, nodes: () => nodes, openBound, rootBound: () => rootBound, tryChoices }
}
