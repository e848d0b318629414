/**
 * A scenario as JSON or YAML text. `parseScenarioText(writeScenarioText(s, format))` gives back
 * `s` in both formats (JSON has no negative zero: -0 comes back as 0, which every computation
 * treats alike). YAML output never uses anchors or aliases, so it reads without surprises.
 */
import { stringify } from 'yaml'
import type { Scenario } from '../model/Scenario.js'
import { encodeScenario } from './encodeScenario.js'

/**
 * The two text formats of scenario files.
 * @example
 * const format: ScenarioFormat = formatOfFile('deal.yml') ?? 'yaml'
 * @category scenarioFile
 */
export type ScenarioFormat = 'json' | 'yaml'

/**
 * How to write a scenario text.
 * @example
 * writeScenarioText(scenario, 'yaml', { schemaUrl: '../schema/scenario.schema.json' })
 * @category scenarioFile
 */
export interface WriteScenarioOptions {
  /**
   * Where editors find the JSON Schema: added as `"$schema"` (JSON) or as a
   * `# yaml-language-server: $schema=...` first line (YAML).
   */
  readonly schemaUrl?: string
}

/**
 * Writes a scenario as JSON (two-space indented) or YAML, ending in a newline.
 *
 * @example
 * writeScenarioText(scenario, 'yaml').startsWith('version: 1\n') // => true
 * writeScenarioText(scenario, 'json', { schemaUrl: './node_modules/mandjes/schema/scenario.schema.json' }).split('\n').slice(0, 3)
 * // => ['{', '  "$schema": "./node_modules/mandjes/schema/scenario.schema.json",', '  "version": 1,']
 *
 * @category scenarioFile
 */
export const writeScenarioText = (
  scenario: Scenario,
  format: ScenarioFormat,
  options: WriteScenarioOptions = {},
): string => {
  const file = encodeScenario(scenario)
  if (format === 'json') {
    const withSchema = options.schemaUrl === undefined ? file : { $schema: options.schemaUrl, ...file }
    return `${JSON.stringify(withSchema, null, 2)}\n`
  }
  const header = options.schemaUrl === undefined ? '' : `# yaml-language-server: $schema=${options.schemaUrl}\n`
  return header + stringify(file, { aliasDuplicateObjects: false, lineWidth: 0 })
}
