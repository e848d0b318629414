/**
 * One exact search as a sequence of slices: plan at the root, try the relaxation's deals,
 * branch and bound until done or out of budget, and certify a deadlock. `findDeal` runs the
 * slices back to back; `findDealAsync` yields to the event loop between them.
 */
import * as O from '../../internal/option.js'
import type { Deal } from '../../model/Deal.js'
import type { Scenario } from '../../model/Scenario.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import { createEngine, type Collector, type Leaf } from './branchAndBound.js'
import { remainingBudget, reservedClock, startClock, type Clock, type Stopped } from './budget.js'
import { runEngineSteps } from './runEngine.js'
import { offerPoint, runEngineWithWindows } from './runEngineWithWindows.js'
import { paymentsFromNets } from '../../evaluate/compensate.js'
import { deadlockCertificate } from './deadlock.js'
import { compareValues } from '../objectives.js'
import { rankDeal } from '../rankDeal.js'
import { withoutTarget } from '../constraints.js'
import type { RankedDeal, SearchBudget, SearchOptions, SearchResult } from '../Search.js'
import { planSearch, planSearchSteps, type SearchPlan } from './searchPlan.js'
import { localSearch } from '../heuristics/localSearch.js'
import { problemOf, type SearchProblem } from './SearchProblem.js'
import { neighbourhoodSearch } from './neighbourhoodSearch.js'
import { windowRounds } from './windowNeighbourhoods.js'
import { NODE_STEPS } from './nodeRelaxation.js'
import { levelCap, levelDives, levelProof } from './levelDives.js'
import { MAX_CHILDREN } from './levelTables.js'
import { maxminLevelSwitch } from './maxminSparseRefiner.js'

/**
 * Local search from the relaxation's last suggestion, for max-min on scenarios large enough
 * for a good first deal to matter (parties × options ≥ 2000, e.g. 10 × 40 × 4): a fixed
 * number of rounds, so the result stays deterministic; only a budget deadline cuts it short.
 * Measured on the 25 × 60 × 4 ladder scenario (see docs/search.md).
 * @category search
 */
export const LOCAL_SEARCH_ROUNDS = 100

/**
 * Deals that change one issue, as first candidates, when parties join deals issue by issue
 * (some party is not in every deal): under max-min, Nash and `fewest` small deals with few
 * participants often win, and the relaxations (which need parties in every deal) suggest
 * nothing. Without interaction terms and payments a single change's gains are its option's
 * own, so one pass over parties × options keeps only those in which every stakeholder gains
 * enough and nobody else loses (`screened`: few, and worth trying however large the
 * scenario); otherwise every single change, when there are at most 2000 options.
 */
const singleChanges = (
  problem: SearchProblem,
): { readonly list: Int32Array[]; readonly screened: boolean; readonly passMs: number } => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, stakeholder, gain, offsets } = c
  if (problem.alwaysParticipant.every((a) => a === 1)) return { list: [], screened: false, passMs: 0 }
  const screened = c.pairs.length === 0 && !problem.payments
  if (!screened && T > 2000) return { list: [], screened, passMs: 0 }
  const started = globalThis.performance.now()
  const ok = Uint8Array.from(problem.choosable)
  for (let i = 0; i < N; i++) ok[offsets[i]! + c.statusQuo[i]!] = 0
  if (screened) {
    // Party by party, along the flat option axis (the gains' own layout).
    for (let p = 0; p < P; p++) {
      const own = problem.ownTolerance[p]!
      const asStakeholder = problem.need[p]! - own / 2
      const outside = problem.mustInclude[p] ? Infinity : -1.5 * own
      for (let i = 0; i < N; i++) {
        const least = stakeholder[i * P + p] === 1 ? asStakeholder : outside
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (gain[p * T + k]! < least) ok[k] = 0
      }
    }
  }
  const list: Int32Array[] = []
  for (let i = 0; i < N; i++) {
    for (let o = 0; o < c.optionCount[i]!; o++) {
      if (ok[offsets[i]! + o] !== 1) continue
      const x = Int32Array.from(c.statusQuo)
      x[i] = o
      list.push(x)
    }
  }
  return { list, screened, passMs: globalThis.performance.now() - started }
}

