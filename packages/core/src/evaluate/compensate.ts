/**
 * The compensation rule (verevening): how a deal's payments are set once its choices are.
 *
 * Money moves only between the deal's participants that value money (`moneyValue > 0`).
 * Each such party p has a floor (the least gain that makes it accept, see `floorOf`) and a
 * scale (`nashScaleOf`). The rule raises the lowest *relative surplus*
 * `(gain_p + moneyValue_p × net_p − floor_p) / scale_p` as far as it goes: everyone below a
 * common level t is paid up to it, everyone above pays down to it unless its payment cap
 * (`mandate.maxPayment`) stops it earlier, and t is the level at which payments balance.
 *
 * Laws: payments balance; no party pays more than its cap; when any balanced, capped
 * payments among the participants lift every money-valuing participant above its floor, this
 * rule does too (it maximises the smallest relative surplus); multiplying one party's
 * valuations, money value and floors by a constant does not change the payments.
 */
import type { Payment } from '../model/Deal.js'
import type { PartyId } from '../model/Party.js'

/** What the compensation rule needs to know, by party index. @category search */
export interface CompensationInput {
  /** Gains from the chosen options, before money. */
  readonly gains: ArrayLike<number>
  /** Participants that value money: the only parties that pay or receive. */
  readonly members: readonly number[]
  readonly moneyValue: ArrayLike<number>
  /** Payment cap per party (Infinity when its mandate sets none). */
  readonly cap: ArrayLike<number>
  readonly floor: ArrayLike<number>
  readonly scale: ArrayLike<number>
}

/**
 * The net money each party receives under the compensation rule (negative: it pays).
 * All zero when fewer than two parties value money or nobody may pay.
 * @example
 * compensate({ gains: [4, 0], members: [0, 1], moneyValue: [1, 1], cap: [Infinity, Infinity], floor: [0, 0], scale: [1, 1] })
 * // => Float64Array [-2, 2]
 * @category search
 */
export const compensate = (input: CompensationInput): Float64Array => {
  const { gains, members, moneyValue, cap, floor, scale } = input
  const nets = new Float64Array(gains.length)
  if (members.length < 2) return nets
  // F(t) = Σ max(−cap_q, (t·scale_q + floor_q − gain_q) / money_q) is nondecreasing and
  // piecewise linear; member q turns linear at its breakpoint. Walk the breakpoints upwards.
  const breakpoint = (q: number): number =>
    cap[q] === Infinity ? -Infinity : (gains[q]! - floor[q]! - cap[q]! * moneyValue[q]!) / scale[q]!
  const order = [...members].sort((a, b) => breakpoint(a) - breakpoint(b) || a - b)
  let slope = 0
  let offset = 0
  let capped = 0
  for (const q of members) if (cap[q] !== Infinity) capped += cap[q]!
  let level: number
  let k = 0
  for (;;) {
    while (k < order.length && breakpoint(order[k]!) === -Infinity) {
      const q = order[k++]!
      slope += scale[q]! / moneyValue[q]!
      offset += (floor[q]! - gains[q]!) / moneyValue[q]!
    }
    const next = k < order.length ? breakpoint(order[k]!) : Infinity
    if (slope > 0 && slope * next + offset - capped > 0) {
      level = (capped - offset) / slope
      break
    }
    if (k >= order.length) {
      // Nobody can pay (every cap is 0): the level is the lowest breakpoint, no money moves.
      level = next
      break
    }
    const q = order[k++]!
    slope += scale[q]! / moneyValue[q]!
    offset += (floor[q]! - gains[q]!) / moneyValue[q]!
    capped -= cap[q]!
  }
  if (!Number.isFinite(level)) return nets
  let largest = 0
  for (const q of members) {
    nets[q] = Math.max(-cap[q]!, (level * scale[q]! + floor[q]! - gains[q]!) / moneyValue[q]!)
    largest = Math.max(largest, Math.abs(nets[q]!))
  }
  // Rounding leaves dust on parties already at the level: a payment of 1e-17 is no payment.
  for (const q of members) if (Math.abs(nets[q]!) <= 1e-12 * Math.max(1, largest)) nets[q] = 0
  return nets
}

/**
 * Payments that realise net amounts: payers in party order pay receivers in party order.
 * What one pays another receives, so they balance by construction.
 * @example
 * paymentsFromNets(Float64Array.of(-2, 2), ['A', 'B']) // => [{ from: 'A', to: 'B', amount: 2 }]
 * @category search
 */
export const paymentsFromNets = (nets: ArrayLike<number>, partyIds: readonly PartyId[]): readonly Payment[] => {
  const payers: number[] = []
  const receivers: number[] = []
  for (let p = 0; p < nets.length; p++) {
    if (nets[p]! < 0) payers.push(p)
    else if (nets[p]! > 0) receivers.push(p)
  }
  const owed = payers.map((p) => -nets[p]!)
  const due = receivers.map((p) => nets[p]!)
  const payments: Payment[] = []
  let i = 0
  let j = 0
  while (i < payers.length && j < receivers.length) {
    const amount = Math.min(owed[i]!, due[j]!)
    if (amount > 0) payments.push({ from: partyIds[payers[i]!]!, to: partyIds[receivers[j]!]!, amount })
    owed[i] = owed[i]! - amount
    due[j] = due[j]! - amount
    if (owed[i]! <= due[j]!) i++
    else j++
  }
  return payments
}
