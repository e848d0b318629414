/**
 * One exact search as a sequence of slices: plan at the root, try the relaxation's deals,
 * branch and bound until done or out of budget, and certify a deadlock. `findDeal` runs the
 * slices back to back; `findDealAsync` yields to the event loop between them.
 */
import * as O from '../../internal/option.js'
import type { Scenario } from '../../model/Scenario.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { createEngine, type Collector } from './branchAndBound.js'
import { remainingBudget, reservedClock, startClock, type Stopped } from './budget.js'
import { runEngineSteps } from './runEngine.js'
import { offerPoint, runEngineWithWindows } from './runEngineWithWindows.js'
import { deadlockCertificate } from './deadlock.js'
import { rankDeal } from '../rankDeal.js'
import { withoutTarget } from '../constraints.js'
import { compareValues } from '../objectives.js'
import type { RankedDeal, SearchBudget, SearchOptions, SearchResult } from '../Search.js'
import { planSearch, planSearchSteps } from './searchPlan.js'
import { problemOf } from './SearchProblem.js'
import { windowRounds } from './windowNeighbourhoods.js'
import { NODE_STEPS } from './nodeRelaxation.js'
import { bestCollector } from './bestCollector.js'
import { maxminProved } from './maxminProof.js'
import { COALITIONS, coalitionStarts } from './coalitionDeals.js'
import {
  FALLBACK_TRIES,
  NEIGHBOURHOOD,
  improvedStarts,
  maxminDives,
  neighbourhoodStarts,
  singleChanges,
  usesNeighbourhoods,
} from './searchStarts.js'

/**
 * Ban-and-retry rounds before the search verifies every improving leaf at once (one more
 * round, then final). Boundary cases need one round, rarely two.
 * @category search
 */
export const BAN_ROUNDS = 3

/**
 * Share of a node budget the window rounds may take, of what the spread rounds left (the
 * engine keeps the rest). Without a time budget the windows run before the engine, so
 * without this share they would take every node.
 * @category search
 */
export const WINDOW_NODE_SHARE = 0.5

/**
 * Share of a time budget by which the root relaxations stop on scenarios the neighbourhood
 * search runs on, counted from the start (the neighbourhood search takes the first half):
 * on 200 × 500 regions 300 iterations take over a second, and their bound is valid whenever
 * they stop.
 * @category search
 */
export const PLAN_SHARE = 0.75

/**
 * What the search keeps back for its last steps (verifying the deal it returns, bounding the
 * gap), in verifications of the heuristics' best deal as timed on the region. @category search
 */
export const VERIFY_RESERVE = 2

/**
 * Passes over parties × options that planning takes at least (the first pass, one
 * relaxation iteration, the orders and suffix sums after it, creating the engine): with less
 * time left the search returns the deal in hand. @category search
 */
export const PLAN_PASSES = 8

/**
 * Passes over parties × options that creating the engine and searching its root take with
 * node relaxations (`NODE_STEPS` steps of one pass each, copies of the gains): with less time
 * left after planning the search only tries its candidates. @category search
 */
export const ENGINE_PASSES = NODE_STEPS + 4

/**
 * Relaxation candidates still tried once the budget is spent (the last ones, which follow
 * the best multipliers). @category search
 */
export const ESSENTIAL_RELAXATION_CANDIDATES = 4

/** Most subgradient iterations at the root (they stop early when the bound stalls). @category search */
export const RELAXATION_ITERATIONS = 300

/**
 * Whether any valid deal exists under the options, within a budget (`undefined`: ran out).
 * @example
 * runToEnd(existsSteps(scenario, {}, {}, 10)) // => true
 * @category search
 */
export function* existsSteps(
  scenario: Scenario,
  options: SearchOptions,
  budget: SearchBudget,
  sliceMs: number,
): Generator<void, boolean | undefined> {
  const clock = startClock(budget)
  const problem = problemOf(scenario, options)
  const { collector, verified } = bestCollector(problem, true)
  const plan = planSearch(problem, 0)
  const engine = createEngine(problem, plan, collector)
  const status = yield* runEngineSteps(engine, clock, budget, 0, sliceMs)
  return verified().best !== undefined ? true : status === 'done' ? false : undefined
}

/**
 * The exact search, slice by slice (`sliceMs` of work between yields).
 * @example
 * runToEnd(searchSteps(scenario, {}, Infinity))._tag // => 'Optimal'
 * @category search
 */
