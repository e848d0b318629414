/**
 * Search-tree nodes of findDeal on the scenarios with regional targets, per objective: what
 * the target hook in the branch and bound (search/engine/targetBounds.ts) saves. Compare by
 * running it once as is and once with the two `targetsReachable` lines of
 * search/engine/branchAndBound.ts commented out (the results are the same; only nodes change).
 * Run: npx tsx --conditions=source bench/targetPruning.ts
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { findDeal, parseScenarioText, type Objective, type Scenario } from 'mandjes'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const read = (path: string, edit: (text: string) => string = (t) => t): Scenario => {
  const parsed = parseScenarioText(edit(readFileSync(join(root, path), 'utf8')), { format: 'yaml' })
  if (E.isLeft(parsed)) throw new Error(`${path} does not read`)
  return parsed.right
}
const cases: readonly (readonly [string, Scenario])[] = [
  ['mra-housing', read('packages/examples/mra-housing/scenario.yaml')],
  ['rivierenland', read('packages/examples/rivierenland/scenario.yaml')],
  [
    'homes-target, unreachable',
    read('packages/testkit/fixtures/homes-target.yaml', (t) => t.replace('atLeast: 4000', 'atLeast: 7000')),
  ],
]
const objectives: readonly Objective[] = ['sum', 'maxmin', 'nash', 'fewest']
for (const [name, scenario] of cases) {
  for (const objective of objectives) {
    const result = findDeal(scenario, { objective })
    console.log(
      `${name.padEnd(26)} ${objective.padEnd(7)} ${result._tag.padEnd(8)} ${String(result.stats.nodes).padStart(7)} nodes`,
    )
  }
}