/**
 * Candidates verified before the root relaxations on scenarios the neighbourhood search runs
 * on, when that search found nothing (the screened single changes, in order): a deal in hand
 * should the budget end during planning.
 * @category search
 */
export const FALLBACK_TRIES = 8

/**
 * Neighbourhood-search rounds on sparse scenarios (some party is not in every deal) with at
 * least `minIssues` issues: rounds per issue (and rounds per issue without improvement
 * before it stops), issues freed per round, engine nodes per round, share of the budget. Measured on the regional ladder (see docs/search.md).
 * @category search
 */
export const NEIGHBOURHOOD = {
  minIssues: 12,
  roundsPerIssue: 20,
  staleRoundsPerIssue: 2,
  size: 8,
  nodesPerRound: 2000,
  budgetShare: 0.5,
} as const

/**
 * Where max-min skips the neighbourhood search: when the level dives and proof follow it
 * (levelDives.ts), on scenarios up to `maxIssues` issues, since there the dives find the
 * deals and the proof ends the search; the rounds were its largest part. Measured on the
 * regional ladder (10 s budgets, the whole search, three runs after a warm-up, load 4-10):
 * with 0.5 stale rounds per issue -> none, r01 40-190 -> 2-41 ms, r02 12-170 -> 5-30 ms,
 * r04 75-240 -> 26-156 ms, r07 105-395 -> 49-91 ms, r08 213-558 -> 136-240 ms (the same
 * proved optima). Before that, 2 -> 0.5 stale rounds per issue took r05 1.98 -> 0.98 s.
 * On larger scenarios the rounds' deals are what the search returns (r13 fell from 0.92 to
 * 0.79 with fewer rounds, r10_m from 0.825 to 0.765), so they keep the general setting, as
 * do scenarios where the level domains do not apply (r05_m fell from 0.47 to 0.44).
 * @category search
 */
export const MAXMIN_NEIGHBOURHOOD = { maxIssues: 100 } as const

/** Whether a search runs the max-min level dives and proof: max-min first, parties joining issue by issue, no payments. */
const usesLevelDives = (problem: SearchProblem): boolean =>
  problem.objectives[0] === 'maxmin' &&
  !problem.payments &&
  problem.alwaysParticipant.some((a) => a === 0) &&
  maxminLevelSwitch.enabled

const usesNeighbourhoods = (problem: SearchProblem): boolean =>
  problem.alwaysParticipant.some((a) => a === 0) && problem.c.issueCount >= NEIGHBOURHOOD.minIssues

function* neighbourhoodStarts(
  problem: SearchProblem,
  clock: Clock,
  stopped: Stopped,
  maxNodes: number,
  countNodes: (nodes: number) => void,
): Generator<void, Int32Array[]> {
  if (!usesNeighbourhoods(problem)) return []
  // Not where an issue has more options than the level domains hold (module coalitions):
  // no dive or proof runs there, and the rounds' deals are what the search returns.
  if (
    usesLevelDives(problem) &&
    problem.c.issueCount <= MAXMIN_NEIGHBOURHOOD.maxIssues &&
    problem.c.optionCount.every((n) => n <= MAX_CHILDREN)
  )
    return []
  const now = globalThis.performance.now()
  return yield* neighbourhoodSearch(problem, undefined, {
    rounds: NEIGHBOURHOOD.roundsPerIssue * problem.c.issueCount,
    staleRounds: Math.ceil(NEIGHBOURHOOD.staleRoundsPerIssue * problem.c.issueCount),
    size: NEIGHBOURHOOD.size,
    nodesPerRound: NEIGHBOURHOOD.nodesPerRound,
    seed: 1,
    until: now + NEIGHBOURHOOD.budgetShare * clock.remainingMs(),
    stopped,
    maxNodes,
    countNodes,
  })
}

