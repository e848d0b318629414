/**
 * Domain propagation for max-min at a level v: which options can still appear in a deal
 * below the node in which every participant gains at least v (and the deal is valid for
 * everyone). Each party is one constraint over its own open issues (those it values or
 * joins through): as a participant (sure to be one, or some chosen option of its issues
 * makes it one) it gains at least max(need − own/2, v), outside it loses at most
 * lossBound + 1.5 × own, the leaf check's floors. An option is kept for a party when some
 * choice of the party's other open issues, within their current domains, completes it into
 * a valid choice for the party (its support); an option some party cannot support is
 * removed, which can take support from other parties' options in turn, until nothing
 * changes (generalised arc consistency). An empty domain proves that no deal below reaches v.
 *
 * Why it is sound: every deal with value ≥ v, read on one party's issues, is a valid choice
 * for that party, so each of its options has support in every party and is never removed.
 * A party's gain here is the node's `decided` gain (interaction terms optimistic while
 * open) plus its open issues' option gains: never below its gain in the deal, so support is
 * only ever found too easily. A party's gain is a sum over its open issues unless an
 * interaction term has both sides open, so its support then follows exactly from sums, in
 * time linear in its options (the best of its other issues). Only parties with such terms
 * are enumerated, combination by combination; beyond `TABLE_LIMIT` combinations they are
 * judged by sums too, their terms at their most, which again only keeps too much.
 * Floors are lowered by 1e-9 times the party's gain magnitude against rounding.
 */
import { levelTables } from './levelTables.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Most option combinations of a party with interaction terms that are enumerated exactly. @category search */
export const TABLE_LIMIT = 4096
/** Relative safety margin on the floors (see the file comment). */
const MARGIN = 1e-9

/** The propagation for one problem and plan. @category search */
export interface LevelPropagation {
  /** False when some issue has too many options for the masks: do not use. */
  readonly usable: boolean
  /** Per depth: the parties with that depth in their scope. */
  readonly atDepth: readonly Int32Array[]
  /** Per depth: the mask of its children that change the issue (not the status quo). */
  readonly changing: Uint32Array
  /** Per depth: the mask of all its children. */
  readonly full: Uint32Array
  /**
   * Removes unsupported options from `dom` (a child mask per depth, read from `depth` on),
   * starting from the parties in `queue` (ids, `queued` marking them; both are consumed).
   * False when a domain empties or a party with no open issue is invalid: no deal below
   * reaches v. `work` counts the option visits.
   */
  readonly propagate: (
    dom: Uint32Array,
    depth: number,
    decided: Float64Array,
    sure: (p: number) => boolean,
    v: number,
    queue: number[],
    queued: Uint8Array,
  ) => boolean
  /** Option visits so far (a deterministic measure of work). */
  readonly work: () => number
}

/**
 * Builds the party constraints of a problem on a plan's order (`tableLimit`: see
 * `TABLE_LIMIT`; `sums` false enumerates every party within the limit, the tests' reference
 * for the exact sums).
 * @example
 * const mm = problemOf(scenario, { objective: 'maxmin' })
 * levelPropagation(mm, planSearch(mm, 0)).usable // => true
 * @category search
 */
