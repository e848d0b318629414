/**
 * Where the exact search starts: deals found before the engine runs (single changes, the
 * neighbourhood search's rounds, the local search from the relaxation's suggestion, the
 * max-min level dives), each gated by the scenario's shape. searchSteps.ts runs them in turn.
 */
import type { Clock, Stopped } from './budget.js'
import type { SearchPlan } from './searchPlan.js'
import { localSearch } from '../heuristics/localSearch.js'
import type { SearchProblem } from './SearchProblem.js'
import { neighbourhoodSearch } from './neighbourhoodSearch.js'
import { levelDives } from './levelDives.js'
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
export const singleChanges = (
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
export const usesLevelDives = (problem: SearchProblem): boolean =>
  problem.objectives[0] === 'maxmin' &&
  !problem.payments &&
  problem.alwaysParticipant.some((a) => a === 0) &&
  maxminLevelSwitch.enabled

export const usesNeighbourhoods = (problem: SearchProblem): boolean =>
  problem.alwaysParticipant.some((a) => a === 0) && problem.c.issueCount >= NEIGHBOURHOOD.minIssues

export function* neighbourhoodStarts(
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

export function* improvedStarts(
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
export const maxminDives = (
  problem: SearchProblem,
  plan: SearchPlan,
  clock: Clock,
  stopped: Stopped,
  lo = 0,
): Int32Array[] =>
  !usesLevelDives(problem)
    ? []
    : levelDives(problem, plan, globalThis.performance.now() + DIVE_SHARE * clock.remainingMs(), lo, stopped)
