/**
 * Large-neighbourhood search for good first deals on sparse, region-shaped scenarios, where
 * each party values a few issues and most single issues deadlock: valid deals there are
 * small knots of two or three deadlocked issues whose stakeholders trade, and a search that
 * starts at the root of the whole tree rarely reaches one.
 *
 * Each round frees a neighbourhood (the issues of one seeded party, then of its fellow
 * stakeholders, up to `size` issues), fixes every other issue at the current point, and runs
 * the branch-and-bound engine on that small problem for at most `nodesPerRound` nodes, with
 * the current point as incumbent: whatever it finds is better under the search's own
 * objectives and passes the engine's loose validity check. From the status quo the first
 * rounds find the knots; later rounds grow, swap and merge them.
 *
 * It proves nothing: its points are only candidates for the exact search, which checks them
 * like any other leaf (and `rankDeal` decides). Deterministic for a seed; only the deadline
 * `until` can cut it short. Yields after every round.
 */
import { RandomStream, rngFromSeed } from '../../internal/random.js'
import type { Stopped } from './budget.js'
import { mayBeat, type Collector } from './Collector.js'
import { createEngine } from './branchAndBound.js'
import { planSearch } from './searchPlan.js'
import { reducedProblem, touchersOf } from './reducedProblem.js'
import type { SearchProblem } from './SearchProblem.js'
import { mayTakePart, type CompiledScenario } from '../../evaluate/compile.js'

/** Options of the neighbourhood search. @category search */
export interface NeighbourhoodOptions {
  readonly rounds: number
  /** Stop after this many rounds in a row without improvement. */
  readonly staleRounds: number
  /** Issues freed per round. */
  readonly size: number
  /** Engine nodes per round. */
  readonly nodesPerRound: number
  readonly seed: number
  /** Stop by this `performance.now()` time. */
  readonly until: number
  /** Stop at the next round once this says so (the caller's stop signal). */
  readonly stopped?: Stopped | undefined
  /**
   * Engine nodes the rounds may take in all (default: no limit); each round's are handed to
   * `countNodes`. A search's node budget counts them: they are search work like the tree's.
   */
  readonly maxNodes?: number | undefined
  readonly countNodes?: ((nodes: number) => void) | undefined
  /** Called with every improving point as it is found (a copy). */
  readonly onFound?: ((x: Int32Array) => void) | undefined
  /** How a round picks its issues (default: `neighbourhood` below); see windowNeighbourhoods.ts. */
  readonly picker?: ((links: NeighbourhoodLinks) => NeighbourhoodPicker) | undefined
}

/** What a neighbourhood picker may read: who has a say on what, and the seeded stream. @category search */
export interface NeighbourhoodLinks {
  /** Per party: the changeable issues it has a say on or values. */
  readonly issuesOf: readonly (readonly number[])[]
  /** Per issue: the parties that have a say on it or value it (empty when it cannot change). */
  readonly partiesOf: readonly (readonly number[])[]
  /** Issues that must change (freed in every round). */
  readonly mustChange: readonly number[]
  /** Per issue: its options' count. */
  readonly optionCount: Int32Array
  /** Whether option o of issue i may be chosen. */
  readonly choosable: (i: number, o: number) => boolean
  /** Party p's gain from option o of issue i alone (interaction terms left out). */
  readonly gainOn: (p: number, i: number, o: number) => number
  /** Whether party p's mandate sets a floor (`minDomainGain`) on the policy domain of issue i. */
  readonly floorOn: (p: number, i: number) => boolean
  /** Per issue: its policy domain's index. */
  readonly domainOf: Int32Array
  readonly random: RandomStream
}

/**
 * Marks the issues a round frees in `free` (all zero on entry); `improved`: the last round
 * moved the point. Returns false to end the search.
 * @category search
 */
export type NeighbourhoodPicker = (improved: boolean, x: Int32Array, free: Uint8Array) => boolean

/**
 * Improves a start (default: the status quo) round by round; returns every improving point,
 * best last (empty when it found no valid deal).
 * @example
 * runToEnd(neighbourhoodSearch(problem, undefined, { rounds: 200, staleRounds: 50, size: 8, nodesPerRound: 2000, seed: 1, until: Infinity }))
 * @category search
 */
