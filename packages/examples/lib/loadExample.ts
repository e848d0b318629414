/**
 * Reads an example's scenario file from this package. Node only: the examples are run from
 * the repository (scripts, tests, the notebook and `mandjes demo`).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatProblem, parseScenarioText, type Scenario } from 'mandjes'

/** The worked examples, by folder name. @category examples */
export const exampleNames = ['road-and-housing', 'rivierenland', 'mra-housing', 'sww-social'] as const

/** The name of one worked example. @category examples */
export type ExampleName = (typeof exampleNames)[number]

/** The folder that holds the examples (`packages/examples`). @category examples */
export const examplesRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The path of an example's scenario file.
 * @example
 * examplePath('rivierenland') // => '/…/packages/examples/rivierenland/scenario.yaml'
 * @category examples
 */
export const examplePath = (name: ExampleName): string => join(examplesRoot, name, 'scenario.yaml')

/**
 * An example's scenario, decoded. Throws with every problem listed if the file is broken:
 * the examples are part of the project, so a broken one is a bug to fix, not input to handle.
 * @example
 * loadExample('road-and-housing').issues.length // => 2
 * @category examples
 */
export const loadExample = (name: ExampleName): Scenario => {
  const path = examplePath(name)
  const result = parseScenarioText(readFileSync(path), { file: path })
  if (result._tag === 'Left')
    throw new Error(`example ${name} does not decode:\n${result.left.map((p) => formatProblem(p)).join('\n')}`)
  return result.right
}
