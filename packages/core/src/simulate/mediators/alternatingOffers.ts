import { takesPart } from '../../evaluate/compile.js'
import { densePicture, gainsOfChanges, type DenseChange } from '../densePicture.js'
import type { ConcessionTactic, Mediator } from '../Mediator.js'
import { candidatesOf, changesRecord } from './candidates.js'
import { conceded, concessionBeta } from './concession.js'

/** Options for `alternatingOffers`. @category simulate */
export interface AlternatingOffersOptions {
  readonly tactic: ConcessionTactic
  /** Overrides the tactic's concession exponent β. */
  readonly beta?: number
}

/**
 * Alternating offers among the parties (a multilateral version of Rubinstein's protocol) with
 * time-dependent concession (Faratin, Sierra and Jennings 1998). The parties take turns, one
 * offer per meeting, in scenario order from a randomly drawn first party, skipping parties
 * with no stake in any open issue. At time `t = round / (rounds − 1)` the proposer demands
 * `(1 − t^(1/β)) ×` its ideal gain (its favourite prepared option on every open issue where
 * it has a say), by its own true valuations. Starting from its ideal, it gives way one option
 * at a time, each time the change that brings the most other voters to yes (by what it knows
 * of them: the mediator's picture), while it still gets its demand; it stops as soon as it
 * expects unanimity. The table then votes as usual.
 *
 * @example
 * simulate(scenario, { seed: 1, mediator: alternatingOffers({ tactic: 'boulware' }) })
 *
 * @category simulate
 */
export const alternatingOffers = (options: AlternatingOffersOptions): Mediator => {
  const beta = options.beta ?? concessionBeta(options.tactic)
  return function alternatingOffers(view) {
    const memory = view.memory as { start: number; turn: number } | null
    const base = densePicture(view.picture)
    const P = base.c.partyCount
    const start = memory?.start ?? view.random.int(P)
    const turn = memory?.turn ?? 0
    const candidates = candidatesOf(view, base)
    // Who takes part per option (on a module issue the chosen coalition's members, who are not
    // issue-level stakeholders), so proposers and voters on modules are the parties who join.
    const hasSay = (p: number) =>
      candidates.some(({ issue, options: opts }) => opts.some((o) => takesPart(base.c, issue, o, p)))
    let k = 0
    while (k < P && !hasSay((start + turn + k) % P)) k++
    const nextMemory = { start, turn: turn + k + 1 }
    if (k === P) return { proposals: [], memory: nextMemory }
    const proposer = (start + turn + k) % P
    const d = densePicture(view.knownBy(base.c.partyIds[proposer]!))
    const { c } = d
    const T = c.totalOptions
    // Each party's gains by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts);
    // the scenario's tolerance only for the sum of shortfalls, which mixes parties.
    const tol = c.partyTolerance[proposer]!

    const offer = Int32Array.from(c.statusQuo)
    for (const { issue, options: opts } of candidates) {
      let best = tol
      for (const o of opts) {
        if (!takesPart(c, issue, o, proposer)) continue
        const g = c.gain[proposer * T + c.offsets[issue]! + o]!
        if (g > best) {
          best = g
          offer[issue] = o
        }
      }
    }
    const changesOf = (choice: Int32Array): DenseChange[] => {
      const out: DenseChange[] = []
      for (let i = 0; i < c.issueCount; i++)
        if (choice[i] !== c.statusQuo[i]) out.push({ issue: i, option: choice[i]! })
      return out
    }
    const ideal = gainsOfChanges(d, changesOf(offer))[proposer]!
    if (ideal <= tol) return { proposals: [], memory: nextMemory }
    const t = view.rounds > 1 ? view.round / (view.rounds - 1) : 1
    const demand = Math.max(tol, (1 - conceded(t, beta)) * ideal)

    // Score: fewer expected no-votes first, then a smaller total shortfall of those voters.
    const score = (choice: Int32Array): readonly [number, number] | undefined => {
      const changes = changesOf(choice)
      const gains = gainsOfChanges(d, changes)
      if (gains[proposer]! < demand - tol || gains[proposer]! <= tol) return undefined
      let no = 0
      let shortfall = 0
      for (let p = 0; p < P; p++) {
        if (p === proposer) continue
        const own = c.partyTolerance[p]!
        const voter = gains[p]! < -own || changes.some(({ issue, option }) => takesPart(c, issue, option, p))
        if (voter && gains[p]! <= own) {
          no++
          shortfall += gains[p]! - own
        }
      }
      return [-no, shortfall]
    }
    let current = score(offer)
    for (let iteration = 0; current !== undefined && current[0] < 0 && iteration < 2 * c.issueCount; iteration++) {
      let bestMove: DenseChange | undefined
      let bestScore = current
      for (const { issue, options: opts } of candidates) {
        const was = offer[issue]!
        for (const o of [c.statusQuo[issue]!, ...opts]) {
          if (o === was) continue
          offer[issue] = o
          const s = score(offer)
          if (
            s !== undefined &&
            (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1] + c.tolerance))
          ) {
            bestScore = s
            bestMove = { issue, option: o }
          }
        }
        offer[issue] = was
      }
      if (bestMove === undefined) break
      offer[bestMove.issue] = bestMove.option
      current = bestScore
    }
    const changes = changesOf(offer)
    if (changes.length === 0) return { proposals: [], memory: nextMemory }
    const by = c.partyIds[proposer]!
    return {
      proposals: [
        {
          changes: changesRecord(d, changes),
          by,
          note: `offer by ${by} at t=${t.toFixed(2)}, demanding ${demand.toPrecision(3)}`,
        },
      ],
      memory: nextMemory,
    }
  }
}
