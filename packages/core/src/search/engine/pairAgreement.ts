/**
 * Agreement on pairs of issues between the parties' copies in the per-party decomposition
 * (partyDecomposition.ts). The copies are tied to the real choice issue by issue, so two
 * parties that share two issues may mix their copies so that each issue's marginal agrees
 * and the pair's does not. Multipliers Λ on the pair's joint choice, one table per party
 * that has both issues, summing to zero over those parties at every joint option, charge
 * that: the true deal, copied to every party, picks one joint option everywhere and pays
 * Σ_p Λ_p(it) = 0, so the bound stays valid for every Λ with zero sums. A pair is used only
 * while both its issues are open, for all its parties at once (dropping a zero-sum term is
 * valid too), and only parties with an exact copy at the root take part (they keep one at
 * every node, as their open scope only shrinks). Subgradient steps keep the sums at zero:
 * each party's table moves by its own pick minus the parties' average pick.
 */

/** The pair terms and their multipliers. @category search */
export interface PairAgreement {
  /** Pairs of issues shared by two or more parties. */
  readonly pairs: number
  /** Party p's pair terms for a copy (scope index j ↦ digits[j − lo]) over issues at depth ≥ from. */
  readonly term: (p: number, lo: number, digits: Int32Array, from: number) => number
  /** Squared length of the subgradient over the pairs open at `from`, after every party's best copy. */
  readonly norm: (from: number) => number
  /** Moves the multipliers of the pairs open at `from` by the step `length`. */
  readonly move: (length: number, from: number) => void
}

interface Member {
  readonly party: number
  readonly e1: number
  readonly e2: number
  readonly base: number
}

/**
 * Builds the pairs from the copies' scopes (`scope[p]`: depths, `entryAt[p]`: first entries),
 * the children count per depth, the copies' picks (`copy`, at each depth's first entry) and
 * the parties with an exact copy at the root.
 * @example
 * pairAgreement([[0, 1], [0, 1]], [[0, 2], [4, 6]], [2, 2], new Int32Array(8), Uint8Array.of(1, 1)).pairs // => 1
 * @category search
 */
export const pairAgreement = (
  scope: readonly (readonly number[])[],
  entryAt: readonly (readonly number[])[],
  childCount: readonly number[],
  copy: Int32Array,
  exact: Uint8Array,
): PairAgreement => {
  const P = scope.length
  const groups = new Map<string, { d1: number; d2: number; js: [number, number, number][] }>()
  for (let p = 0; p < P; p++) {
    if (!exact[p]) continue
    const depths = scope[p]!
    for (let a = 0; a < depths.length; a++)
      for (let b = a + 1; b < depths.length; b++) {
        const key = `${depths[a]},${depths[b]}`
        const g = groups.get(key) ?? { d1: depths[a]!, d2: depths[b]!, js: [] }
        g.js.push([p, a, b])
        groups.set(key, g)
      }
  }
  const list: { d1: number; cells: number; len2: number; members: Member[] }[] = []
  const byParty: { j1: number; j2: number; d1: number; base: number; len2: number }[][] = Array.from(
    { length: P },
    () => [],
  )
  let size = 0
  for (const g of groups.values()) {
    if (g.js.length < 2) continue
    const len2 = childCount[g.d2]!
    const cells = childCount[g.d1]! * len2
    const members = g.js.map(([p, a, b]) => {
      const base = size
      size += cells
      byParty[p]!.push({ j1: a, j2: b, d1: g.d1, base, len2 })
      return { party: p, e1: entryAt[p]![a]!, e2: entryAt[p]![b]!, base }
    })
    list.push({ d1: g.d1, cells, len2, members })
  }
  const lambda = new Float64Array(size)
  const count = new Float64Array(Math.max(1, ...list.map((g) => g.cells)))

  const term = (p: number, lo: number, digits: Int32Array, from: number): number => {
    let v = 0
    for (const t of byParty[p]!)
      if (t.d1 >= from) v += lambda[t.base + digits[t.j1 - lo]! * t.len2 + digits[t.j2 - lo]!]!
    return v
  }
  const pickOf = (g: (typeof list)[number], m: Member) => copy[m.e1]! * g.len2 + copy[m.e2]!
  const norm = (from: number): number => {
    let total = 0
    for (const g of list) {
      if (g.d1 < from) continue
      for (const m of g.members) count[pickOf(g, m)] = count[pickOf(g, m)]! + 1
      const n = g.members.length
      // Σ_m Σ_c (1[pick_m = c] − count_c / n)² = n − Σ_c count_c² / n.
      let square = 0
      for (const m of g.members) {
        const c = pickOf(g, m)
        if (count[c]! > 0) square += count[c]! * count[c]!
        count[c] = 0
      }
      total += n - square / n
    }
    return total
  }
  const cellsPicked: number[] = []
  const move = (length: number, from: number): void => {
    for (const g of list) {
      if (g.d1 < from) continue
      const n = g.members.length
      cellsPicked.length = 0
      for (const m of g.members) {
        const c = pickOf(g, m)
        if (count[c] === 0) cellsPicked.push(c)
        count[c] = count[c]! + 1
      }
      // Each party's table: its own pick down, every picked cell up by its share (zero sums kept).
      for (const m of g.members) {
        lambda[m.base + pickOf(g, m)] = lambda[m.base + pickOf(g, m)]! - length
        for (const c of cellsPicked) lambda[m.base + c] = lambda[m.base + c]! + (length * count[c]!) / n
      }
      for (const c of cellsPicked) count[c] = 0
    }
  }
  return { pairs: list.length, term, norm, move }
}