export function* neighbourhoodSearch(
  problem: SearchProblem,
  start: Int32Array | undefined,
  options: NeighbourhoodOptions,
): Generator<void, Int32Array[]> {
  const { c } = problem
  const { partyCount: P, issueCount: N, offsets, statusQuo, stakeholder } = c
  if (N === 0 || P === 0) return []
  const tolerances = [...problem.objectiveTolerances, 0.5]
  const random = new RandomStream(rngFromSeed(options.seed))
  // Issues each party has a say on or values, and the parties of each issue.
  const issuesOf: number[][] = Array.from({ length: P }, () => [])
  const partiesOf: number[][] = Array.from({ length: N }, () => [])
  const changeable = new Uint8Array(N)
  const valued = valuedIssues(c)
  for (let i = 0; i < N; i++) {
    for (let o = 0; o < c.optionCount[i]!; o++)
      if (o !== statusQuo[i] && problem.choosable[offsets[i]! + o]) changeable[i] = 1
    if (!changeable[i]) continue
    for (let p = 0; p < P; p++) {
      // Module members are linked to the module through any coalition they may join; a party
      // that only values the issue is linked too: it may take part through another issue,
      // and then this one's value counts in its gain (a window must reach both).
      if (!stakeholder[i * P + p] && !valued[i * P + p] && !mayTakePart(c, i, p)) continue
      issuesOf[p]!.push(i)
      partiesOf[i]!.push(p)
    }
  }
  const seeds = Array.from({ length: N }, (_, i) => i).filter((i) => changeable[i] === 1)
  if (seeds.length === 0) return []
  const mustChange = Array.from({ length: N }, (_, i) => i).filter((i) => problem.mustChange[i] === 1)

  const x = start === undefined ? Int32Array.from(statusQuo) : Int32Array.from(start)
  let key: readonly number[] | undefined
  const found: Int32Array[] = []
  const free = new Uint8Array(N)
  const choosable = new Uint8Array(problem.choosable.length)

  // Without interaction terms a round searches only its free issues (the fixed ones folded
  // into one anchor issue per domain): rounds cost O(parties × freed options) instead of
  // O(parties × all options). Under 'fewest' too: within a round every leaf counts the same
  // fixed changes, as anchors or one by one, so both counts order the round's leaves alike
  // (with the full problem, 'fewest' managed a handful of rounds in 500 ms on 200 × 500).
  // Not with targets either: planTargets reads the scenario's issues by the compiled index, and a
  // reduced problem renumbers its issues (and folds fixed ones into anchors) under the same
  // scenario, so its target rows would read other issues' quantities.
  const reducible = c.pairs.length === 0 && (c.scenario.targets ?? []).length === 0
  const touchers = reducible ? touchersOf(c) : undefined
  let lastGain = 0
  let used = 0
  const maxNodes = options.maxNodes ?? Infinity
  const gainOn = (p: number, i: number, o: number) =>
    c.gain[p * c.totalOptions + offsets[i]! + o]! - c.gain[p * c.totalOptions + offsets[i]! + statusQuo[i]!]!
  const pick = options.picker?.({
    issuesOf,
    partiesOf,
    mustChange,
    optionCount: c.optionCount,
    choosable: (i, o) => problem.choosable[offsets[i]! + o] === 1,
    gainOn,
    floorOn: (p, i) => Number.isFinite(c.minDomainGain[p * c.domainIds.length + c.domainOf[i]!]!),
    domainOf: c.domainOf,
    random,
  })
  for (
    let round = 0;
    round < options.rounds &&
    round - lastGain <= options.staleRounds &&
    globalThis.performance.now() < options.until &&
    options.stopped?.() !== true &&
    used < maxNodes;
    round++
  ) {
    if (pick === undefined)
      neighbourhood(random, seeds, issuesOf, partiesOf, mustChange, x, statusQuo, options.size, free)
    else {
      free.fill(0)
      // lastGain starts at 0 before any gain: the last round improved only if something was found.
      if (!pick(found.length > 0 && lastGain === round - 1, x, free)) break
    }
    choosable.set(problem.choosable)
    for (let i = 0; i < N; i++) {
      if (free[i]) continue
      for (let o = 0; o < c.optionCount[i]!; o++) choosable[offsets[i]! + o] = o === x[i] ? 1 : 0
    }
    const reduced = reducible ? reducedProblem(problem, x, free, touchers!) : undefined
    const sub: SearchProblem = reduced?.problem ?? { ...problem, choosable }
    let best: Int32Array | undefined
    // A reduced problem counts changes differently (one anchor per domain): its own key for x.
    let bestKey = reduced === undefined ? key : undefined
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
    if (reduced !== undefined) {
      engine.tryChoices(reduced.choicesOf(x))
      best = undefined
    } else if (bestKey === undefined && start !== undefined) {
      // A given start may be a valid deal: only what beats it counts as found.
      engine.tryChoices(x)
      best = undefined
    }
    engine.run(options.until, Math.min(options.nodesPerRound, maxNodes - used))
    used += engine.nodes()
    options.countNodes?.(engine.nodes())
    if (reduced !== undefined && best !== undefined) {
      best = reduced.expand(best, x)
      key = undefined
    } else if (best !== undefined && (key === undefined || mayBeat(bestKey!, key, tolerances))) key = bestKey
    else best = undefined
    if (best !== undefined) {
      x.set(best)
      found.push(Int32Array.from(best))
      options.onFound?.(Int32Array.from(best))
      lastGain = round
    }
    yield
  }
  return found
}

