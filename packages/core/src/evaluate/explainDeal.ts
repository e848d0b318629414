/**
 * A deal explained per party, the way a civil servant (ambtenaar) prepares it for the
 * executive: for every party what it gives, what it gets, the money, the net gain, and
 * whether its mandate (kaders) holds, with the room on every rule and which rules are tight.
 * Pure data; each party's part is `explainParty`, the same the council notes read.
 *
 * On an issue without a status quo nothing holds before the deal, so what a party gives and
 * gets is measured against no agreement: the change brings the option's whole value, and a
 * party whose disagreement point is its reservation utility sees that utility given up in
 * `fallbackGain` (what stays as it is, minus its reservation), so the gain still adds up.
 */
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { checkDeal } from './checkDeal.js'
import { defaultDealRules, type DealRules } from './DealRules.js'
import { explainParty, type ExplainOptions } from './explainParty.js'
import type { DealExplanation } from './PartyExplanation.js'
import { explainModules } from './explainModules.js'

/**
 * Explains a deal per party.
 * @example
 * const e = explainDeal(scenario, dealFrom(scenario, { road: 'via-b', housing: 'west' }))
 * e.parties[0].gives.map((c) => c.issue) // => ['road']
 * e.parties[0].gets.map((c) => c.issue) // => ['housing']
 * e.parties[0].gain // => 2
 * @category evaluate
 */
export const explainDeal = (
  scenario: Scenario,
  deal: Deal,
  rules: DealRules = defaultDealRules,
  options: Omit<ExplainOptions, 'rules'> = {},
): DealExplanation => {
  const check = checkDeal(scenario, deal, rules)
  const parties = scenario.parties.map((_, p) => explainParty(scenario, deal, p, check, { ...options, rules }))
  return {
    valid: check.valid,
    flaws: check.flaws,
    changes: check.changes,
    parties,
    modules: explainModules(scenario, deal, rules),
  }
}
