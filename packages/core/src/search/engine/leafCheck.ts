/**
 * The engine's check of a complete choice vector, on the compiled numbers: payments by the
 * compensation rule, then validity with the tolerance halved in the deal's favour (so it
 * never rejects a deal `checkDeal` accepts), then the objective key. Deals it accepts are
 * only candidates; `rankDeal` decides.
 */
import { compensate } from '../../evaluate/compensate.js'
import { computePairs, type NodeState } from './NodeState.js'
import { objectiveValue } from '../objectives.js'

/** A checked leaf: final gains (money included), the nets, and the key. @category search */
export interface LeafCheck {
  readonly gains: Float64Array
  readonly nets: Float64Array | undefined
  readonly key: number[]
}

/**
 * Checks the complete deal in the state (every issue decided); undefined when it is not
 * (loosely) valid.
 * @example
 * const state = createNodeState(problem, plan)
 * applyOption(state, 0, 1) // road (first in the plan's order): via-b
 * applyOption(state, 1, 1) // housing: west
 * checkLeaf(state, new Float64Array(2))?.key // => [5, -2]: total gain 5, two changes
 * @category search
 */
export const checkLeaf = (s: NodeState, gains: Float64Array): LeafCheck | undefined => {
  const { problem, fixed, stakeCount, pairUpper } = s
  const { c } = problem
  const P = c.partyCount
  const D = c.domainIds.length
  const tol = problem.tolerance
  const slack = tol / 2
  const money = problem.moneyValue
  if (s.changes === 0 || s.distinct < problem.minDomains) return undefined
  computePairs(s)
  for (let p = 0; p < P; p++) {
    gains[p] = fixed[p]! + pairUpper[p]!
    if (problem.mustInclude[p] && stakeCount[p] === 0) return undefined
  }
  let nets: Float64Array | undefined
  if (problem.payments) {
    const members: number[] = []
    for (let p = 0; p < P; p++) if (stakeCount[p]! > 0 && money[p]! > 0) members.push(p)
    if (members.length >= 2) {
      nets = compensate({
        gains,
        members,
        moneyValue: money,
        cap: problem.cap,
        floor: problem.floor,
        scale: problem.nashScale,
      })
      for (const p of members) gains[p] = gains[p]! + money[p]! * nets[p]!
    }
  }
  for (let p = 0; p < P; p++) {
    const g = gains[p]!
    // Half of the party's own tolerance in the deal's favour: checkDeal judges each party by its
    // own, and the scenario-wide one can be larger, which let a participant gaining 0 through.
    const own = problem.ownTolerance[p]!
    if (stakeCount[p] === 0) {
      if (g < -c.lossBound[p]! - own - own / 2) return undefined
      continue
    }
    if (g < problem.need[p]! - own / 2) return undefined
    if (s.domainFixed !== undefined) {
      for (let k = 0; k < D; k++) {
        const floor = c.minDomainGain[p * D + k]!
        if (floor !== -Infinity && s.domainFixed[p * D + k]! < floor - tol - slack) return undefined
      }
    }
  }
  const key = problem.objectives.map((o) =>
    objectiveValue(o, gains, stakeCount, s.changes, problem.nashScale, problem.tolerance),
  )
  key.push(-s.changes)
  return { gains, nets, key }
}
