import { densePicture, type DenseChange } from '../densePicture.js'
import type { Mediator, ProposalDraft } from '../Mediator.js'
import { votingRules } from '../mediatorView.js'
import { mayPassUnanimously, voteOnChanges } from '../voteOnChanges.js'
import { candidatesOf, changesRecord } from './candidates.js'

/** Options for `bilateralExchanges`. @category simulate */
export interface BilateralExchangesOptions {
  /** At most this many exchanges tabled per meeting (on disjoint issues). Default 3. */
  readonly perRound?: number
}

interface Exchange {
  readonly changes: readonly DenseChange[]
  readonly value: number
  readonly a: number
  readonly b: number
}

/**
 * Bilateral exchanges, after Stokman and Van Oosten's exchange model (1994): two parties
 * that weigh two issues differently trade positions. Party A cares relatively more about
 * issue d, party B about issue e (`salience(A, d) × salience(B, e) > salience(A, e) ×
 * salience(B, d)`, salience being a party's swing on the issue); A gets its favourite prepared
 * option on d, B its favourite on e, and each gives way on the issue it cares less about. This
 * is the source document's own mandje: A grants B the road, B drops a housing location for A's.
 *
 * At each meeting the mediator ranks every exchange in which both parties gain (by its
 * picture) by their joint gain and tables the best ones it expects to pass the vote (other
 * stakeholders of d and e vote too), on disjoint issues. Repeated meeting after meeting.
 *
 * @example
 * const result = simulate(scenario, { seed: 1, mediator: bilateralExchanges() })
 * result.agreements.every((a) => Object.keys(a.changes).length === 2) // => true
 *
 * @category simulate
 */
export const bilateralExchanges = (options: BilateralExchangesOptions = {}): Mediator => {
  const perRound = options.perRound ?? 3
  return function bilateralExchanges(view) {
    const d = densePicture(view.picture)
    const { c } = d
    const P = c.partyCount
    const T = c.totalOptions
    const tol = c.tolerance
    const candidates = candidatesOf(view, d)
    const K = candidates.length
    // Each party's favourite changeable option per open issue (−1 when no change helps it),
    // and its salience there: the swing between its best and worst option.
    const favourite = new Int32Array(P * K).fill(-1)
    const salience = new Float64Array(P * K)
    candidates.forEach(({ issue, options }, k) => {
      for (let p = 0; p < P; p++) {
        if (c.stakeholder[issue * P + p] !== 1) continue
        let best = tol
        let lo = Infinity
        let hi = -Infinity
        for (let f = c.offsets[issue]!; f < c.offsets[issue + 1]!; f++) {
          lo = Math.min(lo, c.gain[p * T + f]!)
          hi = Math.max(hi, c.gain[p * T + f]!)
        }
        salience[p * K + k] = hi - lo
        for (const o of options) {
          const g = c.gain[p * T + c.offsets[issue]! + o]!
          if (g > best) {
            best = g
            favourite[p * K + k] = o
          }
        }
      }
    })
    const exchanges: Exchange[] = []
    const gainOn = (p: number, ch: DenseChange) => c.gain[p * T + c.offsets[ch.issue]! + ch.option]!
    const rules = votingRules(view.config)
    // Under plain unanimity every stakeholder must gain and nobody may lose: screen exchanges
    // on that before the full vote (interaction terms are not additive, so not with pairs).
    const screen = rules.decisionRule._tag === 'unanimity' && rules.goodwill.altruism === 0 && rules.goodwill.grant === 0 && c.pairs.length === 0
    const strict = rules.gainRule === 'strict'
    const both = new Float64Array(P)
    for (let a = 0; a < P; a++) {
      for (let b = 0; b < P; b++) {
        if (a === b) continue
        for (let kd = 0; kd < K; kd++) {
          const oa = favourite[a * K + kd]!
          if (oa < 0) continue
          for (let ke = 0; ke < K; ke++) {
            const ob = favourite[b * K + ke]!
            if (ke === kd || ob < 0) continue
            if (!(salience[a * K + kd]! * salience[b * K + ke]! > salience[a * K + ke]! * salience[b * K + kd]!)) continue
            const d1 = { issue: candidates[kd]!.issue, option: oa }
            const d2 = { issue: candidates[ke]!.issue, option: ob }
            const gainA = gainOn(a, d1) + gainOn(a, d2)
            const gainB = gainOn(b, d1) + gainOn(b, d2)
            if (gainA <= tol || gainB <= tol) continue
            if (screen) {
              for (let p = 0; p < P; p++) both[p] = gainOn(p, d1) + gainOn(p, d2)
              if (!mayPassUnanimously(d, [d1.issue, d2.issue], both, strict)) continue
            }
            exchanges.push({ changes: d1.issue < d2.issue ? [d1, d2] : [d2, d1], value: gainA + gainB, a, b })
          }
        }
      }
    }
    // Stable sort: ties keep enumeration order, so the choice is deterministic.
    exchanges.sort((x, y) => y.value - x.value)
    const used = new Set<number>()
    const proposals: ProposalDraft[] = []
    for (const ex of exchanges) {
      if (proposals.length >= perRound) break
      if (ex.changes.some((ch) => used.has(ch.issue))) continue
      if (!voteOnChanges(d, ex.changes, rules).adopted) continue
      for (const ch of ex.changes) used.add(ch.issue)
      proposals.push({ changes: changesRecord(d, ex.changes), note: `exchange between ${c.partyIds[ex.a]} and ${c.partyIds[ex.b]}` })
    }
    return { proposals }
  }
}
