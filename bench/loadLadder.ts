/**
 * Reads the benchmark ladder (bench/scenarios: GeniusWeb folders, `domain.json` plus one
 * `LinearAdditiveUtilitySpace` profile per party) through the library's own GeniusWeb importer,
 * `fromGeniusWeb`: stake = `issueWeights`, values = `valueUtilities`, status quo = the
 * `reservationBid` every profile shares, every party valuing an issue a stakeholder of it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, fromGeniusWeb, type Scenario } from 'mandjes'

/** The ladder folders under `root`, in name order (s01_..., s02_..., ...). */
export const ladderFolders = (root: string): readonly string[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^s\d+_/.test(e.name))
    .map((e) => e.name)
    .sort()

/** One ladder folder as a `Scenario`; throws with every problem the importer found. */
export const loadLadder = (folder: string): Scenario => {
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  )
  const read = fromGeniusWeb(files)
  if (read._tag === 'Left') throw new Error(`${folder}:\n${read.left.map((p) => formatProblem(p)).join('\n')}`)
  return read.right
}
