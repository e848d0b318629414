/**
 * The collector that keeps an exact search's best deal, and the deal of an engine's leaf:
 * leaves are ranked on the compiled numbers and `checkDeal` runs on the deal returned.
 */
import type { Deal } from '../../model/Deal.js'
import { dealOfChoices } from '../../evaluate/compile.js'
import type { Collector, Leaf } from './branchAndBound.js'
import { paymentsFromNets } from '../../evaluate/compensate.js'
import { compareValues } from '../objectives.js'
import { rankDeal } from '../rankDeal.js'
import type { RankedDeal } from '../Search.js'
import type { SearchProblem } from './SearchProblem.js'

/**
 * A leaf's deal: its choices and the payments the compensation rule set.
 * @example
 * const leaf = { choices: Int32Array.of(1, 1), nets: undefined, key: [5, -2] } // road via-b, housing west
 * dealOfLeaf(problem, leaf).payments // => []: without compensation no money moves
 * @category search
 */
export const dealOfLeaf = (problem: SearchProblem, leaf: Leaf): Deal => {
  const deal = dealOfChoices(problem.c, leaf.choices)
  return leaf.nets === undefined ? deal : { ...deal, payments: paymentsFromNets(leaf.nets, problem.c.partyIds) }
}

/**
 * Keeps the best deal. Leaves are ranked by the engine's compiled numbers; `checkDeal` runs
 * once, on the deal finally returned (`verified`), not on every improvement: verification
 * costs more than a whole small search. Leaves listed in `banned` (choices joined by commas)
 * are ignored: a deal the loose check accepted but `checkDeal` rejected.
 * With `stopAtFirst`, every leaf is verified at once and the first valid one ends the search.
 * With `verifyEach`, every leaf that would improve is verified at once and ranked by what
 * `checkDeal` reports: slower per leaf, but one run is final (no leaf is rejected later).
 * `known`: a deal already verified (its choices joined by commas), not verified again.
 * @example
 * const { collector, verified } = bestCollector(problem)
 * createEngine(problem, plan, collector).run(Infinity, Infinity)
 * verified().best?.value // => [5]: the total gain of road via-b with housing west
 * @category search
 */
export const bestCollector = (
  problem: SearchProblem,
  stopAtFirst = false,
  banned: ReadonlySet<string> = new Set(),
  verifyEach = false,
  known?: { readonly choices: string; readonly ranked: RankedDeal },
) => {
  const tolerances = [...problem.objectiveTolerances, 0.5]
  let first: RankedDeal | undefined
  let checked: RankedDeal | undefined
  const history: { choices: Int32Array; nets: Float64Array | undefined; key: readonly number[] }[] = []
  let bestKey: readonly number[] | undefined
  const collector: Collector = {
    key: () => (stopAtFirst ? undefined : bestKey),
    offer: (leaf) => {
      if (banned.size > 0 && banned.has(leaf.choices.join(','))) return true
      if (stopAtFirst) {
        first = rankDeal(problem, dealOfLeaf(problem, leaf))
        return first === undefined
      }
      if (verifyEach) {
        const ranked = rankDeal(problem, dealOfLeaf(problem, leaf))
        if (ranked === undefined) return true
        const key = [...ranked.value, -ranked.changes.length]
        if (bestKey === undefined || compareValues(key, bestKey, tolerances) > 0) {
          checked = ranked
          bestKey = key
        }
        return true
      }
      if (bestKey === undefined || compareValues(leaf.key, bestKey, tolerances) > 0) {
        bestKey = [...leaf.key]
        history.push({
          choices: Int32Array.from(leaf.choices),
          nets: leaf.nets === undefined ? undefined : Float64Array.from(leaf.nets),
          key: bestKey,
        })
      }
      return true
    },
  }
  /**
   * The best deal that passes `checkDeal`, newest first, and the choices of any better one
   * that failed (to ban and search again).
   */
  const verified = (): { readonly best: RankedDeal | undefined; readonly rejected: readonly string[] } => {
    if (stopAtFirst) return { best: first, rejected: [] }
    if (verifyEach) return { best: checked, rejected: [] }
    const rejected: string[] = []
    for (let k = history.length - 1; k >= 0; k--) {
      const { choices, nets, key } = history[k]!
      const ranked =
        known !== undefined && known.choices === choices.join(',')
          ? known.ranked
          : rankDeal(problem, dealOfLeaf(problem, { choices, nets, key, gains: new Float64Array(0) }))
      if (ranked !== undefined) return { best: ranked, rejected }
      rejected.push(choices.join(','))
    }
    return { best: undefined, rejected }
  }
  return { collector, verified }
}
