/**
 * Writes a scenario as a GeniusWeb folder on disk (Node only): the files `toGeniusWeb` makes,
 * each written atomically. Returns what GeniusWeb could not hold, for the command to report.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { toGeniusWeb, type Scenario } from 'mandjes'
import { writeFileAtomic } from './writeFileAtomic.js'
import { geniusWebExportLosses } from 'mandjes/engine'

/**
 * Writes `domain.json` and one profile per party into `folder` (created when missing).
 * @example
 * const { files, losses } = await writeGeniusWebFolder('out/harbour', scenario)
 * files // => ['domain.json', 'A.json', 'B.json']
 * @category cli
 */
export const writeGeniusWebFolder = async (
  folder: string,
  scenario: Scenario,
): Promise<{ readonly files: readonly string[]; readonly losses: readonly string[] }> => {
  await mkdir(folder, { recursive: true })
  const files = toGeniusWeb(scenario)
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(folder, name), `${text}\n`)
  return { files: Object.keys(files), losses: geniusWebExportLosses(scenario) }
}
