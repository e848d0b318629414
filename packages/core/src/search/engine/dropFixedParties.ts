/**
 * A neighbourhood round's problem without the parties its free issues cannot touch. On a
 * region most parties have no say on and no value for any of a round's few free issues: on
 * the 200 × 500 rung a 16-issue window touches a few dozen of the 200 parties, and the
 * engine's per-node work (bounds, node state) runs over every party.
 *
 * Why it is exact for the round: a dropped party is neither a stakeholder of any option of a
 * free issue nor does its gain vary over one, so its gain, its participation (through the
 * fixed changes only) and its validity are the same at every leaf of the round. Under `sum`
 * and `fewest` it adds the same constant to every leaf's key (or nothing), so the round
 * orders its leaves as before; under `maxmin` or `nash` a constant party still moves the
 * minimum or the product, so those keep every party. Payments would let any party pay or be
 * paid, so a round with payments keeps every party too. A party that must take part stays.
 */
import type { CompiledScenario } from '../../evaluate/compile.js'
import type { SearchProblem } from './SearchProblem.js'

/**
 * The round's problem over the parties that issues `0 .. free − 1` can touch, or the problem
 * itself when every party stays or the objectives are not additive.
 * @example
 * dropFixedParties(problem, problem.c.issueCount) === problem // => true: every party can be touched
 * @category search
 */
export const dropFixedParties = (problem: SearchProblem, free: number): SearchProblem => {
  if (problem.payments || !problem.objectives.every((o) => o === 'sum' || o === 'fewest')) return problem
  const { c } = problem
  const { partyCount: P, totalOptions: T, offsets, gain, stakeholder, optionStakeholder } = c
  const touched = Uint8Array.from(problem.mustInclude)
  for (let i = 0; i < free; i++) {
    for (let p = 0; p < P; p++) if (stakeholder[i * P + p]) touched[p] = 1
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++)
      for (let p = 0; p < P; p++) if (optionStakeholder[k * P + p] || gain[p * T + k] !== 0) touched[p] = 1
  }
  for (const term of c.pairs) if (term.issueA < free || term.issueB < free) touched[term.party] = 1
  const keep = Int32Array.from({ length: P }, (_, p) => p).filter((p) => touched[p] === 1)
  if (keep.length === P) return problem
  const Q = keep.length
  const N = c.issueCount
  const D = c.domainIds.length
  const perParty = (a: Float64Array) => Float64Array.from(keep, (p) => a[p]!)
  const gainOut = new Float64Array(Q * T)
  keep.forEach((p, q) => gainOut.set(gain.subarray(p * T, (p + 1) * T), q * T))
  const byRow = (a: Uint8Array, rows: number) => {
    const out = new Uint8Array(rows * Q)
    for (let r = 0; r < rows; r++) keep.forEach((p, q) => (out[r * Q + q] = a[r * P + p]!))
    return out
  }
  const newIndex = new Int32Array(P).fill(-1)
  keep.forEach((p, q) => (newIndex[p] = q))
  const minDomainGain = new Float64Array(Q * D)
  keep.forEach((p, q) => minDomainGain.set(c.minDomainGain.subarray(p * D, (p + 1) * D), q * D))
  const compiled: CompiledScenario = {
    ...c,
    partyIds: Array.from(keep, (p) => c.partyIds[p]!),
    partyCount: Q,
    gain: gainOut,
    pairs: c.pairs.filter((t) => newIndex[t.party]! >= 0).map((t) => ({ ...t, party: newIndex[t.party]! })),
    stakeholder: byRow(stakeholder, N),
    optionStakeholder: byRow(optionStakeholder, T),
    statusQuoUtility: perParty(c.statusQuoUtility),
    requiredGain: perParty(c.requiredGain),
    lossBound: perParty(c.lossBound),
    minGain: perParty(c.minGain),
    minDomainGain,
    partyTolerance: perParty(c.partyTolerance),
  }
  return {
    ...problem,
    c: compiled,
    need: perParty(problem.need),
    ownTolerance: perParty(problem.ownTolerance),
    floor: perParty(problem.floor),
    moneyValue: perParty(problem.moneyValue),
    cap: perParty(problem.cap),
    nashScale: perParty(problem.nashScale),
    alwaysParticipant: Uint8Array.from(keep, (p) => problem.alwaysParticipant[p]!),
    mustInclude: Uint8Array.from(keep, (p) => problem.mustInclude[p]!),
  }
}
