/**
 * The one door through which a deal leaves a search: it is checked with `checkDeal` and the
 * search constraints, and ranked from the numbers `checkDeal` reports. Fast paths may
 * propose deals; only this function accepts them.
 */
import type { Deal } from '../model/Deal.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { dealOfChoices, type CompiledScenario } from '../evaluate/compile.js'
import { compensate, paymentsFromNets } from '../evaluate/compensate.js'
import { constraintViolations } from './constraints.js'
import { objectiveValue } from './objectives.js'
import type { RankedDeal } from './Search.js'
import type { SearchProblem } from './engine/SearchProblem.js'

/**
 * A deal ranked under a search problem, or `undefined` when it is not valid or breaks a
 * constraint.
 * @example
 * rankDeal(problemOf(scenario), dealFrom(scenario, { road: 'via-b', housing: 'west' }))?.value // => [5]: A gains 2, B 3
 * @category search
 */
export const rankDeal = (problem: SearchProblem, deal: Deal): RankedDeal | undefined => {
  const { scenario } = problem.c
  const check = checkDeal(scenario, deal, problem.rules)
  if (!check.valid) return undefined
  if (constraintViolations(scenario, deal, check.changes, check.participants, problem.constraints).length > 0)
    return undefined
  const gains = problem.c.partyIds.map((id) => check.gains[id]!)
  const taking = new Set(check.participants)
  const participant = problem.c.partyIds.map((id) => taking.has(id))
  const value = problem.objectives.map((o) =>
    objectiveValue(o, gains, participant, check.changes.length, problem.nashScale, problem.tolerance),
  )
  return { deal, value, gains: check.gains, participants: check.participants, changes: check.changes }
}

/**
 * The deal for a choice vector with its payments set by the compensation rule (none when
 * payments are off), computed from the plain-object gains `checkDeal` reports.
 * @example
 * dealWithPayments(problem, Int32Array.of(1, 1)).payments // => []
 * @category search
 */
export const dealWithPayments = (problem: SearchProblem, choices: ArrayLike<number>): Deal => {
  const base = dealOfChoices(problem.c, choices)
  if (!problem.payments) return base
  const check = checkDeal(problem.c.scenario, base, problem.rules)
  const taking = new Set(check.participants)
  const members: number[] = []
  problem.c.partyIds.forEach((id, p) => {
    if (taking.has(id) && problem.moneyValue[p]! > 0) members.push(p)
  })
  if (members.length < 2) return base
  const gains = problem.c.partyIds.map((id) => check.gains[id]!)
  const nets = compensate({
    gains,
    members,
    moneyValue: problem.moneyValue,
    cap: problem.cap,
    floor: problem.floor,
    scale: problem.nashScale,
  })
  return { ...base, payments: paymentsFromNets(nets, problem.c.partyIds) }
}

/**
 * Number of deals (choice vectors) of a compiled scenario: the product of the option counts.
 * @example
 * dealCount(compile(roadAndHousing)) // => 6: two road options times three housing options
 * @category search
 */
export const dealCount = (c: CompiledScenario): number => {
  let count = 1
  for (let i = 0; i < c.issueCount; i++) count *= c.optionCount[i]!
  return count
}
