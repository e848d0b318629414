/**
 * What a branch-and-bound node can still reach: the necessary conditions for validity
 * (`feasibleNode`) and the upper bounds on every objective (`boundNode`), from the running
 * sums of a `NodeState` and the plan's precomputed suffixes.
 *
 * Validity: a party that takes part in every deal below (`isSure`) must be able to reach
 * its need; a party that can no longer join must not lose; domain floors, `minDomains`,
 * `mustInclude` and the change allowance must be reachable; with payments the money-valuing
 * parties together must be able to cover what they lack, each contributing
 * `max(−cap, (need − best) / moneyValue)`. Nash with payments has its own per-party bound
 * (paymentNash.ts), on the gains before money (`ownUpper`).
 */
import { computePairs, isSure, type NodeState } from './NodeState.js'
import { moneyNashBound, type Standing } from './paymentNash.js'

/**
 * Checks the node at depth d and fills `upper` (each party's best final gain below it).
 * `allowance` is how many more changes a better deal may make. False: no valid deal below.
 * @example
 * const state = createNodeState(problem, plan)
 * feasibleNode(state, 0, 10) // => true: at the root a valid deal is still ahead
 * @category search
 */
export const feasibleNode = (s: NodeState, d: number, allowance: number): boolean => {
  const { problem, plan, fixed, stakeCount, upper, pairUpper } = s
  const { c } = problem
  const { partyCount: P, issueCount: N } = c
  const D = c.domainIds.length
  const { restGain, canJoin, domainsAhead, mustChangeAhead, restDomain, topGain, cover } = plan
  const tol = problem.tolerance
  const slack = tol / 2
  const money = problem.moneyValue
  const rest = N - d
  if (problem.minDomains > 0 && s.distinct + Math.min(domainsAhead[d]!, allowance, rest) < problem.minDomains)
    return false
  if (allowance < 0 || allowance < mustChangeAhead[d]!) return false
  computePairs(s)
  let pooled = 0
  let pooledAny = false
  const useTop = topGain !== undefined && allowance < rest
  for (let p = 0; p < P; p++) {
    const ahead = useTop ? topGain[(d * P + p) * (N + 1) + allowance]! : restGain[d * P + p]!
    const ub = fixed[p]! + ahead + pairUpper[p]!
    upper[p] = ub
    const mayJoin = canJoin[d * P + p] === 1
    if (isSure(s, p)) {
      if (money[p]! > 0) {
        pooled += Math.max(-problem.cap[p]!, (problem.need[p]! - slack - ub) / money[p]!)
        pooledAny = true
      } else if (ub < problem.need[p]! - slack) return false
    } else if (!mayJoin) {
      if (problem.mustInclude[p] || ub < -c.lossBound[p]! - tol - slack) return false
    } else if (money[p]! > 0) {
      // It may join and be paid, or stay out: it can only help the others' pool.
      pooled += Math.min(0, Math.max(-problem.cap[p]!, (problem.need[p]! - slack - ub) / money[p]!))
    } else if (ub < -c.lossBound[p]! - tol - slack) return false
    if (s.domainFixed !== undefined && stakeCount[p]! > 0) {
      for (let k = 0; k < D; k++) {
        const floor = c.minDomainGain[p * D + k]!
        if (floor !== -Infinity && s.domainFixed[p * D + k]! + restDomain![(d * P + p) * D + k]! < floor - tol - slack)
          return false
      }
    }
  }
  if (pooledAny && pooled > slack) return false
  if (cover !== undefined) {
    // How many more changes the weighted sum of the sure parties' gains still needs.
    let short = cover.required - s.coverFixed
    for (let p = 0; p < P; p++) short -= cover.partyWeight[p]! * pairUpper[p]!
    const sums = cover.prefix[d]!
    if (short > sums[sums.length - 1]! + tol) return false
    let j = 0
    while (short > sums[j]! + tol) j++
    s.coverExtra = j
  }
  if (problem.payments) {
    s.ownUpper.set(upper)
    moneyUpper(s, d)
  }
  return true
}

