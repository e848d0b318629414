/**
 * The window rounds alone, on a node budget, so that what they reach does not depend on the
 * machine's load: the spread neighbourhood rounds as findDeal runs them (`NEIGHBOURHOOD`),
 * then `windowRounds` from their best point for `--nodes` engine nodes (default 5 million,
 * about what the windows get within a 10 s `sum` search on r11-r13), under `sum` without
 * payments. Prints the value reached, the rounds and the time, and with `--trace` each
 * improvement as it comes; `--seed` replaces the windows' seed (2), to see how much a
 * trajectory owes to its seed:
 *
 *   npx tsx --conditions=source bench/regional/windowMix.ts [--nodes 5000000] [--seed 2] [--trace] r11 r12
 */
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'
import { problemOf } from '../../packages/core/src/search/engine/SearchProblem.js'
import { neighbourhoodSearch } from '../../packages/core/src/search/engine/neighbourhoodSearch.js'
import { NEIGHBOURHOOD } from '../../packages/core/src/search/engine/searchStarts.js'
import { windowRounds } from '../../packages/core/src/search/engine/windowNeighbourhoods.js'
import { rankDeal } from '../../packages/core/src/search/rankDeal.js'
import { dealOfChoices } from '../../packages/core/src/evaluate/compile.js'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1] : undefined
}
const nodes = Number(valueOf('--nodes') ?? 5_000_000)
const seed = valueOf('--seed')
const trace = args.includes('--trace')
const flagValues = new Set([valueOf('--nodes'), seed])
const prefixes = args.filter((a) => !a.startsWith('--') && !flagValues.has(a))
const rungs = regionalFiles().filter((f) =>
  (prefixes.length > 0 ? prefixes : ['r11', 'r12']).some((p) => f.startsWith(p)),
)

const drain = <T>(rounds: Generator<void, T>): T => {
  for (;;) {
    const step = rounds.next()
    if (step.done === true) return step.value
  }
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${nodes} window nodes, seed ${seed ?? 2}`,
)
for (const file of rungs) {
  const problem = problemOf(loadRegional(join(regionalRoot, file)), { objective: 'sum', payments: false })
  const valueOf = (x: Int32Array): number => rankDeal(problem, dealOfChoices(problem.c, x))?.value[0] ?? NaN
  const started = performance.now()
  const spread = drain(
    neighbourhoodSearch(problem, undefined, {
      rounds: NEIGHBOURHOOD.roundsPerIssue * problem.c.issueCount,
      staleRounds: Math.ceil(NEIGHBOURHOOD.staleRoundsPerIssue * problem.c.issueCount),
      size: NEIGHBOURHOOD.size,
      nodesPerRound: NEIGHBOURHOOD.nodesPerRound,
      seed: 1,
      until: Infinity,
    }),
  )
  const start = spread[spread.length - 1]
  const spreadMs = performance.now() - started
  let used = 0
  let rounds = 0
  const windowsFrom = performance.now()
  const windows = windowRounds(
    problem,
    start,
    Infinity,
    (x) => {
      if (trace)
        console.log(`  +${(performance.now() - windowsFrom).toFixed(0)} ms, ${used} nodes: ${valueOf(x).toFixed(2)}`)
    },
    {
      maxNodes: nodes,
      countNodes: (n) => {
        used += n
        rounds++
      },
    },
    seed === undefined ? undefined : Number(seed),
  )
  const found = windows === undefined ? [] : drain(windows)
  const best = found[found.length - 1] ?? start
  const value = best === undefined ? '-' : valueOf(best).toFixed(2)
  console.log(
    `${file}: spread ${start === undefined ? '-' : valueOf(start).toFixed(2)} (${spreadMs.toFixed(0)} ms), windows ${value} after ${rounds} rounds, ${used} nodes, ${(performance.now() - windowsFrom).toFixed(0)} ms`,
  )
}