/**
 * `valued[i * partyCount + p]`: party p's gain depends on the choice on issue i (its options
 * differ in value to p, or one of its interaction terms involves i).
 */
const valuedIssues = (c: CompiledScenario): Uint8Array => {
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain } = c
  const valued = new Uint8Array(N * P)
  for (let i = 0; i < N; i++)
    for (let p = 0; p < P; p++) {
      const base = p * T + offsets[i]!
      for (let o = 1; o < c.optionCount[i]!; o++) if (gain[base + o] !== gain[base]) valued[i * P + p] = 1
    }
  for (const term of c.pairs) {
    valued[term.issueA * P + term.party] = 1
    valued[term.issueB * P + term.party] = 1
  }
  return valued
}

/**
 * The issues freed in one round (marked in `free`): a seeded issue, then the issues of its
 * stakeholders and of the parties that share those, breadth first in a seeded order, up to
 * `size` (then any others, when that part of the region is smaller), plus the issues that
 * must change. Changed issues of the parties reached come first, so a round can also
 * undo or rearrange what earlier rounds built.
 */
const neighbourhood = (
  random: RandomStream,
  seeds: readonly number[],
  issuesOf: readonly (readonly number[])[],
  partiesOf: readonly (readonly number[])[],
  mustChange: readonly number[],
  x: Int32Array,
  statusQuo: Int32Array,
  size: number,
  free: Uint8Array,
): number[] => {
  free.fill(0)
  const chosen: number[] = []
  const take = (i: number) => {
    if (free[i] || chosen.length >= size) return
    free[i] = 1
    chosen.push(i)
  }
  for (const i of mustChange) take(i)
  const first = seeds[random.int(seeds.length)]!
  take(first)
  const queue = random.shuffled(partiesOf[first]!)
  const seen = new Set(queue)
  for (let q = 0; q < queue.length && chosen.length < size; q++) {
    const own = random.shuffled(issuesOf[queue[q]!]!)
    // Changed issues first, then a few more, so one busy party (a province) does not fill it.
    for (const i of own) if (x[i] !== statusQuo[i]) take(i)
    const quota = Math.max(1, Math.floor(size / 4))
    let added = 0
    for (const i of own) {
      if (added >= quota) break
      if (!free[i]) added++
      take(i)
    }
    for (const i of own) {
      if (!free[i]) continue
      for (const p of random.shuffled(partiesOf[i]!)) {
        if (!seen.has(p)) {
          seen.add(p)
          queue.push(p)
        }
      }
    }
  }
  // A small connected part leaves room: fill it with other issues, so the round still works.
  if (chosen.length < size) for (const i of random.shuffled(seeds)) take(i)
  return chosen
}
