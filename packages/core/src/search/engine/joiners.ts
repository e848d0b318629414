/**
 * Who takes part when an issue changes, in the sparse form the participation bounds read.
 * Participation is read here and nowhere else by those bounds, so when its source changes
 * (per-option participation instead of the stakeholders) this is the one edit.
 *
 * Every option other than the status quo makes its option stakeholders participants (on an
 * ordinary issue all of the stakeholders; on a module issue also the members of the
 * chosen and of today's coalition), and the status quo makes nobody one.
 */
import { takesPart } from '../../evaluate/compile.js'
import type { SearchPlan } from './searchPlan.js'
import type { SearchProblem } from './SearchProblem.js'

/** Per depth of the plan: the parties that some option there makes participants, and per option which of them. @category search */
export interface JoinersByDepth {
  /** `parties[d]`: every party some option at depth d makes a participant (each once). */
  readonly parties: readonly Int32Array[]
  /** `slot[d]`: the global index of each entry of `parties[d]` (for per-pair multipliers). */
  readonly slot: readonly Int32Array[]
  /** `joins(d, o)`: positions in `parties[d]` of the parties option o makes participants. */
  readonly joins: (d: number, o: number) => Int32Array
  /** Number of (depth, party) entries over all depths. */
  readonly slots: number
}

/**
 * The parties issue i's option o makes participants (none for the status quo).
 * @example
 * joinersOf(problem, 0, 1) // => Int32Array [0, 1]: the road's stakeholders A and B
 * @category search
 */
export const joinersOf = (problem: SearchProblem, i: number, o: number): Int32Array => {
  const { c } = problem
  if (o === c.statusQuo[i]) return new Int32Array(0)
  return Int32Array.from({ length: c.partyCount }, (_, p) => p).filter((p) => takesPart(c, i, o, p))
}

/**
 * The joiners of every option of the plan's open issues, indexed by depth.
 * @example
 * joinersByDepth(problem, plan).parties[0] // => Int32Array [0, 1]
 * @category search
 */
export const joinersByDepth = (problem: SearchProblem, plan: SearchPlan): JoinersByDepth => {
  const parties: Int32Array[] = []
  const slot: Int32Array[] = []
  const perOption: Map<number, Int32Array>[] = []
  let slots = 0
  plan.order.forEach((i, d) => {
    const lists = new Map<number, Int32Array>()
    const union: number[] = []
    for (const o of plan.children[d]!) {
      const list = joinersOf(problem, i, o)
      for (const p of list) if (!union.includes(p)) union.push(p)
      lists.set(o, list)
    }
    for (const [o, list] of lists)
      lists.set(
        o,
        Int32Array.from(list, (p) => union.indexOf(p)),
      )
    parties.push(Int32Array.from(union))
    slot.push(Int32Array.from(union, (_, k) => slots + k))
    slots += union.length
    perOption.push(lists)
  })
  const none = new Int32Array(0)
  return { parties, slot, joins: (d, o) => perOption[d]!.get(o) ?? none, slots }
}
