/**
 * The largest value of one kader (a minimum gain, a domain floor) at which a valid deal
 * exists, all else fixed: the supremum `to` of a relaxation.
 *
 * Why it is exact: with the kader dropped, `to` is the largest value of the measured quantity
 * (the party's gain, its gain in the domain) over deals valid for everyone else. Every probe
 * sets the kader to some `m` and asks the exact search whether a deal exists; a deal found
 * has measure at least `m − tolerance`, so `to` only rises to values real deals reach. The
 * search ends when the probe at `to + 3 × tolerance` proves that no deal exists: nothing
 * reaching `to + 2 × tolerance` is valid, so `to` is the supremum within the tolerance.
 * Between those probes, bisection on `[to, upper]` skips most of the values in between.
 * When the time limit ends the search first, `to` is a value that works and `bound` the
 * smallest probe that proved no deal (or the a-priori upper bound).
 */
import type { Scenario } from '../model/Scenario.js'
import type { RankedDeal } from '../search/Search.js'
import { probe, type DiagnoseContext } from './probe.js'

/**
 * How the supremum search ended.
 * - `CannotHelp`: even with the kader dropped no valid deal exists (a proof);
 * - `Unknown`: the time ran out before a deal was found with the kader dropped;
 * - `Found`: `to`, the deal that reaches it, and whether `to` is proven largest.
 * @category diagnose
 */
export type Supremum =
  | { readonly _tag: 'CannotHelp'; readonly nodes: number }
  | { readonly _tag: 'Unknown'; readonly nodes: number }
  | {
      readonly _tag: 'Found'
      readonly to: number
      readonly best: RankedDeal
      readonly nodes: number
      readonly minimal: boolean
      /** The probe that proved nothing above `to` (when minimal). */
      readonly probe?: number
      /** A proven upper bound on the supremum (when not minimal). */
      readonly bound?: number
    }

/**
 * Searches the supremum of a kader. `at(m)` is the scenario with the kader set to `m`
 * (`undefined`: dropped); `measure` reads the quantity from a deal; `upper` is an a-priori
 * upper bound on it (Infinity when unknown); `tolerance` is the scenario's gain tolerance.
 * @example
 * supremum((m) => withMandate(s, p, (x) => withMinGain(x, m)), (d) => d.gains[p]!, 10, 1e-9, ctx)
 * @category diagnose
 */
export const supremum = (
  at: (m: number | undefined) => Scenario,
  measure: (best: RankedDeal, scenario: Scenario) => number,
  upper: number,
  tolerance: number,
  ctx: DiagnoseContext,
): Supremum => {
  const first = probe(at(undefined), ctx)
  let nodes = first.nodes
  if (first._tag === 'None') return { _tag: 'CannotHelp', nodes }
  if (first._tag === 'Unknown') return { _tag: 'Unknown', nodes }
  let best = first.best
  let g = measure(best, at(undefined))
  let hi = Math.max(upper, g)
  const step = 3 * tolerance
  let tryAbove = false
  for (;;) {
    const m =
      tryAbove || hi - g <= 4 * step ? g + step : Number.isFinite(hi) ? (g + hi) / 2 : g + 2 * Math.max(1, Math.abs(g))
    const scenario = at(m)
    const r = probe(scenario, ctx)
    nodes += r.nodes
    if (r._tag === 'Unknown') return { _tag: 'Found', to: g, best, nodes, minimal: false, bound: hi }
    if (r._tag === 'None') {
      if (m <= g + step) return { _tag: 'Found', to: g, best, nodes, minimal: true, probe: m }
      hi = Math.min(hi, m)
      tryAbove = true
      continue
    }
    const reached = measure(r.best, scenario)
    if (reached > g) {
      g = reached
      best = r.best
    } else {
      // A found deal reaches at least m − tolerance; if rounding says otherwise, settle there.
      return { _tag: 'Found', to: g, best, nodes, minimal: false, bound: hi }
    }
    hi = Math.max(hi, g)
    tryAbove = false
  }
}