/** With payments a party can end above its own upper bound: at most the highest surplus level. */
const moneyUpper = (s: NodeState, d: number): void => {
  const { problem, upper, stakeCount } = s
  const { canJoin } = s.plan
  const P = problem.c.partyCount
  const money = problem.moneyValue
  const member = (p: number) => money[p]! > 0 && (stakeCount[p]! > 0 || canJoin[d * P + p] === 1)
  let level = -Infinity
  for (let p = 0; p < P; p++)
    if (member(p)) level = Math.max(level, (upper[p]! - problem.floor[p]!) / problem.nashScale[p]!)
  if (level === -Infinity) return
  for (let p = 0; p < P; p++)
    if (member(p)) upper[p] = Math.max(upper[p]!, problem.floor[p]! + level * problem.nashScale[p]!)
}

/**
 * Fills `bound`: an upper bound on each objective in the subtree (the smaller of the
 * per-party bound and the objective's linear relaxation), then on minus the number of
 * changes. Call after `feasibleNode`.
 * @example
 * const state = createNodeState(problem, plan)
 * feasibleNode(state, 0, 10)
 * boundNode(state, 0)
 * state.bound[0] >= 5 // => true: at least the best total gain below, 5
 * @category search
 */
export const boundNode = (s: NodeState, d: number): void => {
  const { problem, plan, fixed, stakeCount, upper, pairUpper, bound } = s
  const P = problem.c.partyCount
  const K = problem.objectives.length
  const tol = problem.tolerance
  const slack = tol / 2
  const always = problem.alwaysParticipant
  const scale = problem.nashScale
  let extra = s.changes === 0 ? 1 : 0
  for (let p = 0; p < P && extra === 0; p++) {
    if (isSure(s, p) && problem.moneyValue[p] === 0 && fixed[p]! + pairUpper[p]! < problem.need[p]! - slack) extra = 1
  }
  extra = Math.max(extra, plan.mustChangeAhead[d]!, plan.cover === undefined ? 0 : s.coverExtra)
  const fewest = -(s.changes + extra)
  const logTerm = (p: number) => (upper[p]! > 0 ? Math.log(upper[p]! / scale[p]!) : -Infinity)
  for (let k = 0; k < K; k++) {
    const objective = problem.objectives[k]!
    let value: number
    if (objective === 'fewest') value = fewest
    else if (objective === 'sum') {
      value = 0
      for (let p = 0; p < P; p++) value += isSure(s, p) ? upper[p]! : Math.max(0, upper[p]!)
    } else if (objective === 'maxmin') {
      let sure = Infinity
      let maybe = -Infinity
      for (let p = 0; p < P; p++) {
        if (isSure(s, p)) sure = Math.min(sure, upper[p]!)
        else if (plan.canJoin[d * P + p]) maybe = Math.max(maybe, upper[p]!)
      }
      value = sure !== Infinity ? sure : maybe
    } else if (problem.payments) value = moneyNash(s, d)
    else {
      value = 0
      for (let p = 0; p < P; p++) value += isSure(s, p) ? logTerm(p) : Math.max(0, logTerm(p))
    }
    if (s.changes === 0 && objective !== 'fewest')
      value = Math.min(
        value,
        objective === 'nash' && problem.payments ? firstChangeMoneyNash(s, d) : firstChangeBound(s, d, objective),
      )
    const linear = plan.bounds[k]
    if (linear !== undefined) {
      let lin = s.linFixed[k]! + linear.rest[d]! + linear.constant
      for (let p = 0; p < P; p++) {
        lin += linear.partyWeight[p]! * pairUpper[p]!
        // The linear sum bound covers every party's gain; the objective counts participants
        // only, and an outsider's gain may be as low as −tol − its lossBound.
        if (objective === 'sum') lin += tol + (always[p] ? 0 : problem.c.lossBound[p]!)
        // The tangent bound covers the parties in every deal; the rest add their own terms.
        if (objective === 'nash' && !always[p]) lin += stakeCount[p]! > 0 ? logTerm(p) : Math.max(0, logTerm(p))
      }
      value = Math.min(value, lin)
    }
    bound[k] = value
  }
  bound[K] = fewest
}

/**
 * The objective bound at a node with no decided change (the root and the status-quo spine
 * of the tree): every deal below changes some open issue i, and all of i's stakeholders then
 * take part. So the bound is the largest, over the open changeable issues, of the
 * objective's bound with i's stakeholders counted as participants: for max-min the smallest
 * of their upper bounds (and of the parties already sure), for sum and Nash the per-party
 * bound where each of them adds its own (possibly negative) term instead of "at least
 * nothing". On sparse scenarios, where each issue has a few stakeholders, this is far below
 * the plain bound, which lets the party with the largest upper bound stand alone.
 */