function* improvedStarts(
  problem: SearchProblem,
  plan: SearchPlan,
  clock: Clock,
  stopped: Stopped,
): Generator<void, Int32Array[]> {
  const { c } = problem
  if (problem.objectives[0] !== 'maxmin' || c.partyCount * c.totalOptions < 2000 || plan.candidates.length === 0)
    return []
  return yield* localSearch(problem, plan.lowest, [plan.candidates[plan.candidates.length - 1]!], {
    rounds: LOCAL_SEARCH_ROUNDS,
    seed: 1,
    until: globalThis.performance.now() + clock.remainingMs(),
    stopped,
  })
}

/** Share of the time left that the max-min level dives may take (levelDives.ts). @category search */
export const DIVE_SHARE = 0.25

/**
 * The level dives' deals for max-min when parties join issue by issue, without payments,
 * above `lo` (the value of a deal in hand, when there is one).
 */
const maxminDives = (problem: SearchProblem, plan: SearchPlan, clock: Clock, stopped: Stopped, lo = 0): Int32Array[] =>
  !usesLevelDives(problem)
    ? []
    : levelDives(problem, plan, globalThis.performance.now() + DIVE_SHARE * clock.remainingMs(), lo, stopped)

/**
 * Share of the time left that the max-min level proof may take before the engine runs.
 * Measured on r09 (47 × 95, 10 s budgets): the proof at 0.61 takes 2-3.5 s depending on load,
 * and half of what was left after the dives (3.4 s) was sometimes too little. @category search
 */
export const PROOF_SHARE = 0.8

/**
 * Share of the level proof's time that the level cap (levelDives.ts) keeps back for when the
 * proof does not end: measured on r10 and r11 (69 × 140, 100 × 210; 10 s budgets), where the
 * proof above 0.60 never ends, the cap brings the proven bound from 1.49 and 1.46 to
 * about 0.9. The proofs that end take under a third of the proof's time on r05-r09.
 * @category search
 */
export const CAP_SHARE = 0.25

/**
 * The level proof (levelDives.ts) for a single max-min objective when parties join issue by
 * issue, without payments, above the collector's best key: its better deals are offered to
 * the engine (not started yet); `proved` when it proved that nothing beats the last by more
 * than the objective's tolerance. When it runs out of time, the level cap bounds every valid
 * deal's value by `cap` (Infinity when it did not run).
 */
const maxminProved = (
  problem: SearchProblem,
  plan: SearchPlan,
  collector: Collector,
  engine: ReturnType<typeof createEngine>,
  clock: Clock,
  stopped: Stopped,
): { readonly proved: boolean; readonly cap: number } => {
  const key = collector.key()
  if (
    key === undefined ||
    problem.objectives.length !== 1 ||
    problem.objectives[0] !== 'maxmin' ||
    problem.payments ||
    problem.alwaysParticipant.every((a) => a === 1) ||
    !maxminLevelSwitch.enabled
  )
    return { proved: false, cap: Infinity }
  const now = globalThis.performance.now()
  const until = now + PROOF_SHARE * clock.remainingMs()
  const proofUntil = now + (1 - CAP_SHARE) * (until - now)
  const tolerance = problem.objectiveTolerances[0]!
  const { outcome, better } = levelProof(problem, plan, key[0]!, tolerance, proofUntil, Infinity, stopped)
  for (const x of better) engine.tryChoices(x)
  if (outcome === 'proved') return { proved: true, cap: Infinity }
  const inHand = collector.key()?.[0] ?? key[0]!
  const capped = levelCap(problem, plan, inHand, until, undefined, stopped)
  for (const x of capped.better) engine.tryChoices(x)
  return { proved: false, cap: capped.bound }
}

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
 * A leaf's deal: its choices and the payments the compensation rule set.
 * @example
 * const leaf = { choices: Int32Array.of(1, 1), nets: undefined, key: [5, -2] } // road via-b, housing west
 * dealOfLeaf(problem, leaf).payments // => []: without compensation no money moves
 * @category search
 */
