import { readdirSync, readFileSync } from 'node:fs'
import { fromGeniusWeb, analyzeScenario } from 'mandjes'
for (const name of ['s14_n25_m60_k4', 's13_n10_m40_k4']) {
const folder = `bench/scenarios/${name}`
const files = Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(`${folder}/${f}`, 'utf8')]))
const r = fromGeniusWeb(files)
if (r._tag === 'Left') throw 1
const a = analyzeScenario(r.right, { timeMs: 20000 })
console.log(name, a.status, a.message, a.conflict, a.timingsMs.frontier)
}
