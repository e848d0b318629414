/**
 * Window neighbourhoods for the neighbourhood search: every issue of a few neighbouring
 * parties at once. On region-shaped scenarios the deals the spread-out rounds of
 * neighbourhoodSearch.ts miss are local knots: on r07 the optimum adds 11.61 − 11.43 by
 * changing together the homes of three municipalities, two roads and three pools among
 * m18-m24, eight issues out of the forty those seven municipalities have a say on, none of
 * which improves alone. A spread round of eight issues almost never frees exactly those
 * eight; the window of m19-m23 (all their 16 issues) holds them, and the engine searches it
 * exhaustively in about 0.2 s.
 *
 * A window grows from one party over the parties that share its issues, taking all the
 * issues of each party it reaches, up to `size`, in one of two orders (each party's window
 * is tried in both, and each finds knots the other misses: measured on r07, r08 and r10):
 * - breadth first, not walking through hubs (parties with more than `HUB_FACTOR` times the
 *   median party's issues: a province, which values every regional total), or every window
 *   would be the province's issues; their issues still join through the local parties;
 * - compact: the reached party with the fewest issues next, so a window stays among small
 *   neighbouring municipalities before it takes in a housing corporation's issues, and
 *   reaches hubs last.
 *
 * The windows take the parties in a seeded order, one per round, and end after a full cycle
 * without improvement: the point is then window-optimal, and the search ends
 * deterministically, not on a count of stale rounds. A compact window as large as the
 * scenario holds every issue connected to its party, so with no node limit a window-optimal
 * point is optimal within each part of the scenario that shares no party with the rest
 * (the property test checks this against the oracle). Connected means through a say or a
 * value (see `NeighbourhoodLinks`): a party that values an issue it has no say on gains from
 * it only when it takes part through one of its own, so the window must hold both.
 */
import { neighbourhoodSearch, type NeighbourhoodLinks, type NeighbourhoodPicker } from './neighbourhoodSearch.js'
import { repairWindows } from './repairWindows.js'
import type { SearchProblem } from './SearchProblem.js'

/** A party with more issues than this many times the median party's is a hub. @category search */
export const HUB_FACTOR = 2

/**
 * A picker of windows of up to `size` issues, for `neighbourhoodSearch`'s `picker` option.
 * @example
 * neighbourhoodSearch(problem, start, { ...options, size: 16, picker: windowNeighbourhoods(16) })
 * @category search
 */
export const windowNeighbourhoods =
  (size: number) =>
  ({ issuesOf, partiesOf, mustChange, random }: NeighbourhoodLinks): NeighbourhoodPicker => {
    const counts = issuesOf
      .map((l) => l.length)
      .filter((n) => n > 0)
      .sort((a, b) => a - b)
    const median = counts[Math.floor(counts.length / 2)] ?? 0
    const hub = issuesOf.map((l) => l.length > HUB_FACTOR * median)
    const locals = random.shuffled(issuesOf.flatMap((l, p) => (l.length > 0 ? [p] : [])))
    let next = 0
    let tried = 0
    return (improved, _x, free) => {
      if (improved) tried = 0
      if (tried >= 2 * locals.length) return false
      // Each party's window twice: breadth first, then compact.
      const first = locals[next >> 1]!
      const compact = (next & 1) === 1
      next = (next + 1) % (2 * locals.length)
      tried++
      let taken = 0
      const take = (i: number) => {
        if (free[i] || taken >= size) return
        free[i] = 1
        taken++
      }
      for (const i of mustChange) take(i)
      // The reached party with the fewest issues goes next (the first reached among equals).
      const queue = [first]
      const seen = new Set(queue)
      while (queue.length > 0 && taken < size) {
        let k = 0
        if (compact)
          for (let j = 1; j < queue.length; j++) if (issuesOf[queue[j]!]!.length < issuesOf[queue[k]!]!.length) k = j
        const own = random.shuffled(issuesOf[queue.splice(k, 1)[0]!]!)
        for (const i of own) take(i)
        for (const i of own)
          for (const p of partiesOf[i]!)
            if ((compact || !hub[p]) && !seen.has(p)) {
              seen.add(p)
              queue.push(p)
            }
      }
      return true
    }
  }

/**
 * Window rounds for `sum` (issues per window, engine nodes per window): measured on r07, r08
 * and r10 against 12 and 20 issues, and 20,000 nodes (see docs/performance.md).
 * @category search
 */
export const WINDOWS = { size: 16, nodesPerRound: 50_000 } as const

