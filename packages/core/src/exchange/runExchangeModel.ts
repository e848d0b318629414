/**
 * The exchange model, round by round. Every modelling choice, in order:
 *
 * 1. **Scale.** Each issue is copied onto 0-100 (`(x − lower) × 100 / (upper − lower)`), so
 *    moves and gains compare across issues; results are reported on each issue's own scale
 *    (moves and outcomes), gains in salience × outcome shift on the 0-100 copy.
 * 2. **Outcome.** Per issue the power-and-salience-weighted mean of the voting positions
 *    (`weightedOutcome`); the initial outcome uses the actors' own positions.
 * 3. **Who may exchange.** For every pair of issues (p, q) in file order, the actors taking
 *    part in both are grouped by their side of the round's initial outcome on each (at or
 *    below it counts as below). Two actors may exchange only when they are on opposite sides
 *    on both issues: (above, above) with (below, below), and (below p, above q) with (above
 *    p, below q). Candidates are listed by issue pair, then those two group pairings in that
 *    order, then actors in file order. Groups are fixed for the round.
 * 4. **Roles and moves.** By `rolesOf` and `computeExchange` (equal gain).
 * 5. **Order.** The valid candidate with the largest gain is realised first; ties go to the
 *    earliest candidate in the order of 3 (deterministic; decide's non-random mode). Gains
 *    within a relative 1e-12 count as tied: equal-gain arithmetic in floating point leaves
 *    exact ties a few units apart in the last digit (decide computes in 28-digit decimals). Then every remaining candidate is recomputed from the new voting
 *    positions and dropped for the round if no longer valid: its gain vanished, a move would
 *    reverse a move the actor already made on that issue this round, or it would push an
 *    outcome past the demander's position. Repeat until no valid candidate is left.
 * 6. **Between rounds.** The round's outcome is computed from the voting positions. An actor
 *    that moved on an issue then takes a new own position part of the way to its voting
 *    position, `x' = x + ((1 − s) × salienceWeight + fixedWeight) × (y − x)` (s its salience,
 *    in [0, 1]); defaults 0.4 and 0.1 as in decide. The next round starts from there.
 *
 * Laws (tested): every realised exchange gives both actors the same positive gain; no move
 * leaves the issue's bounds; the same input gives the same run.
 */
import type { ExchangeModel, ExchangeResult, ExchangeRound, RealisedExchange } from './ExchangeModel.js'
import { computeExchange, rolesOf, type ExchangeRoundState } from './equalGainExchange.js'
import { weightedOutcome } from './weightedOutcome.js'

/**
 * Options of a run: the number of `rounds` (default 10), and the weights of the position
 * update between rounds (`salienceWeight` 0.4 and `fixedWeight` 0.1 by default, as decide).
 * A `signal` stops the run (see `ExchangeResult.stopped`); it is read before every exchange,
 * so a run stops within one pass over the round's candidates.
 * @category exchange
 */
export interface ExchangeOptions {
  readonly rounds?: number
  readonly salienceWeight?: number
  readonly fixedWeight?: number
  readonly signal?: AbortSignal
}

const tieTolerance = 1e-12
/** Candidates computed between two looks at the stop signal. */
const STOP_CHECK_EVERY = 4096

interface Candidate {
  readonly I: number
  readonly J: number
  readonly p: number
  readonly q: number
}

/**
 * Runs the exchange model (module header for the rules).
 * @example
 * const result = runExchangeModel(exchangeModel, { rounds: 2 })
 * result.rounds.length // => 2
 * result.rounds[0].exchanges[0].gain // => 12
 * @category exchange
 */
