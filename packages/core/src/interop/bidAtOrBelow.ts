/**
 * The best outcome a party values at most a given utility: how a reservation utility becomes a
 * GeniusWeb reservation bid. With `b` the highest-utility outcome at or below `target`, the
 * outcomes the party strictly prefers to `b` are exactly those above `target` (nothing lies in
 * between), so writing `b` as the reservation bid keeps the party's acceptable set. When
 * `target` is itself the utility of some outcome (a reservation that came from a bid), `b`
 * has exactly that utility.
 *
 * Utilities are summed issue by issue in issue order, as `utilityOf` does, so the comparison
 * with `target` is exact. Depth-first branch and bound with a node budget.
 */

/** The outcome found and whether it is proven best. @category interop */
export interface BidAtOrBelow {
  /** Option index per issue; undefined when every outcome is above the target. */
  readonly choices: Int32Array | undefined
  readonly utility: number
  readonly exact: boolean
}

/**
 * Finds the highest-utility outcome with utility ≤ `target` (other than `exclude`, if given).
 * `terms[i][o]` is the party's utility from option o of issue i (stake × value).
 *
 * @example
 * bidAtOrBelow([[0, 0.5], [0, 0.3]], 0.6) // => { choices: Int32Array [1, 0], utility: 0.5, exact: true }
 *
 * @category interop
 */
export const bidAtOrBelow = (
  terms: readonly (readonly number[])[],
  target: number,
  options: { readonly maxNodes?: number; readonly exclude?: ArrayLike<number> } = {},
): BidAtOrBelow => {
  const maxNodes = options.maxNodes ?? 5_000_000
  const { exclude } = options
  const M = terms.length
  const order = terms.map((row) => row.map((_, o) => o).sort((a, b) => row[b]! - row[a]! || a - b))
  const restMin = new Float64Array(M + 1)
  const restMax = new Float64Array(M + 1)
  for (let i = M - 1; i >= 0; i--) {
    restMin[i] = restMin[i + 1]! + Math.min(...terms[i]!)
    restMax[i] = restMax[i + 1]! + Math.max(...terms[i]!)
  }
  // Bounds are sums in another order than the exact running sum: prune only with a margin.
  const slack = 1e-9 * Math.max(1, Math.abs(target), restMax[0]!, -restMin[0]!)
  const choice = new Int32Array(M)
  let best: Int32Array | undefined
  let bestUtility = -Infinity
  let nodes = 0
  let done = false
  const visit = (i: number, sum: number): void => {
    if (done || ++nodes > maxNodes) return
    if (i === M) {
      if (exclude !== undefined && choice.every((o, j) => o === exclude[j])) return
      if (sum <= target && sum > bestUtility) {
        bestUtility = sum
        best = choice.slice()
        done = sum === target
      }
      return
    }
    if (sum + restMin[i]! > target + slack || sum + restMax[i]! < bestUtility - slack) return
    for (const o of order[i]!) {
      choice[i] = o
      visit(i + 1, sum + terms[i]![o]!)
      if (done) return
    }
  }
  visit(0, 0)
  return { choices: best, utility: bestUtility, exact: done || nodes <= maxNodes }
}