export const levelPropagation = (
  problem: SearchProblem,
  plan: SearchPlan,
  tableLimit = TABLE_LIMIT,
  sums = true,
): LevelPropagation => {
  const { c } = problem
  const tables = levelTables(problem, plan)
  const { usable, W, scopeOf, gainOf, joinOf, pairsOf, absSum, atDepthList, changing, full } = tables
  const own = problem.ownTolerance
  const lo1 = Float64Array.from(problem.need, (need, p) => need - own[p]! / 2)
  const lo0 = Float64Array.from(own, (t, p) => -c.lossBound[p]! - 1.5 * t)
  // Scratch, sized for the largest scope.
  const most = Math.max(1, ...scopeOf.map((s) => s.length))
  const support = new Uint32Array(most)
  const digits = new Int32Array(most)
  const opts = new Int32Array(most * W)
  const optCount = new Int32Array(most)
  let work = 0
  const pairAt = new Int32Array(Math.max(1, ...pairsOf.map((q) => q.value.length)))
  const tops = new Float64Array(most)
  const topsOut = new Float64Array(most)

  /** Party p's supported options per open scope position (into `support`); false: none valid. */
  const supportOf = (
    p: number,
    from: number,
    n: number,
    dom: Uint32Array,
    base: number,
    isSure: boolean,
    hi: number,
    lo: number,
  ): boolean => {
    const depths = scopeOf[p]!
    const g = gainOf[p]!
    const jm = joinOf[p]!
    let combinations = 1
    for (let k = 0; k < n; k++) {
      const m = dom[depths[from + k]!]!
      optCount[k] = 0
      for (let b = 0; b < W; b++) if (m & (1 << b)) opts[k * W + optCount[k]!++] = b
      if (optCount[k] === 0) return false
      combinations *= optCount[k]!
      support[k] = 0
    }
    // Interaction terms with both sides open: only an enumeration counts them exactly.
    const q = pairsOf[p]!
    let exactPairs = 0
    for (let t = 0; t < q.value.length; t++) if (q.posA[t]! >= from && q.posB[t]! >= from) pairAt[exactPairs++] = t
    if ((exactPairs > 0 || !sums) && combinations <= tableLimit) {
      // Every combination of the open options: those valid for p support their options.
      for (let e = 0; e < exactPairs; e++) base -= q.bonus[pairAt[e]!]!
      let missing = 0
      for (let k = 0; k < n; k++) missing += optCount[k]!
      digits.fill(0, 0, n)
      for (;;) {
        let s = base
        let joined = isSure
        for (let k = 0; k < n; k++) {
          const b = opts[k * W + digits[k]!]!
          s += g[(from + k) * W + b]!
          if (jm[from + k]! & (1 << b)) joined = true
        }
        for (let e = 0; e < exactPairs; e++) {
          const t = pairAt[e]!
          const a = q.posA[t]! - from
          const b = q.posB[t]! - from
          if (opts[a * W + digits[a]!] === q.kA[t] && opts[b * W + digits[b]!] === q.kB[t]) s += q.value[t]!
        }
        work += n + exactPairs
        if (joined ? s >= hi : s >= lo)
          for (let k = 0; k < n; k++) {
            const bit = 1 << opts[k * W + digits[k]!]!
            if (!(support[k]! & bit)) {
              support[k] = support[k]! | bit
              missing--
            }
          }
        if (missing === 0) return true
        let k = 0
        while (k < n && ++digits[k]! === optCount[k]!) digits[k++] = 0
        if (k === n) break
      }
      for (let k = 0; k < n; k++) if (support[k] === 0) return false
      return true
    }
    return sumSupport(g, jm, from, n, base, isSure, hi, lo)
  }

  /**
   * Support by sums, for a party whose gain is a sum over its open positions (no interaction
   * term with both sides open; otherwise they count at their most, already in `base`). Exact
   * then, as the enumeration, in time linear in the options: an option supports p as a
   * participant when it plus the best of the other positions reaches `hi`, and, unless the
   * option or p's sure participation makes p join, the others pay for their cheapest joining
   * option (best minus best joining, at the position where that costs least; it only decides
   * when `hi` is below `lo`, else a best without joining is an outsider's support anyway); as
   * an outsider when it does not join and it plus the others' best non-joining options reach `lo`.
   */
  const sumSupport = (
    g: Float64Array,
    jm: Int32Array,
    from: number,
    n: number,
    base: number,
    isSure: boolean,
    hi: number,
    lo: number,
  ): boolean => {
    let sum = base
    let sumOut = base
    let noOut = 0
    let cost1 = Infinity
    let cost2 = Infinity
    let cheapest = -1
    for (let k = 0; k < n; k++) {
      let top = -Infinity
      let topJoin = -Infinity
      let topOut = -Infinity
      for (let j = 0; j < optCount[k]!; j++) {
        const b = opts[k * W + j]!
        const x = g[(from + k) * W + b]!
        top = Math.max(top, x)
        if (jm[from + k]! & (1 << b)) topJoin = Math.max(topJoin, x)
        else topOut = Math.max(topOut, x)
      }
      work += optCount[k]!
      tops[k] = top
      topsOut[k] = topOut
      sum += top
      if (topOut === -Infinity) noOut++
      else sumOut += topOut
      const cost = top - topJoin
      if (cost < cost1) {
        cost2 = cost1
        cost1 = cost
        cheapest = k
      } else if (cost < cost2) cost2 = cost
    }
    for (let k = 0; k < n; k++) {
      const restIn = sum - tops[k]!
      const joinCost = isSure ? 0 : k === cheapest ? cost2 : cost1
      const outHere = topsOut[k] !== -Infinity
      const restOut = noOut - (outHere ? 0 : 1) > 0 ? -Infinity : sumOut - (outHere ? topsOut[k]! : 0)
      for (let j = 0; j < optCount[k]!; j++) {
        const b = opts[k * W + j]!
        const x = g[(from + k) * W + b]!
        const joinsHere = (jm[from + k]! & (1 << b)) !== 0
        const asIn = (isSure || joinsHere ? restIn : restIn - joinCost) + x >= hi
        const asOut = !isSure && !joinsHere && restOut + x >= lo
        if (asIn || asOut) support[k] = support[k]! | (1 << b)
      }
      work += optCount[k]!
      if (support[k] === 0) return false
    }
    return true
  }

  const propagate = (
    dom: Uint32Array,
    depth: number,
    decided: Float64Array,
    sure: (p: number) => boolean,
    v: number,
    queue: number[],
    queued: Uint8Array,
  ): boolean => {
    let ok = true
    while (queue.length > 0 && ok) {
      const p = queue.pop()!
      queued[p] = 0
      const depths = scopeOf[p]!
      let from = 0
      while (from < depths.length && depths[from]! < depth) from++
      const n = depths.length - from
      const margin = MARGIN * (1 + Math.abs(decided[p]!) + absSum[p]!)
      const hi = Math.max(lo1[p]!, v) - margin
      const lo = lo0[p]! - margin
      const isSure = sure(p)
      if (n === 0) {
        ok = isSure ? decided[p]! >= hi : decided[p]! >= lo
        continue
      }
      if (!supportOf(p, from, n, dom, decided[p]!, isSure, hi, lo)) {
        ok = false
        continue
      }
      for (let k = 0; k < n; k++) {
        const d = depths[from + k]!
        const next = dom[d]! & support[k]!
        if (next === dom[d]) continue
        dom[d] = next
        for (const q of atDepthList[d]!)
          if (q !== p && !queued[q]) {
            queued[q] = 1
            queue.push(q)
          }
      }
    }
    for (const q of queue) queued[q] = 0
    queue.length = 0
    return ok
  }

  return {
    usable,
    atDepth: atDepthList.map((l) => Int32Array.from(l)),
    changing,
    full,
    propagate,
    work: () => work,
  }
}