/**
 * The window rounds after the spread ones, under `sum` without payments only (measured
 * there; the points carry no payments): improves `start` (the spread rounds' best) until it is
 * window-optimal and repair-window-optimal (repairWindows.ts, sharing the rounds with the windows by `byRecord`) or
 * the time `until` has come or the rounds have used `nodes.maxNodes`, handing each improving
 * point to `onFound`; `seed` seeds the windows' order (bench/regional/windowMix.ts varies it).
 * Undefined when there is nothing to do. Driven by `runEngineWithWindows`.
 * @example
 * // from road via-b with housing west, the best deal there is: nothing better to hand on
 * runToEnd(windowRounds(problem, Int32Array.of(1, 1), Infinity, () => {})!) // => []
 * @category search
 */
export const windowRounds = (
  problem: SearchProblem,
  start: Int32Array | undefined,
  until: number,
  onFound: (x: Int32Array) => void,
  nodes: { readonly maxNodes?: number; readonly countNodes?: (nodes: number) => void } = {},
  seed = 2,
): Generator<void, Int32Array[]> | undefined =>
  start === undefined || problem.objectives[0] !== 'sum' || problem.payments
    ? undefined
    : neighbourhoodSearch(problem, start, {
        rounds: Infinity,
        staleRounds: Infinity,
        size: WINDOWS.size,
        nodesPerRound: WINDOWS.nodesPerRound,
        seed,
        until,
        onFound,
        ...nodes,
        picker: byRecord(windowNeighbourhoods(WINDOWS.size), repairWindows(WINDOWS.size)),
      })

/** The most rounds in a row a picker waits while the other has the better record. @category search */
export const LONGEST_WAIT = 3

/**
 * How much of a picker's record carries over to its next round: its record is a decaying
 * average of whether its rounds improved the point (starting at one half), so it follows what
 * a picker does now, not what it did at the start. Measured at 5 million window nodes, seeds
 * 2-4 (windowRounds alone from the spread rounds' point, bench/regional/windowMix.ts): r11 74.27 (in turns) to
 * 77.32-78.61 with 0.9, 74.53-77.79 with plain counts; r12 103.25 to 102.72-103.10.
 * @category search
 */
export const RECORD_DECAY = 0.9

/**
 * Two pickers sharing the rounds by their record: each round goes to the picker whose recent
 * rounds improved the point more often (`RECORD_DECAY`; the first on a tie), except that one
 * that has waited `LONGEST_WAIT` rounds gets the next, so each has at least a quarter; a
 * picker that ended (a full cycle without improvement) waits until the point moves, and each
 * is told whether the point moved since its own last round. Ends when both have ended, so the
 * last point is optimal for both pickers' cycles.
 *
 * Why not in turns: on r11 the windows stop improving at 0.8 s, but their stale cycle (two
 * windows per party, 200 rounds of 35 ms) ends only at 8.2 s, and only then did the repair
 * windows (which took r11 from 74.27 to 77.55) start. Why not strictly alternating: on r12
 * the windows keep improving, and giving half their rounds away cost 0.8-1.7 there.
 * Deterministic: it counts rounds, not time.
 * @example
 * neighbourhoodSearch(problem, start, { ...options, picker: byRecord(windowNeighbourhoods(16), repairWindows(16)) })
 * @category search
 */
export const byRecord =
  (
    first: (links: NeighbourhoodLinks) => NeighbourhoodPicker,
    second: (links: NeighbourhoodLinks) => NeighbourhoodPicker,
  ) =>
  (links: NeighbourhoodLinks): NeighbourhoodPicker => {
    const pickers = [first(links), second(links)] as const
    // Per picker: the point moved since its last round; it ended and nothing moved since;
    // its record; the rounds since its last. `last`: whose round the last one was.
    const moved = [false, false]
    const ended = [false, false]
    const record = [0.5, 0.5]
    const waited = [0, 0]
    let last = -1
    return (improved, x, free) => {
      if (improved) {
        moved.fill(true)
        ended.fill(false)
      }
      if (last >= 0) record[last] = RECORD_DECAY * record[last]! + (1 - RECORD_DECAY) * (improved ? 1 : 0)
      last = -1
      let turn = waited[1]! >= LONGEST_WAIT ? 1 : waited[0]! >= LONGEST_WAIT ? 0 : record[1]! > record[0]! ? 1 : 0
      for (let tries = 0; tries < 2; tries++, turn = 1 - turn) {
        if (ended[turn]) continue
        const more = pickers[turn]!(moved[turn]!, x, free)
        moved[turn] = false
        if (more) {
          waited[turn] = 0
          waited[1 - turn]!++
          last = turn
          return true
        }
        ended[turn] = true
        free.fill(0)
      }
      return false
    }
  }
