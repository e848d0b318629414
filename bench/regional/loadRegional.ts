/**
 * Reads the regional ladder (bench/regional/scenarios/*.json, native scenario files) through
 * the library's own reader, `parseScenarioText`, as a user's file would be read.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, parseScenarioText, type Scenario } from 'mandjes'

/** Where the generator writes the rungs. */
export const regionalRoot = 'bench/regional/scenarios'

/** The rung files under `root`, in name order (r01_..., r02_..., ...). */
export const regionalFiles = (root = regionalRoot): readonly string[] =>
  readdirSync(root)
    .filter((f) => /^r\d+_.*\.json$/.test(f))
    .sort()

/** One rung file as a `Scenario`; throws with every problem the reader found. */
export const loadRegional = (file: string): Scenario => {
  const read = parseScenarioText(readFileSync(file, 'utf8'), { file })
  if (read._tag === 'Left') throw new Error(`${file}:\n${read.left.map((p) => formatProblem(p)).join('\n')}`)
  return read.right
}

/** Every rung, by name (file name without `.json`). */
export const loadRegionalLadder = (root = regionalRoot): [string, Scenario][] =>
  regionalFiles(root).map((f) => [f.replace(/\.json$/, ''), loadRegional(join(root, f))])
