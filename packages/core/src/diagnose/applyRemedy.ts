/**
 * A remedy turned back into the scenario it proposes: the proof's relaxed scenario. The
 * remedy's deal is valid there (`checkDeal`), which is the law the property tests check.
 */
import type { Scenario } from '../model/Scenario.js'
import { recordFrom } from '../internal/recordFrom.js'
import { compile } from '../evaluate/compile.js'
import { coalitionScenario } from './coalition.js'
import { withTargetBound } from './relaxTarget.js'
import { withMargin } from './newOption.js'
import {
  newOptionId,
  withAllowedOption,
  withCompensation,
  withDomainFloor,
  withMandate,
  withMinGain,
  withNewOption,
  withoutRedLine,
} from './relaxations.js'
import { isKaderRemedy, kaderSteps, type KaderStep, type Remedy } from './Remedy.js'
import { requireStatusQuo } from '../evaluate/requireStatusQuo.js'

const applyStep = (scenario: Scenario, step: KaderStep): Scenario => {
  switch (step.kind) {
    case 'relaxMinGain':
      return withMandate(scenario, step.party, (m) => withMinGain(m, step.to))
    case 'relaxDomainFloor':
      return withMandate(scenario, step.party, (m) => withDomainFloor(m, step.domain, step.to))
    case 'liftRedLine':
      return withMandate(scenario, step.party, (m) => withoutRedLine(m, step.issue, step.option))
    case 'allowOption':
      return withMandate(scenario, step.party, (m) => withAllowedOption(m, step.issue, step.option))
  }
}

/**
 * The relaxed scenario a remedy stands for: the kader lowered to `to` or lifted, compensation
 * allowed (for a hypothetical payment), the new option added with the brief's values (each
 * with a small margin above the threshold), or the table without the parties that left.
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * const remedy = diagnose(roadWithRedLine).remedies[0] // lift A's red line
 * checkDeal(applyRemedy(roadWithRedLine, remedy), remedy.deal.deal).valid // => true
 * @category diagnose
 */
export const applyRemedy = (scenario: Scenario, remedy: Remedy): Scenario => {
  requireStatusQuo('applyRemedy', scenario)
  if (isKaderRemedy(remedy)) return kaderSteps(remedy).reduce(applyStep, scenario)
  switch (remedy.kind) {
    case 'relaxTarget':
      return withTargetBound(scenario, remedy.target, remedy.bound, remedy.to)
    case 'payment':
      return remedy.hypothetical ? withCompensation(scenario) : scenario
    case 'newOption': {
      const tolerance = compile(scenario).tolerance
      const values = recordFrom(
        Object.entries(remedy.values).flatMap(([p, v]) =>
          v === null
            ? []
            : [
                [
                  p,
                  withMargin(
                    v,
                    scenario.parties.find((x) => x.id === p)?.valuations[remedy.issue]?.stake ?? 0,
                    tolerance,
                  ),
                ],
              ],
        ),
      )
      return withNewOption(scenario, remedy.issue, newOptionId(scenario, remedy.issue), values, remedy.needsAllowance)
    }
    case 'coalition':
      return coalitionScenario(scenario, remedy.parties).scenario
  }
}
