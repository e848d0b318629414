/**
 * Issue elimination for max-min and Nash when parties join deals issue by issue. Changing an
 * issue makes all its stakeholders participants; under max-min every participant must then
 * beat the incumbent's value on its own, and under Nash each new participant's (usually
 * negative) log term is added. An open issue whose change alone would sink the node's bound
 * below the incumbent is *dead*: no better deal below changes it. Dead issues stay at the
 * status quo, so their gains come off every party's upper bound, which can kill more issues;
 * a few rounds reach a fixed point. The result bounds only deals better than the incumbent,
 * so it is used for pruning against the incumbent and nothing else.
 *
 * Modules: who joins depends on the coalition chosen, and few parties (often none) join in
 * every change, so the issue-wide test above would never kill a module. A module issue is
 * tested option by option instead: choosing coalition o makes its members (and today's)
 * participants, each with at most its bound with o's gain in place of its best gain on the
 * module (`upper − best + gain(o)`, valid as the bound counts the issue at its best). The
 * module is dead when every coalition is.
 *
 * Nash with payments: the same test on the bound of paymentNash.ts, which works on the gains
 * before money; a change makes its stakeholders (or coalition) sure members, and a dead issue
 * takes its best option off their bounds and its largest weight off the money budget.
 */
import { optionJoinersOf } from './moduleJoiners.js'
import { isSure, type NodeState } from './NodeState.js'
import { moneyBudgetAt, standingAt } from './nodeBounds.js'
import { moneyNashBound } from './paymentNash.js'

/** Rounds of elimination per node (later rounds rarely find more). @category search */
export const DEAD_ISSUE_ROUNDS = 3

/**
 * A tighter bound on the first objective (max-min or Nash) over the deals below the node at
 * depth d that could beat `beat` (the incumbent's value minus its tolerance): −Infinity when
 * none can. Updates `s.upper` to the bounds without the dead issues' gains.
 * @example
 * const maxmin = problemOf(scenario, { objective: 'maxmin' })
 * const state = createNodeState(maxmin, planSearch(maxmin, 200))
 * state.upper.set([3, 5]) // the root's bounds (feasibleNode): A gains at most 3, B 5
 * // Both parties take part in every deal of the fixture, so no issue dies: the bound is A's best.
 * boundWithoutDeadIssues(state, 0, 2.5, new Uint8Array(2)) // => 3
 * boundWithoutDeadIssues(state, 0, 3.5, new Uint8Array(2)) // => 3: below 3.5, so prune
 * @category search
 */
export const boundWithoutDeadIssues = (s: NodeState, d: number, beat: number, dead: Uint8Array): number => {
  const { problem, plan } = s
  const { c } = problem
  const { partyCount: P, issueCount: N, statusQuo, gain, offsets, totalOptions: T } = c
  // The stakeholders of each issue that can change, and which can (the plan's).
  const { restGain, order, children, changeStakeholders, changeableAt, moneyBudget } = plan
  const joinersAt = optionJoinersOf(problem, plan)
  const nash = problem.objectives[0] === 'nash'
  // With payments the Nash bound works on the gains before money and the money budget (paymentNash.ts).
  const money = nash && problem.payments
  const upper = money ? s.ownUpper : s.upper
  let budget = money ? moneyBudgetAt(s, d) : Infinity
  const standing = money ? standingAt(s, d, s.moneyNash!.standing) : undefined
  const moneyValue = () => moneyNashBound(problem, upper, standing!, s.moneyNash!, budget)
  const scale = problem.nashScale
  const term = (p: number) => (upper[p]! > 0 ? Math.log(upper[p]! / scale[p]!) : -Infinity)
  const current = (): number => {
    if (money) return moneyValue()
    if (nash) {
      let v = 0
      for (let p = 0; p < P; p++) v += isSure(s, p) ? term(p) : Math.max(0, term(p))
      return v
    }
    let sure = Infinity
    let maybe = -Infinity
    for (let p = 0; p < P; p++) {
      if (isSure(s, p)) sure = Math.min(sure, upper[p]!)
      else maybe = Math.max(maybe, upper[p]!)
    }
    return sure !== Infinity ? sure : maybe
  }
  /** With payments: the bound if the issue at depth e changes (a module: its best coalition). */
  const moneyChange = (e: number, stopAt: number): number => {
    const i = order[e]!
    const joiners = joinersAt[e]
    const st = standing!
    const saved: number[] = []
    if (joiners === undefined) {
      for (const q of changeStakeholders[e]!) {
        saved.push(st[q]!)
        st[q] = 2
      }
      const value = moneyValue()
      changeStakeholders[e]!.forEach((q, k) => (st[q] = saved[k]!))
      return value
    }
    let best = -Infinity
    for (const o of children[e]!) {
      if (o === statusQuo[i]) continue
      const list = joiners[o]!
      // Each joiner's bound with coalition o instead of its best option on the module.
      saved.length = 0
      for (const q of list) {
        saved.push(upper[q]!, st[q]!)
        st[q] = 2
        upper[q] = upper[q]! - (restGain[e * P + q]! - restGain[(e + 1) * P + q]!) + gain[q * T + offsets[i]! + o]!
      }
      best = Math.max(best, moneyValue())
      list.forEach((q, k) => {
        upper[q] = saved[2 * k]!
        st[q] = saved[2 * k + 1]!
      })
      if (best >= stopAt) break
    }
    return best
  }
  dead.fill(0, d, N)
  let value = current()
  for (let round = 0; round < DEAD_ISSUE_ROUNDS && value >= beat; round++) {
    let killed = false
    let bestChange = -Infinity
    for (let e = d; e < N; e++) {
      if (dead[e]) continue
      const i = order[e]!
      if (!changeableAt[e]) continue
      const joiners = joinersAt[e]
      // The node's bound if issue i changes: its stakeholders join (a module: per coalition).
      let changed = joiners === undefined ? value : -Infinity
      if (money) changed = moneyChange(e, beat)
      else if (joiners === undefined) {
        for (const q of changeStakeholders[e]!) {
          if (isSure(s, q)) continue
          if (nash) changed += Math.min(0, term(q))
          else changed = Math.min(changed, upper[q]!)
        }
      } else {
        for (const o of children[e]!) {
          if (o === statusQuo[i]) continue
          let withO = value
          for (const q of joiners[o]!) {
            if (isSure(s, q)) continue
            // q's bound with coalition o instead of its best option on the module.
            const bound =
              upper[q]! - (restGain[e * P + q]! - restGain[(e + 1) * P + q]!) + gain[q * T + offsets[i]! + o]!
            if (nash) withO += (bound > 0 ? Math.log(bound / scale[q]!) : -Infinity) - Math.max(0, term(q))
            else withO = Math.min(withO, bound)
          }
          changed = Math.max(changed, withO)
          if (changed >= beat) break
        }
      }
      if (changed >= beat) {
        bestChange = Math.max(bestChange, changed)
        continue
      }
      if (problem.mustChange[i]) return -Infinity
      dead[e] = 1
      killed = true
      // It stays at the status quo (gain 0): take its best option off every party's bound.
      for (let p = 0; p < P; p++) upper[p] = upper[p]! - (restGain[e * P + p]! - restGain[(e + 1) * P + p]!)
      if (money && moneyBudget !== undefined) budget -= moneyBudget.rest[e]! - moneyBudget.rest[e + 1]!
    }
    // Nothing changed yet: some open issue must change, so its bound caps the node's.
    if (s.changes === 0) value = Math.min(value, bestChange)
    if (value < beat) return value
    if (!killed) break
    value = current()
  }
  return value
}