export const dealOfLeaf = (problem: SearchProblem, leaf: Leaf): Deal => {
  const deal = dealOfChoices(problem.c, leaf.choices)
  return leaf.nets === undefined ? deal : { ...deal, payments: paymentsFromNets(leaf.nets, problem.c.partyIds) }
}

/**
 * Keeps the best deal. Leaves are ranked by the engine's compiled numbers; `checkDeal` runs
 * once, on the deal finally returned (`verified`), not on every improvement: verification
 * costs more than a whole small search. Leaves listed in `banned` (choices joined by commas)
 * are ignored: a deal the loose check accepted but `checkDeal` rejected.
 * With `stopAtFirst`, every leaf is verified at once and the first valid one ends the search.
 * With `verifyEach`, every leaf that would improve is verified at once and ranked by what
 * `checkDeal` reports: slower per leaf, but one run is final (no leaf is rejected later).
 * `known`: a deal already verified (its choices joined by commas), not verified again.
 * @example
 * const { collector, verified } = bestCollector(problem)
 * createEngine(problem, plan, collector).run(Infinity, Infinity)
 * verified().best?.value // => [5]: the total gain of road via-b with housing west
 * @category search
 */
export const bestCollector = (
  problem: SearchProblem,
  stopAtFirst = false,
  banned: ReadonlySet<string> = new Set(),
  verifyEach = false,
  known?: { readonly choices: string; readonly ranked: RankedDeal },
) => {
  const tolerances = [...problem.objectiveTolerances, 0.5]
  let first: RankedDeal | undefined
  let checked: RankedDeal | undefined
  const history: { choices: Int32Array; nets: Float64Array | undefined; key: readonly number[] }[] = []
  let bestKey: readonly number[] | undefined
  const collector: Collector = {
    key: () => (stopAtFirst ? undefined : bestKey),
    offer: (leaf) => {
      if (banned.size > 0 && banned.has(leaf.choices.join(','))) return true
      if (stopAtFirst) {
        first = rankDeal(problem, dealOfLeaf(problem, leaf))
        return first === undefined
      }
      if (verifyEach) {
        const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
        if (ranked === undefined) return true
        const key = [...ranked.value, -ranked.changes.length]
        if (bestKey === undefined || compareValues(key, bestKey, tolerances) > 0) {
          checked = ranked
          bestKey = key
        }
        return true
      }
      if (bestKey === undefined || compareValues(leaf.key, bestKey, tolerances) > 0) {
        bestKey = [...leaf.key]
        history.push({
          choices: Int32Array.from(leaf.choices),
          nets: leaf.nets === undefined ? undefined : Float64Array.from(leaf.nets),
          key: bestKey,
        })
      }
      return true
    },
  }
  /**
   * The best deal that passes `checkDeal`, newest first, and the choices of any better one
   * that failed (to ban and search again).
   */
  const verified = (): { readonly best: RankedDeal | undefined; readonly rejected: readonly string[] } => {
    if (stopAtFirst) return { best: first, rejected: [] }
    if (verifyEach) return { best: checked, rejected: [] }
    const rejected: string[] = []
    for (let k = history.length - 1; k >= 0; k--) {
      const { choices, nets, key } = history[k]!
      const ranked =
        known !== undefined && known.choices === choices.join(',')
          ? known.ranked
          : rankDeal(problem, dealOfLeaf(problem, { choices, nets, key, gains: new Float64Array(0) }))
      if (ranked !== undefined) return { best: ranked, rejected }
      rejected.push(choices.join(','))
    }
    return { best: undefined, rejected }
  }
  return { collector, verified }
}

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
      ? [[...neighbours, ...singles.list].find((x) => x.join(',') === fallback!.choices)!]
      : [
          ...plan.candidates.slice(-ESSENTIAL_RELAXATION_CANDIDATES),
          local[local.length - 1],
          neighbours[neighbours.length - 1],
          ...(singles.screened ? singles.list : []),
        ].filter((x) => x !== undefined),
  )
  const improved = [...singles.list, ...local, ...dived, ...[...neighbours].reverse()]
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
