import type { Party } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { OptionRef } from '../model/Valuation.js'
import { partyTolerances } from '../evaluate/toleranceFor.js'

const cache = new WeakMap<Scenario, Map<number, Scenario>>()

/**
 * The scenario with narrower kaders: how much room to negotiate each executive gets. With
 * width `w` in [0, 1], an executive may not agree to any option that costs its party more than
 * `w ×` its largest possible loss on a single issue (measured from the status quo); such
 * options become red lines. `w = 1` returns the scenario unchanged; `w = 0` forbids giving
 * anything away on any issue, so only deals that win on every issue remain.
 *
 * The council sets these kaders from its true interests, so they do not change during a run,
 * unless elections revise them (`elections.reviseKaders`: new councils derive them from the
 * valuations after the election). Cached per scenario and width.
 *
 * @example
 * withMandateWidth(scenario, 1) === scenario // => true
 * withMandateWidth(scenario, 0).parties[0].mandate.redLines.length // => 2
 *
 * @category simulate
 */
export const withMandateWidth = (scenario: Scenario, width: number): Scenario => {
  if (width >= 1) return scenario
  let byWidth = cache.get(scenario)
  if (byWidth === undefined) cache.set(scenario, (byWidth = new Map()))
  const cached = byWidth.get(width)
  if (cached !== undefined) return cached
  // Each party's losses by its own tolerance (the rescaling law, see evaluate/toleranceFor.ts).
  const tolerances = partyTolerances(scenario)
  const parties = scenario.parties.map((party, p): Party => {
    const losses: { ref: OptionRef; loss: number }[] = []
    let largest = 0
    for (const issue of scenario.issues) {
      const valuation = party.valuations[issue.id]
      if (valuation === undefined) continue
      const base = valuation.values[scenario.statusQuo.choices[issue.id]!]!
      for (const option of issue.options) {
        const loss = valuation.stake * (base - valuation.values[option.id]!)
        if (loss > 0) losses.push({ ref: { issue: issue.id, option: option.id }, loss })
        largest = Math.max(largest, loss)
      }
    }
    const limit = width * largest + tolerances[p]!
    const extra = losses.filter(
      ({ ref, loss }) =>
        loss > limit && !party.mandate.redLines.some((r) => r.issue === ref.issue && r.option === ref.option),
    )
    if (extra.length === 0) return party
    return {
      ...party,
      mandate: { ...party.mandate, redLines: [...party.mandate.redLines, ...extra.map((e) => e.ref)] },
    }
  })
  const narrowed: Scenario = { ...scenario, parties }
  byWidth.set(width, narrowed)
  return narrowed
}
