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
 * Bilateral exchanges of options (logrolls): two parties trade on two issues, each giving
 * way on the issue it cares less about. For every pair of open issues (d, e) and every pair
 * of prepared options on them, the mediator looks for a party A that gains more on d than on
 * e and a party B the other way round (their salience ratios differ), both better off on the
 * whole; that is the source document's own mandje (A grants B the road, B drops a housing
 * location for A's). It ranks these swaps by the total gain of all parties (by its picture),
 * screens out those it expects to fail, and tables the best ones that pass its expected vote
 * (every stakeholder of d and e votes), on disjoint issues, meeting after meeting.
 *
 * This mediator trades options of a `Scenario`; the exchange model of Stokman and Van Oosten
 * (1994) on position issues, with powers and the equal-gain rule, is `runExchangeModel`.
 * Earlier versions took each party's favourite option only and so found no swap that every
 * other stakeholder could accept (0 proposals on Rivierenland and MRA); searching every
 * option pair finds the swaps that exist.
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
    // Each party's gains by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
    const tolOf = c.partyTolerance
    const candidates = candidatesOf(view, d)
    const K = candidates.length
    const exchanges: Exchange[] = []
    const gainOn = (p: number, ch: DenseChange) => c.gain[p * T + c.offsets[ch.issue]! + ch.option]!
    const rules = votingRules(view.config)
    // Under plain unanimity every stakeholder must gain and nobody may lose: screen exchanges
    // on that before the full vote (interaction terms are not additive, so not with pairs).
    const screen =
      rules.decisionRule._tag === 'unanimity' &&
      rules.goodwill.altruism === 0 &&
      rules.goodwill.grant === 0 &&
      c.pairs.length === 0
    const strict = rules.gainRule === 'strict'
    const both = new Float64Array(P)
    for (let kd = 0; kd < K; kd++) {
      for (let ke = kd + 1; ke < K; ke++) {
        for (const od of candidates[kd]!.options) {
          for (const oe of candidates[ke]!.options) {
            const d1 = { issue: candidates[kd]!.issue, option: od }
            const d2 = { issue: candidates[ke]!.issue, option: oe }
            // A trader on each side, better off overall: A gains more on d than on e (d is its
            // demand, e where it gives way), B the other way round: their salience ratios differ.
            let a = -1
            let b = -1
            let total = 0
            for (let p = 0; p < P; p++) {
              const g1 = gainOn(p, d1)
              const g2 = gainOn(p, d2)
              both[p] = g1 + g2
              total += both[p]!
              const tol = tolOf[p]!
              if (both[p]! <= tol) continue
              if (a < 0 && g1 > g2 + tol) a = p
              if (b < 0 && g2 > g1 + tol) b = p
            }
            if (a < 0 || b < 0) continue
            if (screen && !mayPassUnanimously(d, [d1.issue, d2.issue], both, strict)) continue
            exchanges.push({ changes: d1.issue < d2.issue ? [d1, d2] : [d2, d1], value: total, a, b })
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
      proposals.push({
        changes: changesRecord(d, ex.changes),
        note: `exchange between ${c.partyIds[ex.a]} and ${c.partyIds[ex.b]}`,
      })
    }
    return { proposals }
  }
}
