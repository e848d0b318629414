/**
 * The checks of simulation settings that need the scenario: ids it must know, and numbers
 * that stay finite once the settings act on its values. `simulate` throws on the first
 * failure (a configuration is written by a program); `settingsProblems` collects them, so a
 * sweep can check its whole grid before it runs a single case.
 */
import type { Scenario } from '../model/Scenario.js'
import { simulationConfig, type SimulationConfig, type SimulationSettings } from './SimulationConfig.js'

// A normal deviate beyond 64 standard deviations does not occur (its probability is below
// 1e-890); with this margin a finite check here means every noisy picture stays finite.
const noiseMargin = 64

const problemsAgainst = (scenario: Scenario, config: SimulationConfig): string[] => {
  const problems: string[] = []
  const issues = new Set<string>(scenario.issues.map((i) => i.id))
  const parties = new Set<string>(scenario.parties.map((p) => p.id))
  for (const item of config.agenda)
    if (!issues.has(item.issue)) problems.push(`agenda names unknown issue ${item.issue}`)
  for (const party of Object.keys(config.councils.perParty))
    if (!parties.has(party)) problems.push(`councils.perParty names unknown party ${party}`)
  for (const member of config.basiscoalitie?.members ?? [])
    if (!parties.has(member)) problems.push(`basiscoalitie names unknown party ${member}`)
  if (config.decisionRule._tag === 'qualifiedMajority')
    for (const v of config.decisionRule.vetoHolders) if (!parties.has(v)) problems.push(`unknown veto holder ${v}`)
  const t = config.information.transparency
  const factor = t._tag === 'noisy' ? 1 + 2 * noiseMargin * t.sd : t._tag === 'strategic' ? 2 + 2 * t.exaggeration : 1
  if (factor > 1) {
    // The largest utility a distorted picture can reach: every term at its largest, distorted.
    let largest = 0
    for (const party of scenario.parties) {
      let total = 0
      for (const v of Object.values(party.valuations)) {
        let top = 0
        for (const x of Object.values(v?.values ?? {})) top = Math.max(top, Math.abs(x ?? 0))
        total += (v?.stake ?? 0) * top * factor
      }
      largest = Math.max(largest, total)
    }
    if (!Number.isFinite(largest))
      problems.push(
        `${t._tag === 'noisy' ? 'noise sd' : 'exaggeration'} is so large that the distorted values of this scenario overflow to Infinity; use a smaller one`,
      )
  }
  return problems
}

/**
 * Every problem with these settings for this scenario, as messages (empty when they are fine).
 * @example
 * settingsProblems(scenario, { decisionRule: { _tag: 'qualifiedMajority', quota: 0, vetoHolders: [] } })
 * // => ['[mandjes] simulation config: quota must be in (0, 1]']
 * @category simulate
 */
export const settingsProblems = (scenario: Scenario, settings: SimulationSettings): readonly string[] => {
  let config: SimulationConfig
  try {
    config = simulationConfig(settings)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  return problemsAgainst(scenario, config).map((m) => `[mandjes] simulation config: ${m}`)
}

/** Throws a `RangeError` for the first problem of a configuration with this scenario. */
export const checkAgainstScenario = (scenario: Scenario, config: SimulationConfig): void => {
  const [first] = problemsAgainst(scenario, config)
  if (first !== undefined) throw new RangeError(`[mandjes] simulation config: ${first}`)
}
