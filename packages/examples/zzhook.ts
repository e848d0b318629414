import { readFileSync } from 'node:fs'
import { parseScenarioText, findDeal } from 'mandjes'
for (const name of ['mra-housing', 'rivierenland']) {
  const s = (parseScenarioText(readFileSync(`packages/examples/${name}/scenario.yaml`, 'utf8'), { format: 'yaml' }) as any).right
  for (const objective of ['sum', 'maxmin', 'nash', 'fewest'] as const) {
    const r = findDeal(s, { objective })
    console.log(name, objective, r._tag, 'nodes', r.stats.nodes)
  }
}
