/**
 * A status quo for formats that have none. GENIUS and GeniusWeb model "no agreement" as a
 * reservation value per party (or a reservation bid per party), not as an outcome; mandjes
 * needs a status quo outcome, and a party's floor is the better of its status-quo utility and
 * its reservation utility. A status quo no party likes more than its reservation leaves every
 * floor exactly at the reservation: the import is then faithful.
 *
 * The rule: the outcome that minimises the largest excess of any party's utility over its
 * target (its reservation utility, or its worst possible utility when it has none, because
 * "any agreement beats no agreement"), each excess scaled by the party's utility range. An
 * excess of at most 0 for everyone means the floors are exactly the reservations. Found by
 * depth-first branch and bound (exact within the node budget; the first best in option order
 * wins ties, so the choice is deterministic).
 */
import type { Scenario } from '../model/Scenario.js'

/** The chosen status quo. @category interop */
export interface ChosenStatusQuo {
  /** Option index per issue. */
  readonly choices: Int32Array
  /** Per party, its utility there minus its target (≤ 0: the party's floor is its reservation). */
  readonly excess: readonly number[]
  /** Whether the search finished (false: best found within the node budget). */
  readonly exact: boolean
}

/**
 * Chooses the status quo outcome for per-party targets (reservation utilities; undefined for
 * a party without one). Utility is the additive part of the scenario (no interactions).
 *
 * @example
 * // A's target 0.4; B has none, so its worst utility (-1) stands in. The status quo is no road
 * // and no housing move: the largest scaled excess there is B's, 1 / 6, the least of any outcome.
 * chooseStatusQuo(scenario, [0.4, undefined]).excess // => [-0.4, 1]
 * Array.from(chooseStatusQuo(scenario, [0.4, undefined]).choices) // => [0, 0]
 *
 * @category interop
 */
export const chooseStatusQuo = (
  scenario: Scenario,
  targets: readonly (number | undefined)[],
  maxNodes = 2_000_000,
): ChosenStatusQuo => {
  const P = scenario.parties.length
  const M = scenario.issues.length
  // Utilities from the valuations themselves (not relative to the current status quo), summed in
  // issue order as `utilityOf` does: the choice depends on nothing but the preferences.
  const terms = scenario.parties.map((party) =>
    scenario.issues.map((issue) => {
      const v = party.valuations[issue.id]
      return issue.options.map((o) => (v === undefined ? 0 : v.stake * v.values[o.id]!))
    }),
  )
  const sumOver = (p: number, pick: (row: readonly number[]) => number): number =>
    terms[p]!.reduce((s, row) => s + pick(row), 0)
  const worst = Array.from({ length: P }, (_, p) => sumOver(p, (row) => Math.min(...row)))
  const range = Array.from({ length: P }, (_, p) => {
    const r = sumOver(p, (row) => Math.max(...row)) - worst[p]!
    return r > 0 ? r : 1
  })
  const target = Array.from({ length: P }, (_, p) => targets[p] ?? worst[p]!)
  // restMin[i][p]: the least party p can get from issues i.. (for the bound).
  const restMin = Array.from({ length: M + 1 }, () => new Float64Array(P))
  for (let i = M - 1; i >= 0; i--)
    for (let p = 0; p < P; p++) restMin[i]![p] = restMin[i + 1]![p]! + Math.min(...terms[p]![i]!)
  // Options that are bad for everyone first, so a good status quo is found early.
  const order = scenario.issues.map((issue, i) =>
    issue.options
      .map((_, o) => o)
      .sort((a, b) => {
        const score = (o: number): number => terms.reduce((s, rows, p) => s + rows[i]![o]! / range[p]!, 0)
        return score(a) - score(b) || a - b
      }),
  )
  const choice = new Int32Array(M)
  const best = new Int32Array(M)
  const partial = new Float64Array(P)
  let bestScore = Infinity
  let nodes = 0
  const visit = (i: number): void => {
    if (++nodes > maxNodes) return
    let bound = -Infinity
    for (let p = 0; p < P; p++) bound = Math.max(bound, (partial[p]! + restMin[i]![p]! - target[p]!) / range[p]!)
    if (bound >= bestScore) return
    if (i === M) {
      bestScore = bound
      best.set(choice)
      return
    }
    for (const o of order[i]!) {
      const before = Float64Array.from(partial)
      choice[i] = o
      for (let p = 0; p < P; p++) partial[p] = partial[p]! + terms[p]![i]![o]!
      visit(i + 1)
      partial.set(before)
    }
  }
  visit(0)
  const excess = Array.from(
    { length: P },
    (_, p) => terms[p]!.reduce((s, row, i) => s + row[best[i]!]!, 0) - target[p]!,
  )
  return { choices: best, excess, exact: nodes <= maxNodes }
}
