/**
 * A picture of the negotiation (true or believed, status quo = agreements in force) in the
 * compiled dense form, plus what voting needs per party: which options its kaders forbid, its
 * largest swing on one issue, its reservation margin, and its pair terms by issue.
 *
 * The law this module keeps: `gainsOfChanges(dense, changes)[p]` equals
 * `gainOf(picture, p, deal)` for the deal that makes those changes (up to rounding).
 */
import type { Scenario } from '../model/Scenario.js'
import { compile, type CompiledScenario, type PairTerm } from '../evaluate/compile.js'
import { indexIn } from '../evaluate/idIndex.js'

/**
 * One change of a proposal, by index: issue `issue` gets option `option`.
 * @category simulate
 */
export interface DenseChange {
  readonly issue: number
  readonly option: number
}

/**
 * A picture compiled for voting and proposing.
 * @category simulate
 */
export interface DensePicture {
  readonly c: CompiledScenario
  /** `forbidden[p * totalOptions + flat]`: party p's own kaders forbid agreeing to that option. */
  readonly forbidden: Uint8Array
  /** Per party: its largest swing (best minus worst option) on a single issue. */
  readonly scale: Float64Array
  /** Per party: reservation utility minus utility of the agreements in force (−Infinity when none). */
  readonly reservationMargin: Float64Array
  /** Pair terms touching each issue. */
  readonly pairsByIssue: readonly (readonly PairTerm[])[]
  readonly domainCount: number
  /** Scratch: the current choice per issue (baseline outside a call). Never shared across calls. */
  readonly scratch: Int32Array
  /** Scratch: 1 for the issues of the changes in the current call (0 outside a call). */
  readonly changed: Uint8Array
}

const cache = new WeakMap<Scenario, DensePicture>()

/**
 * The dense form of a picture, cached per scenario object.
 * @example
 * densePicture(picture).c.partyCount // => 2
 * @category simulate
 */
export const densePicture = (scenario: Scenario): DensePicture => {
  const found = cache.get(scenario)
  if (found !== undefined) return found
  const c = compile(scenario)
  const { partyCount: P, issueCount: I, totalOptions: T, offsets } = c
  const forbidden = new Uint8Array(P * T)
  scenario.parties.forEach((party, p) => {
    for (const { issue, option } of party.mandate.redLines) {
      const i = indexIn(c.issueIds, issue)
      const o = c.optionIds[i] === undefined ? -1 : indexIn(c.optionIds[i]!, option)
      if (o >= 0) forbidden[p * T + offsets[i]! + o] = 1
    }
    for (const [issue, only] of Object.entries(party.mandate.allowedOptions)) {
      if (only === undefined) continue
      const i = indexIn(c.issueIds, issue as never)
      if (i < 0) continue
      c.optionIds[i]!.forEach((id, o) => {
        if (!only.includes(id)) forbidden[p * T + offsets[i]! + o] = 1
      })
    }
  })
  const scale = new Float64Array(P)
  const reservationMargin = new Float64Array(P)
  scenario.parties.forEach((party, p) => {
    let largest = 0
    for (let i = 0; i < I; i++) {
      let lo = Infinity
      let hi = -Infinity
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
        const g = c.gain[p * T + f]!
        lo = Math.min(lo, g)
        hi = Math.max(hi, g)
      }
      largest = Math.max(largest, hi - lo)
    }
    scale[p] = largest
    reservationMargin[p] =
      party.reservationUtility === undefined ? -Infinity : party.reservationUtility - c.statusQuoUtility[p]!
  })
  const pairsByIssue: PairTerm[][] = Array.from({ length: I }, () => [])
  for (const t of c.pairs) {
    pairsByIssue[t.issueA]!.push(t)
    if (t.issueB !== t.issueA) pairsByIssue[t.issueB]!.push(t)
  }
  const dense: DensePicture = {
    c,
    forbidden,
    scale,
    reservationMargin,
    pairsByIssue,
    domainCount: c.domainIds.length,
    scratch: Int32Array.from(c.statusQuo),
    changed: new Uint8Array(I),
  }
  cache.set(scenario, dense)
  return dense
}

/**
 * Every party's gain from a set of changes (issues distinct), written into `out` (allocated
 * when not given). Linear in changes × parties plus the pair terms touching changed issues.
 * @example
 * gainsOfChanges(densePicture(picture), [{ issue: 0, option: 1 }]) // => Float64Array [-1, 4]: the road via B
 * @category simulate
 */
export const gainsOfChanges = (
  d: DensePicture,
  changes: readonly DenseChange[],
  out: Float64Array = new Float64Array(d.c.partyCount),
): Float64Array => {
  const { c, scratch } = d
  const { partyCount: P, totalOptions: T, offsets } = c
  out.fill(0)
  for (const { issue, option } of changes) {
    const flat = offsets[issue]! + option
    for (let p = 0; p < P; p++) out[p] = out[p]! + c.gain[p * T + flat]!
  }
  if (c.pairs.length === 0) return out
  const { changed } = d
  for (const { issue, option } of changes) {
    scratch[issue] = option
    changed[issue] = 1
  }
  for (const { issue } of changes) {
    for (const t of d.pairsByIssue[issue]!) {
      // A pair with both issues changed is seen from both; count it from its first issue only.
      const other = t.issueA === issue ? t.issueB : t.issueA
      if (changed[other] === 1 && other < issue) continue
      const now = scratch[t.issueA] === t.optionA && scratch[t.issueB] === t.optionB ? t.value : 0
      const before = c.statusQuo[t.issueA] === t.optionA && c.statusQuo[t.issueB] === t.optionB ? t.value : 0
      out[t.party] = out[t.party]! + now - before
    }
  }
  for (const { issue } of changes) {
    scratch[issue] = c.statusQuo[issue]!
    changed[issue] = 0
  }
  return out
}

/**
 * Party p's gain per policy domain from a set of changes (issue terms only; pair terms belong
 * to no domain), written into `out`.
 * @example
 * domainGainsOfChanges(densePicture(picture), 0, [{ issue: 0, option: 1 }]) // => Float64Array [-1, 0]
 * @category simulate
 */
export const domainGainsOfChanges = (
  d: DensePicture,
  p: number,
  changes: readonly DenseChange[],
  out: Float64Array = new Float64Array(d.domainCount),
): Float64Array => {
  const { c } = d
  out.fill(0)
  for (const { issue, option } of changes) {
    const dom = c.domainOf[issue]!
    out[dom] = out[dom]! + c.gain[p * c.totalOptions + c.offsets[issue]! + option]!
  }
  return out
}
