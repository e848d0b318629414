/**
 * Remedy 2: the smallest total compensation (verevening) that makes a deal valid, who pays
 * whom, within every payer's `maxPayment`. Payments run between the deal's participants that
 * value money (`moneyValue > 0`): money cannot move a party that does not value it.
 *
 * Why it is exact: for one choice of options, each participant p short of what it needs
 * (strict gain, minimum gain, reservation) must receive at least `shortfall_p / moneyValue_p`,
 * so no scheme pays less than the sum of those amounts; paying exactly that sum works when the
 * others' surpluses (each `surplus_q / moneyValue_q`, capped by `maxPayment_q`) cover it, and
 * then nobody needs to pay and receive at once. The remedy is the smallest such sum over every
 * choice vector the mandates allow, enumerated in full; when the time limit stops the
 * enumeration first the proof says so (`minimal: false`).
 *
 * A deal kept out by something money cannot change (a red line, a domain floor, an outsider
 * who loses) is skipped. Without `compensation` in the scenario the remedy is hypothetical:
 * what payments would do if the scenario allowed them.
 */
import type { Payment } from '../model/Deal.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from '../evaluate/checkDeal.js'
import { compile, dealOfChoices } from '../evaluate/compile.js'
import { defaultDealRules } from '../evaluate/DealRules.js'
import { constraintViolations } from '../search/constraints.js'
import { outOfTime, type DiagnoseContext } from './probe.js'
import { withCompensation } from './relaxations.js'
import type { Remedy } from './Remedy.js'
import { indexIn } from '../evaluate/idIndex.js'

/** Flaws a payment can cure. */
const curable = new Set(['ParticipantDoesNotGain', 'BelowReservation', 'BelowMinGain'])

/** Choice vectors the payment search gives up on, whatever the time limit. @category diagnose */
export const PAYMENT_MAX_VECTORS = 1_000_000

/**
 * The payment remedy, or `undefined` when no payments between participants can make any deal
 * valid (or no party values money, or time ran out before one was found).
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * minimalPayment(scenario, ctx) // => undefined: neither party values money (moneyValue 0)
 * // A counterfactual: both value money, and A values housing west at 0.5 instead of 3, so
 * // road via-b with housing west leaves A at -0.5 and B at +3
 * const tight = { ...scenario, parties: scenario.parties.map((p) => ({ ...p, moneyValue: 1, valuations: p.id === 'A' ? { ...p.valuations, housing: { stake: 1, values: { none: 0, west: 0.5, east: -1 } } } : p.valuations })) }
 * minimalPayment(tight, ctx) // => { kind: 'payment', payments: [{ from: 'B', to: 'A' }], hypothetical: true }
 * minimalPayment(tight, ctx)?.total // => 0.5: A's shortfall, plus a margin of 1e-8
 * @category diagnose
 */
export const minimalPayment = (original: Scenario, ctx: DiagnoseContext): Remedy | undefined => {
  if (ctx.payments === false) return undefined
  const hypothetical = original.compensation === undefined
  const scenario = withCompensation(original)
  if (!scenario.parties.some((p) => p.moneyValue > 0)) return undefined
  const c = compile(scenario)
  const rules = ctx.rules ?? defaultDealRules
  const tol = rules.tolerance ?? c.tolerance
  const strictMargin = rules.gainRule === 'strict' ? 2 * tol : 0
  const offTable = new Set(ctx.constraints.offTable ?? [])
  const options = c.issueIds.map((id, i) =>
    Array.from({ length: c.optionCount[i]! }, (_, o) => o).filter(
      (o) => o === c.statusQuo[i] || (!offTable.has(id) && c.allowed[c.offsets[i]! + o] === 1),
    ),
  )
  const total = options.reduce((n, os) => n * os.length, 1)
  const pos = new Int32Array(c.issueCount)
  const choices = Int32Array.from(options, (os) => os[0]!)
  const advance = () => {
    let i = c.issueCount - 1
    while (i >= 0 && pos[i] === options[i]!.length - 1) {
      pos[i] = 0
      choices[i] = options[i]![0]!
      i--
    }
    if (i >= 0) {
      pos[i] = pos[i]! + 1
      choices[i] = options[i]![pos[i]!]!
    }
  }
  let best:
    | { payments: Payment[]; total: number; deal: ReturnType<typeof checkDeal>; choices: Int32Array; changes: number }
    | undefined
  let vectors = 0
  let complete = total <= PAYMENT_MAX_VECTORS
  // Visit every vector once: an odometer over each issue's choosable options.
  for (let k = 0; k < Math.min(total, PAYMENT_MAX_VECTORS); k++, advance()) {
    if ((k & 255) === 0 && outOfTime(ctx)) {
      complete = false
      break
    }
    vectors++
    const base = dealOfChoices(c, choices)
    const check = checkDeal(scenario, base, rules)
    if (check.changes.length === 0 || check.valid) continue
    if (check.flaws.some((f) => !curable.has(f._tag))) continue
    if (constraintViolations(scenario, base, check.changes, check.participants, ctx.constraints).length > 0) continue
    const deficit: [PartyId, number][] = []
    const surplus: [PartyId, number][] = []
    let feasible = true
    for (const id of check.participants) {
      const party = scenario.parties[indexIn(c.partyIds, id)]!
      const gain = check.gains[id]!
      const sq = c.statusQuoUtility[indexIn(c.partyIds, id)]!
      let need = strictMargin
      if (party.mandate.minGain !== undefined) need = Math.max(need, party.mandate.minGain)
      if (party.reservationUtility !== undefined) need = Math.max(need, party.reservationUtility - sq + strictMargin)
      if (gain < need) {
        if (party.moneyValue <= 0) feasible = false
        else deficit.push([id, (need - gain) / party.moneyValue])
      } else if (party.moneyValue > 0) {
        surplus.push([id, Math.min((gain - need) / party.moneyValue, party.mandate.maxPayment ?? Infinity)])
      }
    }
    if (!feasible) continue
    const owed = deficit.reduce((s, [, x]) => s + x, 0)
    if (owed > surplus.reduce((s, [, x]) => s + x, 0) || (best !== undefined && owed >= best.total)) continue
    const payments: Payment[] = []
    let from = 0
    for (const [to, amount] of deficit) {
      let left = amount
      while (left > 0 && from < surplus.length) {
        const give = Math.min(left, surplus[from]![1])
        if (give > 0) payments.push({ from: surplus[from]![0], to, amount: give })
        surplus[from]![1] -= give
        left -= give
        if (surplus[from]![1] <= 0) from++
      }
    }
    const paid = { ...base, payments }
    const verified = checkDeal(scenario, paid, rules)
    if (!verified.valid) continue
    best = {
      payments,
      total: owed,
      deal: verified,
      choices: Int32Array.from(choices),
      changes: verified.changes.length,
    }
  }
  if (best === undefined) return undefined
  const deal = { ...dealOfChoices(c, best.choices), payments: best.payments }
  return {
    kind: 'payment',
    payments: best.payments,
    total: best.total,
    hypothetical,
    deal: { deal, gains: best.deal.gains, changes: best.deal.changes, participants: best.deal.participants },
    proof: { method: 'enumeration', minimal: complete, nodes: vectors },
  }
}
