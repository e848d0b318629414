/**
 * A neighbourhood round's problem on its free issues only (see neighbourhoodSearch.ts): on a
 * region without interaction terms a round frees a few issues of hundreds, and searching the
 * full problem with the others fixed costs O(parties × all options) per node; the reduced
 * problem costs O(parties × freed options), and dropFixedParties.ts then drops the parties
 * the free issues cannot touch.
 *
 * Why it is exact for the round: the fixed changes of each policy domain become one anchor
 * issue that must change, carrying their summed gains and the union of their stakeholders,
 * so every leaf's participants, gains, domain gains and domains spanned are those of the full
 * problem; only the number of changes differs, by the same amount at every leaf (see
 * `reducedProblem`).
 */
import type { CompiledScenario } from '../../evaluate/compile.js'
import { dropFixedParties } from './dropFixedParties.js'
import type { SearchProblem } from './SearchProblem.js'

/**
 * Per flat option: the parties it touches (a gain other than 0, or a say), so a round's
 * anchors sum the few parties of each fixed change instead of all of them (on the 200 × 500
 * rung the anchors over every party took 1.4 of 7 s of neighbourhood rounds).
 * @category search
 */
export const touchersOf = (c: CompiledScenario): Int32Array[] => {
  const { partyCount: P, issueCount: N, offsets, gain, stakeholder, optionStakeholder, totalOptions: T } = c
  const touchers: Int32Array[] = []
  for (let i = 0; i < N; i++)
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const list: number[] = []
      for (let p = 0; p < P; p++)
        if (gain[p * T + k] !== 0 || stakeholder[i * P + p] || optionStakeholder[k * P + p]) list.push(p)
      touchers.push(Int32Array.from(list))
    }
  return touchers
}

/**
 * The round's problem on its free issues only: every fixed issue at a changed option is
 * folded into one anchor issue per policy domain, which must change (option 1: the fixed
 * changes, with their summed gains and the union of their stakeholders). Participants, gains,
 * domain gains and domains spanned are those of the full problem; only the number of changes
 * differs (an anchor counts once), by the same number for every leaf of the round, so
 * 'fewest' ranks them alike; interaction terms (which couple free and fixed issues) keep the
 * full problem.
 * @category search
 */
export const reducedProblem = (
  problem: SearchProblem,
  x: Int32Array,
  free: Uint8Array,
  touchers: readonly Int32Array[],
) => {
  const { c } = problem
  const { partyCount: P, issueCount: N, totalOptions: T, offsets, gain, stakeholder, statusQuo } = c
  const freeIssues: number[] = []
  const anchorOf = new Map<number, number[]>()
  let fixedChanges = 0
  for (let i = 0; i < N; i++) {
    if (free[i]) freeIssues.push(i)
    else if (x[i] !== statusQuo[i]) {
      fixedChanges++
      const dom = c.domainOf[i]!
      const list = anchorOf.get(dom)
      if (list === undefined) anchorOf.set(dom, [i])
      else list.push(i)
    }
  }
  const anchors = [...anchorOf.entries()]
  const n = freeIssues.length + anchors.length
  const optionCount = Int32Array.from([...freeIssues.map((i) => c.optionCount[i]!), ...anchors.map(() => 2)])
  const subOffsets = new Int32Array(n + 1)
  for (let j = 0; j < n; j++) subOffsets[j + 1] = subOffsets[j]! + optionCount[j]!
  const t = subOffsets[n]!
  const subGain = new Float64Array(P * t)
  const subStake = new Uint8Array(n * P)
  const subOptionStake = new Uint8Array(t * P)
  const choosable = new Uint8Array(t)
  const mustChange = new Uint8Array(n)
  freeIssues.forEach((i, j) => {
    for (let o = 0; o < c.optionCount[i]!; o++) {
      choosable[subOffsets[j]! + o] = problem.choosable[offsets[i]! + o]!
      for (let p = 0; p < P; p++) subGain[p * t + subOffsets[j]! + o] = gain[p * T + offsets[i]! + o]!
      const k = offsets[i]! + o
      subOptionStake.set(c.optionStakeholder.subarray(k * P, (k + 1) * P), (subOffsets[j]! + o) * P)
    }
    for (let p = 0; p < P; p++) subStake[j * P + p] = stakeholder[i * P + p]!
    mustChange[j] = problem.mustChange[i]!
  })
  anchors.forEach(([, issues], a) => {
    const j = freeIssues.length + a
    choosable[subOffsets[j]!] = 1
    choosable[subOffsets[j]! + 1] = 1
    mustChange[j] = 1
    for (const i of issues) {
      // Only the parties the fixed change touches (any other adds 0 and does not take part).
      for (const p of touchers[offsets[i]! + x[i]!]!) {
        subGain[p * t + subOffsets[j]! + 1] = subGain[p * t + subOffsets[j]! + 1]! + gain[p * T + offsets[i]! + x[i]!]!
        // The anchor has one change, so whoever takes part in a fixed change is sure to.
        if (stakeholder[i * P + p] || c.optionStakeholder[(offsets[i]! + x[i]!) * P + p]) {
          subStake[j * P + p] = 1
          subOptionStake[(subOffsets[j]! + 1) * P + p] = 1
        }
      }
    }
  })
  const subStatusQuo = Int32Array.from([...freeIssues.map((i) => statusQuo[i]!), ...anchors.map(() => 0)])
  const compiled: CompiledScenario = {
    ...c,
    issueIds: [...freeIssues.map((i) => c.issueIds[i]!), ...anchors.map(([, issues]) => c.issueIds[issues[0]!]!)],
    optionIds: [
      ...freeIssues.map((i) => c.optionIds[i]!),
      ...anchors.map(([, issues]) => c.optionIds[issues[0]!]!.slice(0, 2)),
    ],
    issueCount: n,
    optionCount,
    offsets: subOffsets,
    totalOptions: t,
    statusQuo: subStatusQuo,
    noStatusQuo: Uint8Array.from([...freeIssues.map((i) => c.noStatusQuo[i]!), ...anchors.map(() => 0)]),
    gain: subGain,
    stakeholder: subStake,
    optionStakeholder: subOptionStake,
    allowed: choosable,
    domainOf: Int32Array.from([...freeIssues.map((i) => c.domainOf[i]!), ...anchors.map(([dom]) => dom)]),
  }
  const sub: SearchProblem = {
    ...problem,
    c: compiled,
    choosable,
    mustChange,
    maxChanges: problem.maxChanges - fixedChanges + anchors.length,
  }
  return {
    // Without the parties the free issues cannot touch (the free issues come first).
    problem: dropFixedParties(sub, freeIssues.length),
    /** x in the reduced problem's terms. */
    choicesOf: (full: Int32Array): Int32Array =>
      Int32Array.from([...freeIssues.map((i) => full[i]!), ...anchors.map(() => 1)]),
    /** A reduced leaf back in full terms (fixed issues as in x). */
    expand: (choices: Int32Array, full: Int32Array): Int32Array => {
      const out = Int32Array.from(full)
      freeIssues.forEach((i, j) => (out[i] = choices[j]!))
      return out
    },
  }
}
