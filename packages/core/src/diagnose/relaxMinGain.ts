/**
 * Remedy 1a: how far one party's minimum gain (its council's `minGain`) must come down for a
 * package deal to exist, every other kader unchanged. The answer `to` is the largest gain
 * that party can get over the deals valid for everyone else (see `supremum.ts` for why the
 * search is exact); a party whose minimum, dropped altogether, still leaves no deal gets no
 * remedy.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { compile } from '../evaluate/compile.js'
import type { DiagnoseContext } from './probe.js'
import { withMandate, withMinGain } from './relaxations.js'
import type { Remedy } from './Remedy.js'
import { supremum } from './supremum.js'
import { floorTolerance, supremumRemedy } from './supremumRemedy.js'
import { indexIn } from '../evaluate/idIndex.js'

/**
 * An upper bound on a party's gain in any deal: its best option on every issue, every
 * interaction term counted at its size, and (with payments) every other party's payment cap.
 * @example
 * gainUpperBound(scenario, 'A' as PartyId, true) // => 3
 * @category diagnose
 */
export const gainUpperBound = (scenario: Scenario, party: PartyId, payments: boolean): number => {
  const c = compile(scenario)
  const p = indexIn(c.partyIds, party)
  let total = 0
  for (let i = 0; i < c.issueCount; i++) {
    let best = 0
    for (let o = 0; o < c.optionCount[i]!; o++) best = Math.max(best, c.gain[p * c.totalOptions + c.offsets[i]! + o]!)
    total += best
  }
  for (const t of c.pairs) if (t.party === p) total += Math.abs(t.value)
  const self = scenario.parties[p]!
  if (payments && scenario.compensation !== undefined && self.moneyValue > 0) {
    for (const q of scenario.parties) if (q.id !== party) total += self.moneyValue * (q.mandate.maxPayment ?? Infinity)
  }
  return total
}

/**
 * The `relaxMinGain` remedy for one party, or `undefined` when the party has no minimum gain,
 * when dropping it does not make a deal possible, or when the time ran out before a deal was
 * found.
 * @example
 * // A counterfactual: A's council asks a gain of at least 2.5; the one valid deal gives A 2
 * const greedyA = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, minGain: 2.5 } } : p)) }
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * relaxMinGain(greedyA, 'A' as PartyId, ctx) // => { kind: 'relaxMinGain', party: 'A', from: 2.5, to: 2 }
 * @category diagnose
 */
export const relaxMinGain = (scenario: Scenario, party: PartyId, ctx: DiagnoseContext): Remedy | undefined => {
  const from = scenario.parties.find((p) => p.id === party)?.mandate.minGain
  if (from === undefined) return undefined
  const tolerance = floorTolerance(scenario, party, ctx)
  const at = (m: number | undefined) => withMandate(scenario, party, (x) => withMinGain(x, m))
  const upper = gainUpperBound(scenario, party, ctx.payments ?? true)
  const found = supremum(at, (best) => best.gains[party]!, upper, tolerance, ctx)
  if (found._tag !== 'Found') return undefined
  return {
    kind: 'relaxMinGain',
    party,
    from,
    ...supremumRemedy(found),
  }
}