export const runExchangeModel = (model: ExchangeModel, options: ExchangeOptions = {}): ExchangeResult => {
  const rounds = options.rounds ?? 10
  const sw = options.salienceWeight ?? 0.4
  const fw = options.fixedWeight ?? 0.1
  const A = model.actors.length
  const n = model.issues.length
  const actorIndex = new Map(model.actors.map((a, k) => [a.id, k]))
  const issueIndex = new Map(model.issues.map((i, k) => [i.id, k]))
  const takesPart = new Uint8Array(A * n)
  const own = new Float64Array(A * n)
  const salience = new Float64Array(A * n)
  const power = new Float64Array(A * n)
  const span = model.issues.map((i) => i.upper - i.lower)
  const toUnit = (i: number, v: number) => (span[i]! > 0 ? ((v - model.issues[i]!.lower) * 100) / span[i]! : 0)
  const fromUnit = (i: number, v: number) => model.issues[i]!.lower + (v * span[i]!) / 100
  for (const row of model.positions) {
    const a = actorIndex.get(row.actor)
    const i = issueIndex.get(row.issue)
    if (a === undefined || i === undefined)
      throw new RangeError(`[mandjes] exchange model: position of unknown actor or issue (${row.actor}, ${row.issue})`)
    takesPart[a * n + i] = 1
    own[a * n + i] = toUnit(i, row.position)
    salience[a * n + i] = row.salience
    power[a * n + i] = row.power
  }
  const weight = new Float64Array(n)
  for (let a = 0; a < A; a++)
    for (let i = 0; i < n; i++)
      if (takesPart[a * n + i]) weight[i] = weight[i]! + salience[a * n + i]! * power[a * n + i]!
  const outcomeOf = (positions: Float64Array): Float64Array => {
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const xs: number[] = [],
        ss: number[] = [],
        cs: number[] = []
      for (let a = 0; a < A; a++)
        if (takesPart[a * n + i]) {
          xs.push(positions[a * n + i]!)
          ss.push(salience[a * n + i]!)
          cs.push(power[a * n + i]!)
        }
      out[i] = weightedOutcome(xs, ss, cs)
    }
    return out
  }
  const report = (o: Float64Array) => Object.fromEntries(model.issues.map((issue, i) => [issue.id, fromUnit(i, o[i]!)]))
  const initialOutcome = report(outcomeOf(own))
  const results: ExchangeRound[] = []
  const stopped = (): boolean => options.signal?.aborted === true
  for (let round = 1; round <= rounds; round++) {
    if (stopped()) return { initialOutcome, rounds: results, stopped: { round } }
    const start = outcomeOf(own)
    const st: ExchangeRoundState = {
      issueCount: n,
      takesPart,
      own,
      voting: Float64Array.from(own),
      salience,
      power,
      weight,
      outcome: Float64Array.from(start),
      direction: new Int8Array(A * n),
    }
    let candidates = candidatesOf(st, A, n)
    const exchanges: RealisedExchange[] = []
    for (;;) {
      let best = -1
      let bestGain = 0
      const computed: ReturnType<typeof computeExchange>[] = []
      for (let k = 0; k < candidates.length; k++) {
        // A round cut short is dropped whole: `own` changes only after the round, so the
        // result is that of the rounds before it. Read every few thousand candidates: one
        // pass over 40 actors x 40 issues takes a few hundred milliseconds.
        if (k % STOP_CHECK_EVERY === 0 && stopped()) return { initialOutcome, rounds: results, stopped: { round } }
        const c = candidates[k]!
        computed.push(computeExchange(st, c.I, c.J, c.p, c.q))
      }
      computed.forEach((e, k) => {
        if (e.valid && (best < 0 || e.gain > bestGain + tieTolerance * Math.max(1, bestGain))) {
          best = k
          bestGain = e.gain
        }
      })
      if (best < 0) break
      const { I, J, p, q } = candidates[best]!
      const e = computed[best]!
      st.voting[J * n + p] = st.voting[J * n + p]! + e.moveJ
      st.voting[I * n + q] = st.voting[I * n + q]! + e.moveI
      st.direction[J * n + p] = Math.sign(e.moveJ)
      st.direction[I * n + q] = Math.sign(e.moveI)
      for (const i of [p, q]) st.outcome[i] = outcomeOf(st.voting)[i]!
      const idI = model.actors[I]!.id,
        idJ = model.actors[J]!.id
      exchanges.push({
        actors: [idI, idJ],
        issues: [model.issues[q]!.id, model.issues[p]!.id],
        moves: { [idI]: (e.moveI * span[q]!) / 100, [idJ]: (e.moveJ * span[p]!) / 100 },
        gain: e.gain,
      })
      candidates = candidates.filter((_, k) => k !== best && computed[k]!.valid)
    }
    results.push({ round, outcome: report(outcomeOf(st.voting)), exchanges })
    for (let f = 0; f < A * n; f++) {
      if (st.direction[f] === 0) continue
      own[f] = own[f]! + ((1 - salience[f]!) * sw + fw) * (st.voting[f]! - own[f]!)
    }
  }
  return { initialOutcome, rounds: results }
}

/** The candidate exchanges of a round, in the documented order (rule 3). */
const candidatesOf = (st: ExchangeRoundState, A: number, n: number): Candidate[] => {
  const out: Candidate[] = []
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const groups: number[][] = [[], [], [], []]
      for (let a = 0; a < A; a++) {
        if (!st.takesPart[a * n + p] || !st.takesPart[a * n + q]) continue
        const below = (i: number) => (st.own[a * n + i]! <= st.outcome[i]! ? 1 : 0)
        groups[below(p) | (below(q) << 1)]!.push(a)
      }
      for (const [g, h] of [
        [0, 3],
        [1, 2],
      ] as const) {
        for (const a of groups[g]!)
          for (const b of groups[h]!) {
            const [I, J] = rolesOf(st, a, b, p, q)
            out.push({ I, J, p, q })
          }
      }
    }
  }
  return out
}
