/**
 * An example scenario read from packages/examples with the page's reader, for the unit tests
 * (which run in Node, without the build-time `virtual:examples`).
 */
import { readFileSync } from 'node:fs'
import type { Scenario } from 'mandjes'
import { readFiles } from './readFiles'

/** Reads `packages/examples/<name>/scenario.yaml`; throws with the problems if it does not read. */
export const exampleForTests = (name: string): Scenario => {
  const read = readFiles([
    {
      name: `${name}.yaml`,
      text: readFileSync(new URL(`../../examples/${name}/scenario.yaml`, import.meta.url), 'utf8'),
    },
  ])
  if (!read.ok) throw new Error(read.problems.join('\n'))
  return read.scenario
}
