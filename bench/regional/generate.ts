/**
 * `npm run bench:regional:generate`: writes every rung of the regional ladder
 * (bench/regional/rungs.ts) to bench/regional/scenarios/<name>.json, then reads each file back
 * through the library's reader, so a file that does not decode is never left behind silently.
 * Same code, same files: the seeds are fixed in rungs.ts.
 *
 *   npm run bench:regional:generate              every rung
 *   npm run bench:regional:generate -- r01 r02   only these (name prefixes)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compactJson } from './compactJson.js'
import { loadRegional, regionalRoot } from './loadRegional.js'
import { regionalScenario } from './regionalScenario.js'
import { issuesOf, partiesOf, rungs } from './rungs.js'

const only = process.argv.slice(2)
mkdirSync(regionalRoot, { recursive: true })
for (const r of rungs.filter((r) => only.length === 0 || only.some((p) => r.name.startsWith(p)))) {
  const file = join(regionalRoot, `${r.name}.json`)
  const text = compactJson(regionalScenario(r))
  writeFileSync(file, text)
  const scenario = loadRegional(file)
  // A module's eligible members may take part in its changes, though none is a stakeholder.
  const stakeholders = scenario.issues.map((i) => i.module?.members.length ?? i.stakeholders.length)
  if (scenario.parties.length !== partiesOf(r) || scenario.issues.length !== issuesOf(r))
    throw new Error(`${file}: expected ${partiesOf(r)} x ${issuesOf(r)}`)
  console.log(
    `${file}: ${scenario.parties.length} parties x ${scenario.issues.length} issues, ` +
      `stakeholders (module members) per issue ${Math.min(...stakeholders)}-${Math.max(...stakeholders)}, ${(text.length / 1024).toFixed(0)} KiB, seed ${r.seed}`,
  )
}
