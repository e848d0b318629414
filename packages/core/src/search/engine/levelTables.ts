/**
 * The party constraints of the max-min level propagation (levelPropagation.ts), laid out on a
 * plan's order: each party's scope (the open issues it values, joins through or has an
 * interaction term on, by depth), per scope position the gain of each child option and the
 * mask of the children that make it a participant, and its interaction terms between two
 * scope positions. Built once per search.
 */
import { joinersByDepth } from './joiners.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Most options per issue the domains (bit masks) hold; beyond, the propagation is off. @category search */
export const MAX_CHILDREN = 31

/** A party's interaction terms between two of its scope positions. @category search */
export interface PartyPairs {
  /** Scope position and child index (−1: the plan never tries it) of each side. */
  readonly posA: readonly number[]
  readonly kA: readonly number[]
  readonly posB: readonly number[]
  readonly kB: readonly number[]
  readonly value: readonly number[]
  /** What the node's decided gain holds for the term while both sides are open (computePairs: max(0, value)). */
  readonly bonus: readonly number[]
}

/** The tables of every party. @category search */
export interface LevelTables {
  /** False when some issue has too many options for the masks. */
  readonly usable: boolean
  /** Slots per scope position (the most children any depth has). */
  readonly W: number
  readonly scopeOf: readonly Int32Array[]
  /** `gainOf[p][pos * W + k]`: party p's gain for child k at its scope position pos. */
  readonly gainOf: readonly Float64Array[]
  /** `joinOf[p][pos]`: the children at scope position pos that make p a participant. */
  readonly joinOf: readonly Int32Array[]
  readonly pairsOf: readonly PartyPairs[]
  /** Per party: the sum of the magnitudes of its gains and terms (for the rounding margin). */
  readonly absSum: Float64Array
  /** Per depth: the parties with that depth in scope. */
  readonly atDepthList: readonly number[][]
  /** Per depth: the mask of the children that change the issue, and of all children. */
  readonly changing: Uint32Array
  readonly full: Uint32Array
}

/**
 * Builds the tables for a problem and plan.
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * levelTables(mm, planSearch(mm, 0)).scopeOf[0].length // => 2: A values road and housing
 * @category search
 */
export const levelTables = (problem: SearchProblem, plan: SearchPlan): LevelTables => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, statusQuo } = c
  const { order, children } = plan
  const joiners = joinersByDepth(problem, plan)
  const usable = children.every((list) => list.length <= MAX_CHILDREN)
  const scope: number[][] = Array.from({ length: P }, () => [])
  // Per (party, scope position): gains per child at W-strided slots, and the mask of joining children.
  const W = Math.max(1, ...children.map((l) => l.length))
  const gains: number[][] = Array.from({ length: P }, () => [])
  const joins: number[][] = Array.from({ length: P }, () => [])
  const atDepthList: number[][] = Array.from({ length: N }, () => [])
  const changing = new Uint32Array(N)
  const full = new Uint32Array(N)
  // Issues in a party's interaction terms belong to its scope, so that its table can count them exactly.
  const paired = new Set<number>()
  for (const t of c.pairs) paired.add(t.party * N + t.issueA).add(t.party * N + t.issueB)
  for (let d = 0; d < N && usable; d++) {
    const i = order[d]!
    const list = children[d]!
    full[d] = list.length === 31 ? 0x7fffffff : (1 << list.length) - 1
    for (let k = 0; k < list.length; k++) if (list[k] !== statusQuo[i]) changing[d] = changing[d]! | (1 << k)
    const joinMask = new Map<number, number>()
    for (let k = 0; k < list.length; k++)
      for (const j of joiners.joins(d, list[k]!)) {
        const q = joiners.parties[d]![j]!
        joinMask.set(q, (joinMask.get(q) ?? 0) | (1 << k))
      }
    for (let p = 0; p < P; p++) {
      const valued = list.some((o) => gain[p * T + offsets[i]! + o] !== 0)
      if (!valued && !joinMask.has(p) && !paired.has(p * N + i)) continue
      scope[p]!.push(d)
      for (let k = 0; k < W; k++) gains[p]!.push(k < list.length ? gain[p * T + offsets[i]! + list[k]!]! : 0)
      joins[p]!.push(joinMask.get(p) ?? 0)
      atDepthList[d]!.push(p)
    }
  }
  const scopeOf = scope.map((s) => Int32Array.from(s))
  const gainOf = gains.map((g) => Float64Array.from(g))
  const joinOf = joins.map((j) => Int32Array.from(j))
  const absSum = Float64Array.from(gainOf, (g) => {
    let s = 0
    for (let k = 0; k < g.length; k++) s += Math.abs(g[k]!)
    return s
  })
  // Per party, its interaction terms between two scope positions: position and child of each
  // side (−1 when the plan never tries that option), the value, and what the node's decided
  // gain holds for it while both are open (the engine's optimistic max(0, value), see computePairs).
  const depthOf = new Int32Array(N)
  order.forEach((i, d) => (depthOf[i] = d))
  const pairsOf = Array.from({ length: P }, () => ({
    posA: [] as number[],
    kA: [] as number[],
    posB: [] as number[],
    kB: [] as number[],
    value: [] as number[],
    bonus: [] as number[],
  }))
  for (const t of c.pairs) {
    const q = pairsOf[t.party]!
    const dA = depthOf[t.issueA]!
    const dB = depthOf[t.issueB]!
    q.posA.push(scopeOf[t.party]!.indexOf(dA))
    q.kA.push(children[dA]!.indexOf(t.optionA))
    q.posB.push(scopeOf[t.party]!.indexOf(dB))
    q.kB.push(children[dB]!.indexOf(t.optionB))
    q.value.push(t.value)
    const open =
      problem.choosable[offsets[t.issueA]! + t.optionA] === 1 && problem.choosable[offsets[t.issueB]! + t.optionB] === 1
    q.bonus.push(open ? Math.max(0, t.value) : 0)
    absSum[t.party] = absSum[t.party]! + Math.abs(t.value)
  }
  return { usable, W, scopeOf, gainOf, joinOf, pairsOf, absSum, atDepthList, changing, full }
}