const firstChangeBound = (s: NodeState, d: number, objective: 'sum' | 'maxmin' | 'nash'): number => {
  const { problem, plan, upper } = s
  const P = problem.c.partyCount
  const N = problem.c.issueCount
  const scale = problem.nashScale
  let sureMin = Infinity
  let base = 0
  for (let p = 0; p < P; p++) {
    const u = upper[p]!
    if (isSure(s, p)) {
      sureMin = Math.min(sureMin, u)
      base += objective === 'sum' ? u : u > 0 ? Math.log(u / scale[p]!) : -Infinity
    } else base += objective === 'sum' ? Math.max(0, u) : u > 0 ? Math.max(0, Math.log(u / scale[p]!)) : 0
  }
  let best = -Infinity
  for (let e = d; e < N; e++) {
    const list = plan.changeStakeholders[e]!
    if (!plan.changeableAt[e]) continue
    let value: number
    if (objective === 'maxmin') {
      value = sureMin
      for (const p of list) if (!isSure(s, p)) value = Math.min(value, upper[p]!)
      // An issue with no stakeholders: the deal's participants come from elsewhere.
      if (list.length === 0 && sureMin === Infinity) value = Infinity
    } else {
      value = base
      for (const p of list) {
        if (isSure(s, p)) continue
        const u = upper[p]!
        value += objective === 'sum' ? Math.min(0, u) : u > 0 ? Math.min(0, Math.log(u / scale[p]!)) : -Infinity
      }
    }
    if (value > best) best = value
  }
  return best
}

/**
 * Fills `out` with how each party stands at the node at depth d: 2 sure to take part, 1 may
 * still join, 0 neither. Returns `out`.
 * @example
 * standingAt(createNodeState(problem, plan), 0, new Uint8Array(2)) // => Uint8Array [2, 2]: both have a say on every issue
 * @category search
 */
export const standingAt = (s: NodeState, d: number, out: Standing): Standing => {
  const P = s.problem.c.partyCount
  const { canJoin } = s.plan
  for (let p = 0; p < P; p++) out[p] = isSure(s, p) ? 2 : canJoin[d * P + p] === 1 ? 1 : 0
  return out
}

/** The Nash bound with payments (see paymentNash.ts), on the parties' gains before money. */
const moneyNash = (s: NodeState, d: number): number =>
  moneyNashBound(s.problem, s.ownUpper, standingAt(s, d, s.moneyNash!.standing), s.moneyNash!, moneyBudgetAt(s, d))

/**
 * The plan's money budget at the node (see paymentNash.ts): the decided issues, the best of
 * each open one, interaction terms at their best. Infinity when the plan has none.
 * @example
 * moneyBudgetAt(createNodeState(problem, plan), 0) // => Infinity: no payments in the fixture
 * @category search
 */
export const moneyBudgetAt = (s: NodeState, d: number): number => {
  const budget = s.plan.moneyBudget
  if (budget === undefined) return Infinity
  const money = s.problem.moneyValue
  let value = s.budgetFixed + budget.rest[d]!
  if (s.problem.c.pairs.length > 0)
    for (let p = 0; p < money.length; p++) if (money[p]! > 0) value += s.pairUpper[p]! / money[p]!
  return value
}

/**
 * `firstChangeBound` for Nash with payments: some open changeable issue changes and all its
 * stakeholders join.
 */
const firstChangeMoneyNash = (s: NodeState, d: number): number => {
  const { problem, plan, ownUpper } = s
  const N = problem.c.issueCount
  const parties = s.moneyNash!
  const standing = standingAt(s, d, parties.standing)
  const before: number[] = []
  const budget = moneyBudgetAt(s, d)
  let best = -Infinity
  for (let e = d; e < N; e++) {
    if (!plan.changeableAt[e]) continue
    const list = plan.changeStakeholders[e]!
    before.length = 0
    for (const p of list) {
      before.push(standing[p]!)
      standing[p] = 2
    }
    best = Math.max(best, moneyNashBound(problem, ownUpper, standing, parties, budget))
    list.forEach((p, k) => (standing[p] = before[k]!))
  }
  return best
}
