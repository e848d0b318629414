/**
 * The diagnosis of a scenario: when it has no valid deal, what it would take (every remedy
 * kind, each minimal and proven); when it has one, how firm it is (margins per party, and the
 * Monte Carlo probability that it survives uncertain valuations). One time limit covers all
 * the searches; whatever it cuts short is marked (`complete: false`, `proof.minimal: false`).
 */
import type { IssueId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import type { RankedDeal } from '../search/Search.js'
import { allowOption } from './allowOption.js'
import { bindingKaders } from './bindingKaders.js'
import { coalitions, coalitionScenario } from './coalition.js'
import { combinations } from './combinations.js'
import { firmnessProbability, type FirmnessEstimate, type FirmnessOptions } from './firmnessProbability.js'
import { margins, type PartyMargin } from './firmness.js'
import { kadersOf, type Kader } from './kaders.js'
import { liftRedLine } from './liftRedLine.js'
import { newOptionBrief } from './newOption.js'
import { minimalPayment } from './payment.js'
import { outOfTime, probe, type DiagnoseContext } from './probe.js'
import { relaxDomainFloor } from './relaxDomainFloor.js'
import { relaxMinGain } from './relaxMinGain.js'
import { relaxTarget } from './relaxTarget.js'
import type { Remedy } from './Remedy.js'
import { shortfallsOf, type Shortfall } from './shortfalls.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

/** Options for `diagnose`. @category diagnose */
export interface DiagnoseOptions {
  /** Diagnose this issue alone: every other issue stays at the status quo. */
  readonly issue?: IssueId
  /** Diagnose the table of these parties only: the others leave (see the coalition remedy). */
  readonly parties?: readonly PartyId[]
  /** At most this many remedies of each kind (default 5). */
  readonly maxRemedies?: number
  /** Time limit for the whole diagnosis in milliseconds (default: none). */
  readonly timeLimitMs?: number
  readonly rules?: DealRules
  readonly payments?: boolean
  readonly signal?: AbortSignal
  /** Monte Carlo settings for a deal that exists (`false`: skip it). */
  readonly monteCarlo?: FirmnessOptions | false
}

/**
 * What `diagnose` found.
 * - `dealExists`: whether a valid deal exists (then `deal`, `margins`, `firmness`); `null`
 *   when the time limit ran out before the search could tell (then nothing else is claimed);
 * - `remedies`: what it would take, by kind in the order of `remedyKinds`;
 * - `binding`: the kaders that, dropped alone, allow a deal; `undetermined`: those whose
 *   re-run ran out of time;
 * - `shortfalls`: per blocking party, how far its kader is from what it can get;
 * - `complete`: every search finished within the time limit (and the signal did not stop
 *   the diagnosis: then a `deal` is the best found so far, `firmness` rests on the draws made).
 * @category diagnose
 */
export interface Diagnosis {
  readonly dealExists: boolean | null
  readonly remedies: readonly Remedy[]
  readonly binding: readonly Kader[]
  readonly undetermined: readonly Kader[]
  readonly shortfalls: readonly Shortfall[]
  readonly complete: boolean
  readonly deal?: RankedDeal
  readonly margins?: readonly PartyMargin[]
  readonly firmness?: FirmnessEstimate
  readonly elapsedMs: number
}

/**
 * Diagnoses a scenario.
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * const d = diagnose(roadWithRedLine)
 * d.dealExists // => false
 * d.remedies[0] // => { kind: 'liftRedLine', party: 'A', issue: 'road', option: 'via-b' }
 * @category diagnose
 */
export const diagnose = (input: Scenario, options: DiagnoseOptions = {}): Diagnosis => {
  requireStatusQuo('diagnose', input)
  const started = globalThis.performance.now()
  const max = options.maxRemedies ?? 5
  const table =
    options.parties === undefined
      ? { scenario: input, offTable: [] as readonly IssueId[] }
      : coalitionScenario(input, options.parties)
  const scenario = table.scenario
  const offTable = [
    ...table.offTable,
    ...(options.issue === undefined ? [] : scenario.issues.filter((i) => i.id !== options.issue).map((i) => i.id)),
  ]
  const ctx: DiagnoseContext = {
    constraints: offTable.length === 0 ? {} : { offTable },
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.payments === undefined ? {} : { payments: options.payments }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    deadline: options.timeLimitMs === undefined ? Infinity : started + options.timeLimitMs,
  }
  const elapsed = () => globalThis.performance.now() - started
  const first = probe(scenario, ctx)
  if (first._tag === 'Found') {
    const mc =
      options.monteCarlo === false
        ? undefined
        : firmnessProbability(scenario, first.best.deal, {
            ...(options.rules === undefined ? {} : { rules: options.rules }),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...options.monteCarlo,
          })
    return {
      dealExists: true,
      remedies: [],
      binding: [],
      undetermined: [],
      shortfalls: [],
      // Stopped by its signal, the deal is the best found so far and the estimate may rest on fewer draws.
      complete: options.signal?.aborted !== true,
      deal: first.best,
      margins: margins(scenario, first.best.deal, options.rules),
      ...(mc === undefined ? {} : { firmness: mc }),
      elapsedMs: elapsed(),
    }
  }
  if (first._tag === 'Unknown')
    return {
      dealExists: null,
      remedies: [],
      binding: [],
      undetermined: [],
      shortfalls: [],
      complete: false,
      elapsedMs: elapsed(),
    }
  let complete = true
  const kept = <T>(xs: readonly (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined).slice(0, max)
  const { binding, undetermined } = bindingKaders(scenario, ctx)
  if (undetermined.length > 0) complete = false
  const single = (k: Kader): Remedy | undefined => {
    switch (k.kind) {
      case 'minGain':
        return relaxMinGain(scenario, k.party, ctx)
      case 'domainFloor':
        return relaxDomainFloor(scenario, k.party, k.domain, ctx)
      case 'redLine':
        return liftRedLine(scenario, k, ctx)
      case 'notAllowed':
        return allowOption(scenario, k, ctx)
    }
  }
  const singles = binding.map(single)
  const asked = (r: Remedy) => (r.kind === 'relaxMinGain' || r.kind === 'relaxDomainFloor' ? r.from - r.to : 0)
  const byKind = (kind: Remedy['kind']) =>
    kept(singles.filter((r) => r?.kind === kind).sort((a, b) => asked(a!) - asked(b!)))
  const remedies: Remedy[] = [
    ...byKind('relaxMinGain'),
    ...byKind('relaxDomainFloor'),
    ...byKind('liftRedLine'),
    ...byKind('allowOption'),
  ]
  if (singles.some((r) => r !== undefined && 'proof' in r && !r.proof.minimal)) complete = false
  if (binding.length === 0) {
    const refuted = kadersOf(scenario).filter((k) => !undetermined.includes(k))
    const combos = combinations(scenario, refuted, ctx, { maxSets: max })
    if (!combos.complete) complete = false
    remedies.push(...combos.remedies)
  }
  const payment = minimalPayment(scenario, ctx)
  if (payment !== undefined) remedies.push(payment)
  const deadlocked = findDeadlocks(scenario, options.rules).deadlocks.filter((i) => !offTable.includes(i))
  for (const issue of deadlocked.slice(0, max)) if (!outOfTime(ctx)) remedies.push(newOptionBrief(scenario, issue, ctx))
  remedies.push(...coalitions(scenario, ctx, max))
  for (const target of scenario.targets ?? []) if (!outOfTime(ctx)) remedies.push(...relaxTarget(scenario, target, ctx))
  if (outOfTime(ctx)) complete = false
  return {
    dealExists: false,
    remedies,
    binding,
    undetermined,
    shortfalls: shortfallsOf(remedies),
    complete,
    elapsedMs: elapsed(),
  }
}
