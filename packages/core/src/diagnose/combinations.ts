/**
 * Remedy 1e: when no single kader, dropped alone, makes a deal possible, the smallest sets of
 * two or three that together do. A set is reported only when no smaller subset of it works
 * (every single kader was tried first, and every pair before the triples), so each set is
 * minimal by inclusion. Sets are ranked by how little they ask: fewer kaders first, then
 * fewer lifted red lines and admitted options, then the smallest total shortfall against the
 * numeric kaders in the deal found.
 */
import type { Scenario } from '../model/Scenario.js'
import type { RankedDeal } from '../search/Search.js'
import { domainGainOf } from '../evaluate/gainOf.js'
import { withoutKader, type Kader } from './kaders.js'
import { outOfTime, probe, remedyDeal, type DiagnoseContext } from './probe.js'
import type { KaderStep, Remedy } from './Remedy.js'

/** Options for `combinations`. @category diagnose */
export interface CombinationOptions {
  /** Largest set size tried (2 or 3; default 3). */
  readonly maxSize?: number
  /** Stop after this many sets (default 10). */
  readonly maxSets?: number
}

/** A kader, dropped, as a remedy step with the value the deal found needs. */
const stepOf = (scenario: Scenario, kader: Kader, deal: RankedDeal): KaderStep => {
  switch (kader.kind) {
    case 'minGain':
      return {
        kind: 'relaxMinGain',
        party: kader.party,
        from: kader.value,
        to: Math.min(kader.value, deal.gains[kader.party]!),
      }
    case 'domainFloor':
      return {
        kind: 'relaxDomainFloor',
        party: kader.party,
        domain: kader.domain,
        from: kader.value,
        to: Math.min(kader.value, domainGainOf(scenario, kader.party, deal.deal, kader.domain)),
      }
    case 'redLine':
      return { kind: 'liftRedLine', party: kader.party, issue: kader.issue, option: kader.option }
    case 'notAllowed':
      return { kind: 'allowOption', party: kader.party, issue: kader.issue, option: kader.option }
  }
}

/** How much a set of steps asks, for ranking: discrete lifts, then total numeric shortfall. */
const askOf = (steps: readonly KaderStep[]): readonly [number, number, number] => {
  let lifts = 0
  let shortfall = 0
  for (const s of steps) {
    if (s.kind === 'liftRedLine' || s.kind === 'allowOption') lifts++
    else shortfall += s.from - s.to
  }
  return [steps.length, lifts, shortfall]
}

const subsets = <T>(items: readonly T[], size: number): T[][] => {
  if (size === 0) return [[]]
  const out: T[][] = []
  items.forEach((x, k) => {
    for (const rest of subsets(items.slice(k + 1), size - 1)) out.push([x, ...rest])
  })
  return out
}

/**
 * The minimal sets of two (then three) kaders that together make a deal possible, among
 * `candidates`: kaders already known not to suffice alone.
 * @example
 * // A counterfactual: A rules out the road via B and B allows only housing east; the one
 * // valid deal (via-b, west) needs both kaders gone
 * const both = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : { ...p, mandate: { ...p.mandate, allowedOptions: { housing: ['east'] } } })) }
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * bindingKaders(both, ctx).binding // => []: neither kader alone keeps the deal out
 * combinations(both, kadersOf(both), ctx).remedies.map((r) => r.kind) // => ['combination']
 * @category diagnose
 */
export const combinations = (
  scenario: Scenario,
  candidates: readonly Kader[],
  ctx: DiagnoseContext,
  options: CombinationOptions = {},
): { readonly remedies: readonly Remedy[]; readonly complete: boolean } => {
  const maxSize = Math.min(3, options.maxSize ?? 3)
  const maxSets = options.maxSets ?? 10
  const found: { kaders: readonly Kader[]; remedy: Remedy }[] = []
  const unknown: (readonly Kader[])[] = []
  let complete = true
  for (let size = 2; size <= maxSize && found.length < maxSets; size++) {
    for (const set of subsets(candidates, size)) {
      if (found.some((f) => f.kaders.every((k) => set.includes(k)))) continue
      if (outOfTime(ctx)) {
        complete = false
        break
      }
      const relaxed = set.reduce(withoutKader, scenario)
      const r = probe(relaxed, ctx)
      if (r._tag === 'Unknown') {
        complete = false
        unknown.push(set)
      }
      if (r._tag !== 'Found') continue
      // Minimal only when every smaller subset was refuted, not left open by the time limit.
      const minimal = !unknown.some((u) => u.length < set.length && u.every((k) => set.includes(k)))
      const steps = set.map((k) => stepOf(relaxed, k, r.best))
      found.push({
        kaders: set,
        remedy: {
          kind: 'combination',
          steps,
          deal: remedyDeal(r.best),
          proof: { method: 'branchAndBound', minimal, nodes: r.nodes },
        },
      })
      if (found.length >= maxSets) break
    }
  }
  const ranked = found
    .map((f) => f.remedy)
    .sort((a, b) => {
      const x = askOf(a.kind === 'combination' ? a.steps : [])
      const y = askOf(b.kind === 'combination' ? b.steps : [])
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
    })
  return { remedies: ranked, complete }
}
