import { sweep, sweepAvailableGain } from '../packages/core/src/index.js'
import { sweepParallel } from '../packages/cli/src/sweep/sweepParallel.js'
import { benchNegotiation } from './simulate.js'
const { scenario, base } = benchNegotiation()
const available = sweepAvailableGain(scenario, base)
const grid = { mediator: [{ _tag: 'bestPackage' as const }] }
const N = Number(process.argv[2] ?? 200)
const seeds = Array.from({ length: N }, (_, k) => k + 1)
sweep(scenario, grid, [9001, 9002, 9003], { base, available })
let t = performance.now()
sweep(scenario, grid, seeds, { base, available })
console.log('main thread', N, 'runs', (performance.now() - t).toFixed(0), 'ms')
t = performance.now()
await sweepParallel(scenario, grid, [1], { base, available, workers: 1 })
console.log('pool of 1, 1 run (startup)', (performance.now() - t).toFixed(0), 'ms')
for (const workers of [1, 2]) {
  t = performance.now()
  await sweepParallel(scenario, grid, seeds, { base, available, workers })
  console.log('pool of', workers, N, 'runs', (performance.now() - t).toFixed(0), 'ms')
}