export function* searchSteps(
  scenario: Scenario,
  options: SearchOptions,
  sliceMs: number,
): Generator<void, SearchResult> {
  const budget = options.budget ?? {}
  const clock = startClock(budget)
  const problem = problemOf(scenario, options)
  // Read afresh at every call: the signal may fire while the search runs.
  const stopped: Stopped = () => budget.signal?.aborted === true
  // A search asked after its stop signal fired does no work (a stopped simulation asks for
  // its available gain after the stop): nothing found, nothing bounded.
  if (stopped()) {
    const stats = { nodes: 0, elapsedMs: clock.elapsedMs(), rootBound: Infinity }
    return {
      _tag: 'BudgetExhausted',
      best: O.none,
      bound: problem.objectives.map(() => Infinity),
      gap: Infinity,
      stats,
    }
  }
  // The search's work ends early enough to verify its deal and bound its gap within the budget.
  let reserveMs = 0
  const work = reservedClock(clock, () => reserveMs)
  // The neighbourhood search runs first, so a valid deal is known early even on the largest
  // regions; the root relaxations then get their share of the budget.
  // A node budget counts every engine's nodes, the rounds' too: with 2000 nodes the rounds alone
  // ran for minutes on r08_m (each takes up to 50,000), which made a node budget no budget.
  // The spread rounds take at most their time share of it, the window rounds as much of the rest.
  let roundNodes = 0
  const countNodes = (n: number) => {
    roundNodes += n
  }
  const nodeBudget = budget.nodes ?? Infinity
  // Max-min's deals of a few parties first (coalitionDeals.ts): cheap, and on the module
  // rungs far better than what the rounds find.
  const coalitions = coalitionStarts(
    problem,
    work.remainingMs(),
    stopped,
    COALITIONS.budgetShare * nodeBudget,
    countNodes,
  )
  yield
  const neighbours = yield* neighbourhoodStarts(
    problem,
    work,
    stopped,
    NEIGHBOURHOOD.budgetShare * nodeBudget,
    countNodes,
  )
  const singles = singleChanges(problem)
  // On those regions, the heuristics' best deal is verified at once: it is returned should the
  // budget end while planning, and what its verification took is what the final one may
  // take, so that much is kept back.
  let fallback: { readonly choices: string; readonly ranked: RankedDeal } | undefined
  // The engine's creation and root are timed on the whole verification: they cannot stop
  // midway, and 12 passes at a third of it ran a 10 s max-min search 1 s over at a load of 30.
  let enginePassMs = 0
  if (usesNeighbourhoods(problem) && budget.timeMs !== undefined) {
    const tries = [...neighbours.slice(-1), ...(singles.screened ? singles.list.slice(0, FALLBACK_TRIES) : [])]
    const started = globalThis.performance.now()
    let tried = 0
    for (const x of tries) {
      tried++
      const ranked = rankDeal(problem, dealOfChoices(problem.c, x))
      if (ranked !== undefined) {
        fallback = { choices: x.join(','), ranked }
        break
      }
    }
    // The best coalition deal in hand instead, when it ranks higher (under max-min it often does).
    const coalition = coalitions[coalitions.length - 1]
    if (coalition !== undefined) {
      tried++
      const ranked = rankDeal(problem, dealOfChoices(problem.c, coalition))
      if (
        ranked !== undefined &&
        (fallback === undefined || compareValues(ranked.value, fallback.ranked.value, problem.objectiveTolerances) > 0)
      )
        fallback = { choices: coalition.join(','), ranked }
    }
    const verifyMs = (globalThis.performance.now() - started) / Math.max(1, tried)
    reserveMs = VERIFY_RESERVE * verifyMs
    // Too little left to plan (about PLAN_PASSES passes over parties × options, timed on the
    // screening pass and on a third of the verification, whichever took longer: code that
    // runs once is often not yet compiled, and a warm screening pass took 1 ms where planning
    // took 600; a verification costs about three cold passes, 270 ms against 44-89 at a load
    // of 30): the deal in hand, with no bound on the gap.
    const passMs = Math.max(singles.screened ? singles.passMs : 0, verifyMs / 3)
    enginePassMs = Math.max(passMs, verifyMs)
    if (fallback !== undefined && work.remainingMs() < PLAN_PASSES * passMs) {
      const stats = { nodes: 0, elapsedMs: clock.elapsedMs(), rootBound: Infinity }
      // Under 'fewest' alone a one-change deal is optimal: every deal changes an issue.
      if (problem.objectives.length === 1 && problem.objectives[0] === 'fewest' && fallback.ranked.changes.length === 1)
        return { _tag: 'Optimal', best: fallback.ranked, bound: fallback.ranked.value, stats }
      const bound = problem.objectives.map((_, k) => (k === 0 ? Infinity : fallback!.ranked.value[k]!))
      return { _tag: 'BudgetExhausted', best: O.some(fallback.ranked), bound, gap: Infinity, stats }
    }
  }
  const planUntil = usesNeighbourhoods(problem) ? clock.startedAt + PLAN_SHARE * (budget.timeMs ?? Infinity) : Infinity
  const workEnd = budget.timeMs === undefined ? Infinity : globalThis.performance.now() + work.remainingMs()
  const plan = yield* planSearchSteps(problem, RELAXATION_ITERATIONS, planUntil, workEnd, stopped)
  const banned = new Set<string>()
  let nodes = 0
  const local = yield* improvedStarts(problem, plan, work, stopped)
  const inHand = fallback?.ranked.value[0]
  const dived = maxminDives(problem, plan, work, stopped, inHand !== undefined && Number.isFinite(inHand) ? inHand : 0)
  // The candidates in the order that decides ties (the first of equals is kept): the
  // relaxations', the single changes, the local search's, the neighbourhood search's best
  // first. Once the budget is spent only the deal in hand is tried, or without one the
  // relaxations' last, each heuristic's best and the screened single changes: on a 200 × 500
  // region each try costs a full descent.
  const essential = new Set(
    fallback !== undefined
      ? [[...coalitions, ...neighbours, ...singles.list].find((x) => x.join(',') === fallback!.choices)!]
      : [
          ...plan.candidates.slice(-ESSENTIAL_RELAXATION_CANDIDATES),
          local[local.length - 1],
          neighbours[neighbours.length - 1],
          ...(singles.screened ? singles.list : []),
        ].filter((x) => x !== undefined),
  )
  const improved = [...singles.list, ...[...coalitions].reverse(), ...local, ...dived, ...[...neighbours].reverse()]
  // Under sum, window rounds take turns with the engine and hand it what they find (their
  // points are tried again by the later ban-and-retry rounds).
  const windowPoints: Int32Array[] = []
  let current: Collector | undefined
  const windows = windowRounds(
    problem,
    neighbours[neighbours.length - 1],
    workEnd,
    (x) => {
      windowPoints.push(x)
      if (current !== undefined) offerPoint(problem, current, x)
    },
    { maxNodes: WINDOW_NODE_SHARE * Math.max(0, nodeBudget - roundNodes), countNodes },
  )
  for (let round = 0; ; round++) {
    const { collector, verified } = bestCollector(problem, false, banned, round >= BAN_ROUNDS, fallback)
    // Too little left for the engine's root (its node relaxations) and creation: a plain
    // engine that only tries the candidates and bounds the tree at its root.
    // A stopped search gets the same plain engine: the best deal in hand, without the root's work.
    const late = stopped() || (enginePassMs > 0 && work.remainingMs() < ENGINE_PASSES * enginePassMs)
    const engine = createEngine(problem, plan, collector, { plainBounds: late, remainingMs: work.remainingMs })
    current = collector
    let sliceEnd = globalThis.performance.now() + sliceMs
    for (const x of [...plan.candidates, ...improved]) {
      if (!essential.has(x) && work.spent(nodes + roundNodes)) continue
      // Stopped with a deal in hand: it is the best so far, and each try costs a descent
      // (180 single changes took 300 ms on s14 under load).
      if (stopped() && collector.key() !== undefined) continue
      engine.tryChoices(x)
      if (globalThis.performance.now() >= sliceEnd) {
        yield
        sliceEnd = globalThis.performance.now() + sliceMs
      }
    }
    const proof =
      late || budget.timeMs === undefined ? undefined : maxminProved(problem, plan, collector, engine, work, stopped)
    const proved = proof?.proved === true
    for (const x of windowPoints) engine.tryChoices(x)
    const status = proved
      ? 'done'
      : late
        ? 'budget'
        : yield* runEngineWithWindows(engine, windows, work, budget, () => nodes + roundNodes, sliceMs)
    nodes += engine.nodes()
    const { best: found, rejected } = verified()
    // A deal the compiled check accepted but checkDeal rejected (a tolerance boundary): ban it
    // and search again, so the optimum is proven among deals that really are valid. After
    // BAN_ROUNDS rounds the last one verifies every leaf, so the rounds end even when the
    // compiled numbers and checkDeal disagree on many deals (non-finite values).
    if (status === 'done' && rejected.length > 0 && !work.spent(nodes + roundNodes)) {
      for (const r of rejected) banned.add(r)
      continue
    }
    const stats = { nodes: nodes + roundNodes, elapsedMs: clock.elapsedMs(), rootBound: engine.rootBound() }
    if (status === 'done' && rejected.length === 0 && found !== undefined)
      return { _tag: 'Optimal', best: found, bound: found.value, stats }
    if (status === 'done' && rejected.length === 0) {
      const certificate = yield* deadlockCertificate(
        problem.constraints,
        'branchAndBound',
        nodes + roundNodes,
        (constraints, rest, dropTarget) =>
          existsSteps(
            dropTarget === undefined ? scenario : withoutTarget(scenario, dropTarget),
            { ...options, constraints },
            rest,
            sliceMs,
          ),
        () => remainingBudget(budget, clock, nodes + roundNodes),
        scenario,
      )
      return { _tag: 'NoDeal', certificate, stats: { ...stats, elapsedMs: clock.elapsedMs() } }
    }
    // Pruned subtrees held nothing better than the best key seen, verified or not.
    const open = status === 'done' ? -Infinity : engine.openBound()
    // The level cap bounds every valid deal, the unsearched part's too.
    const top = Math.max(
      Math.min(open, proof?.cap ?? Infinity),
      collector.key()?.[0] ?? -Infinity,
      found?.value[0] ?? -Infinity,
    )
    const bound = problem.objectives.map((_, k) => (k === 0 ? top : (found?.value[k] ?? Infinity)))
    return {
      _tag: 'BudgetExhausted',
      best: O.fromNullable(found),
      bound,
      gap: found === undefined ? Infinity : top - found.value[0]!,
      stats,
    }
  }
}
