import { negotiationScenario } from '../packages/core/test/negotiationScenario.js'
import { simulate, allMediators, mediatorLabel, availableGain, staggeredAgenda } from '../packages/core/src/index.js'
const s = negotiationScenario({ parties: 10, issues: 30, seed: 1 })
let t = performance.now()
const available = availableGain(s)
console.log('available', available, (performance.now() - t).toFixed(0), 'ms')
const agenda = staggeredAgenda(s, { rounds: 40, seed: 1 })
for (const m of allMediators) {
  t = performance.now()
  const N = Number(process.argv[2] ?? 5)
  let last
  for (let seed = 0; seed < N; seed++) last = simulate(s, { seed, mediator: m, rounds: 40, agenda, available, history: false, councils: { involvement: 'after', trust: 0.5, perParty: {} } })
  const ms = (performance.now() - t) / N
  console.log(mediatorLabel(m).padEnd(28), last!._tag, 'share', last!.share?.toFixed(3), JSON.stringify(last!.counts), ms.toFixed(1), 'ms/run')
}
