/**
 * The running state of a branch-and-bound path: which option each decided issue has, and
 * the sums that depend on it (each party's gain from the decided issues, how many decided
 * changes each party has a say on, domain counts, the relaxations' running sums). Setting an
 * option adds its terms, undoing subtracts them: constant work per party and node.
 */
import { moneyNashParties, type MoneyNashParties } from './paymentNash.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Mutable state of one engine. @category search */
export interface NodeState {
  readonly problem: SearchProblem
  readonly plan: SearchPlan
  /** Option index per issue, −1 while undecided. */
  readonly choices: Int32Array
  /** Gain per party from the decided issues (interaction terms apart). */
  readonly fixed: Float64Array
  /** Per party: decided changes it takes part in (`optionStakeholder`; > 0: it takes part). */
  readonly stakeCount: Int32Array
  readonly domainCount: Int32Array
  /** Per party and domain: gain from the decided issues (only with domain floors). */
  readonly domainFixed: Float64Array | undefined
  /** Per objective: the linear bound's sum over the decided issues. */
  readonly linFixed: Float64Array
  coverFixed: number
  /** With payments under Nash: the money budget's sum over the decided issues (see searchPlan.ts). */
  budgetFixed: number
  /** Changes the covering bound still asks for (set by the feasibility check). */
  coverExtra: number
  changes: number
  /** Distinct domains among the decided changes. */
  distinct: number
  /** Interaction terms per party: exact where decided, optimistic otherwise. */
  readonly pairUpper: Float64Array
  /** Upper bound per party on its final gain in the subtree. */
  readonly upper: Float64Array
  /** With payments: upper bound per party on its gain before money (`upper` includes what it may be paid). */
  readonly ownUpper: Float64Array
  /** With payments: the Nash bound's per-party numbers (see paymentNash.ts). */
  readonly moneyNash: MoneyNashParties | undefined
  /** Upper bound per objective, then on minus the number of changes. */
  readonly bound: Float64Array
  /** Status-quo value of each party's interaction terms. */
  readonly sqPair: Float64Array
}

/**
 * Fresh state with nothing decided.
 * @example
 * createNodeState(problem, plan).changes // => 0
 * @category search
 */
export const createNodeState = (problem: SearchProblem, plan: SearchPlan): NodeState => {
  const { c } = problem
  const P = c.partyCount
  const D = c.domainIds.length
  const K = problem.objectives.length
  const sqPair = new Float64Array(P)
  for (const t of c.pairs)
    if (c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB)
      sqPair[t.party] = sqPair[t.party]! + t.value
  return {
    problem,
    plan,
    choices: new Int32Array(c.issueCount).fill(-1),
    fixed: new Float64Array(P),
    stakeCount: new Int32Array(P),
    domainCount: new Int32Array(D),
    domainFixed: plan.restDomain === undefined ? undefined : new Float64Array(P * D),
    linFixed: new Float64Array(K),
    coverFixed: 0,
    budgetFixed: 0,
    coverExtra: 0,
    changes: 0,
    distinct: 0,
    pairUpper: new Float64Array(P),
    upper: new Float64Array(P),
    ownUpper: new Float64Array(P),
    moneyNash: problem.payments ? moneyNashParties(problem) : undefined,
    bound: new Float64Array(K + 1),
    sqPair,
  }
}

/** Adds (sign 1) or removes (sign −1) option o of issue i from the running sums. */
const account = (s: NodeState, i: number, o: number, sign: 1 | -1): void => {
  const { c, objectives } = s.problem
  const { partyCount: P, totalOptions: T, gain, optionStakeholder } = c
  const D = c.domainIds.length
  const k = c.offsets[i]! + o
  s.changes += sign
  for (let p = 0; p < P; p++) {
    s.fixed[p] = s.fixed[p]! + sign * gain[p * T + k]!
    // Per option: on a module issue only the chosen (and the left) coalition's members take part.
    if (optionStakeholder[k * P + p]) s.stakeCount[p] = s.stakeCount[p]! + sign
  }
  const dom = c.domainOf[i]!
  const before = s.domainCount[dom]!
  s.domainCount[dom] = before + sign
  if (sign === 1 && before === 0) s.distinct++
  if (sign === -1 && before === 1) s.distinct--
  if (s.domainFixed !== undefined)
    for (let p = 0; p < P; p++) s.domainFixed[p * D + dom] = s.domainFixed[p * D + dom]! + sign * gain[p * T + k]!
  const { bounds, cover } = s.plan
  for (let j = 0; j < objectives.length; j++)
    if (bounds[j] !== undefined) s.linFixed[j] = s.linFixed[j]! + sign * bounds[j]!.weight[k]!
  if (cover !== undefined) s.coverFixed += sign * cover.weight[k]!
  if (s.plan.moneyBudget !== undefined) s.budgetFixed += sign * s.plan.moneyBudget.weight[k]!
}

/**
 * Decides the issue at depth d (in the plan's order) as option o.
 * @example
 * applyOption(state, 0, 1)
 * @category search
 */
export const applyOption = (s: NodeState, d: number, o: number): void => {
  const i = s.plan.order[d]!
  s.choices[i] = o
  if (o !== s.problem.c.statusQuo[i]) account(s, i, o, 1)
}

/**
 * Undoes the decision at depth d.
 * @example
 * undoOption(state, 0)
 * @category search
 */
export const undoOption = (s: NodeState, d: number): void => {
  const i = s.plan.order[d]!
  const o = s.choices[i]!
  s.choices[i] = -1
  if (o !== s.problem.c.statusQuo[i]) account(s, i, o, -1)
}

/**
 * Fills `pairUpper`: each party's interaction terms, exact where both options are decided,
 * the larger of the term and 0 where one is open and still allowed, minus their status-quo
 * value.
 * @example
 * const state = createNodeState(problem, plan)
 * computePairs(state)
 * state.pairUpper[0] // => 0: the fixture has no interaction terms
 * @category search
 */
export const computePairs = (s: NodeState): void => {
  const { c, choosable } = s.problem
  s.pairUpper.fill(0)
  if (c.pairs.length === 0) return
  for (const t of c.pairs) {
    const a = s.choices[t.issueA]!
    const b = s.choices[t.issueB]!
    const okA = a === -1 ? choosable[c.offsets[t.issueA]! + t.optionA] === 1 : a === t.optionA
    const okB = b === -1 ? choosable[c.offsets[t.issueB]! + t.optionB] === 1 : b === t.optionB
    if (!okA || !okB) continue
    s.pairUpper[t.party] = s.pairUpper[t.party]! + (a === -1 || b === -1 ? Math.max(0, t.value) : t.value)
  }
  for (let p = 0; p < c.partyCount; p++) s.pairUpper[p] = s.pairUpper[p]! - s.sqPair[p]!
}

/**
 * Whether party p takes part in every deal of the subtree: it has a say on a decided change
 * or on every issue that can change.
 * @example
 * const state = createNodeState(problem, plan)
 * isSure(state, 0) // => true
 * @category search
 */
export const isSure = (s: NodeState, p: number): boolean => s.stakeCount[p]! > 0 || s.problem.alwaysParticipant[p] === 1
