/**
 * Repair windows for the neighbourhood search: one change, plus the issues that could pay
 * back the parties it costs, chained. The windows of windowNeighbourhoods.ts grow over
 * neighbouring parties; on region-shaped scenarios some better deals are knots that no
 * neighbourhood holds: on r10 the MILP's deal (44.84 against the windows' 43.42) changes
 * homes of four municipalities, two services and three roads, nine issues tied together
 * only by what each change costs a housing corporation or the province, and freeing exactly
 * those nine lets the engine find it in one round, while windows of 24 to 31 issues that
 * hold them do not finish within 300,000 nodes.
 *
 * A repair window starts from one move (issue i to option o), then, breadth first, for each
 * party that move costs, adds the few issues on which that party could gain back most at
 * the current point (`PAYBACK_PER_PARTY`; within the move's policy domain when the party's
 * mandate sets a floor there, since only those can lift that floor), and for those issues
 * the parties they would cost in turn, up to `size` issues: an ejection chain whose every
 * link the engine then searches exactly within the window. Each (issue, option) move is
 * tried once per cycle, in a seeded order; a cycle without improvement ends the picker.
 *
 * Measured (findDeal `sum`, same process as the code before): on r11 the windows stop at
 * 74.27 and the repair windows after them reach 77.55 (the MILP's optimum is 78.61) with a
 * 30 s budget; with 10 s they start too late to add anything, and r10 stays at 43.42 (its
 * nine-issue knot is not among the chains of two paybacks per party).
 *
 * It only chooses issues to free: what a round accepts is decided by the engine and the
 * search's own objectives, so it cannot make a result invalid, only find more.
 */
import type { NeighbourhoodLinks, NeighbourhoodPicker } from './neighbourhoodSearch.js'

/** Issues added per party a link costs: the ones that could pay it back most. @category search */
export const PAYBACK_PER_PARTY = 2

/**
 * A picker of repair windows of up to `size` issues, for `neighbourhoodSearch`'s `picker`.
 * @example
 * neighbourhoodSearch(problem, start, { ...options, size: 16, picker: repairWindows(16) })
 * @category search
 */
export const repairWindows =
  (size: number) =>
  (links: NeighbourhoodLinks): NeighbourhoodPicker => {
    const { partiesOf, mustChange, optionCount, choosable, random } = links
    const moves: [number, number][] = []
    for (let i = 0; i < partiesOf.length; i++)
      if (partiesOf[i]!.length > 0) for (let o = 0; o < optionCount[i]!; o++) if (choosable(i, o)) moves.push([i, o])
    const order = random.shuffled(moves)
    let next = 0
    let tried = 0
    return (improved, x, free) => {
      if (improved) tried = 0
      for (;;) {
        if (tried >= order.length) return false
        const [i, o] = order[next]!
        next = (next + 1) % order.length
        tried++
        // The move is no move at this point: the next one.
        if (x[i] === o) continue
        let taken = 0
        const take = (j: number) => {
          if (free[j] || taken >= size) return false
          free[j] = 1
          taken++
          return true
        }
        for (const j of mustChange) take(j)
        take(i)
        const queue: [number, number][] = [[i, o]]
        const pressed = new Set<number>()
        while (queue.length > 0 && taken < size) {
          const [j, to] = queue.shift()!
          for (const p of partiesOf[j]!) {
            if (pressed.has(p) || links.gainOn(p, j, to) >= links.gainOn(p, j, x[j]!)) continue
            pressed.add(p)
            for (const [k, back] of paybacks(links, p, x, free, links.floorOn(p, j) ? links.domainOf[j]! : -1))
              if (take(k)) queue.push([k, back])
          }
        }
        return true
      }
    }
  }

/**
 * The issues of party p outside the window on which it could gain most over the point, with
 * the option that gives it that (the first `PAYBACK_PER_PARTY`, the largest gain first, ties
 * by index).
 */
const paybacks = (
  links: NeighbourhoodLinks,
  p: number,
  x: Int32Array,
  free: Uint8Array,
  domain: number,
): [number, number][] => {
  const best: [number, number, number][] = []
  for (const k of links.issuesOf[p]!) {
    if (free[k] || (domain >= 0 && links.domainOf[k] !== domain)) continue
    const now = links.gainOn(p, k, x[k]!)
    let top = 0
    let option = -1
    for (let o = 0; o < links.optionCount[k]!; o++) {
      const more = links.gainOn(p, k, o) - now
      if (more > top && links.choosable(k, o)) {
        top = more
        option = o
      }
    }
    if (option >= 0) best.push([k, option, top])
  }
  best.sort((a, b) => b[2] - a[2] || a[0] - b[0])
  return best.slice(0, PAYBACK_PER_PARTY).map(([k, option]) => [k, option])
}
