import { negotiationScenario } from '../packages/core/test/negotiationScenario.js'
import { simulate, availableGain, staggeredAgenda } from '../packages/core/src/index.js'
const s = negotiationScenario({ parties: 10, issues: 30, options: 4, seed: 2025 })
const available = availableGain(s)
const agenda = staggeredAgenda(s, { rounds: 40, seed: 2025 })
const m = JSON.parse(process.argv[2] ?? '{"_tag":"bestPackage"}')
const t = performance.now()
const N = Number(process.argv[3] ?? 20); for (let seed = 0; seed < N; seed++) simulate(s, { seed, mediator: m, rounds: 40, agenda, available, history: false, councils: { involvement: 'during', trust: 0.5, perParty: {} } })
console.log(((performance.now() - t) / N).toFixed(1), 'ms/run')
