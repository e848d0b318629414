/**
 * findDeal of another checkout of the library against this one, in one process, alternate
 * runs per rung (the order flips each repetition), so that both see the same machine load:
 *
 *   git archive <commit> packages/core | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx --conditions=source bench/regional/checkoutAb.ts --base /tmp/base --objective nash [--no-payments] [--time-ms 10000] [--reps 3] r06 r09
 *
 * Rung names are prefixes of the regional ladder. Payments are on (the default of a scenario
 * with compensation) unless `--no-payments`. Each line: status, value, proven bound, nodes and
 * time of one run; then per rung the medians of the base and of this checkout, and their
 * ratio. Every returned deal is re-checked with this checkout's `checkDeal`.
 */
import { join, resolve } from 'node:path'
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { checkDeal, findDeal, type Objective, type Scenario, type SearchResult } from 'mandjes'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1] : undefined
}
const base = valueOf('--base')
if (base === undefined) throw new Error('--base <folder with packages/core/src> is required')
const objective = (valueOf('--objective') ?? 'nash') as Objective
const payments = !args.includes('--no-payments')
const timeMs = Number(valueOf('--time-ms') ?? 10_000)
const reps = Number(valueOf('--reps') ?? 3)
const flagValues = new Set([base, valueOf('--objective'), valueOf('--time-ms'), valueOf('--reps')])
const names = args.filter((a) => !a.startsWith('--') && !flagValues.has(a))

const other = (await import(pathToFileURL(resolve(base, 'packages/core/src/index.ts')).href)) as {
  readonly findDeal: typeof findDeal
}
const searches = { base: other.findDeal, this: findDeal } as const

const rungs: [string, Scenario][] = names.map((prefix) => {
  const rung = regionalFiles().find((f) => f.startsWith(prefix))
  if (rung === undefined) throw new Error(`no regional rung starts with ${prefix}`)
  return [rung.replace(/\.json$/, ''), loadRegional(join(regionalRoot, rung))]
})

const describe = (scenario: Scenario, r: SearchResult): string => {
  if (r._tag === 'NoDeal') return `NoDeal, ${r.stats.nodes} nodes`
  const best = r._tag === 'Optimal' ? r.best : r.best._tag === 'Some' ? r.best.value : undefined
  if (best !== undefined && !checkDeal(scenario, best.deal).valid) throw new Error('an invalid deal')
  const value = best === undefined ? 'none' : best.value[0]!.toFixed(4)
  return `${r._tag === 'Optimal' ? 'opt' : 'budget'} ${value} <= ${r.bound[0]!.toFixed(4)}, ${r.stats.nodes} nodes`
}

const times: Record<string, number[]> = {}
const last: Record<string, string> = {}
for (let rep = 0; rep < reps; rep++)
  for (const [name, scenario] of rungs) {
    const order = rep % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)
    for (const which of order) {
      const started = performance.now()
      const result = searches[which](scenario, { objective, payments, budget: { timeMs } })
      const ms = performance.now() - started
      const key = `${name} ${which}`
      ;(times[key] ??= []).push(ms)
      last[key] = describe(scenario, result)
      console.log(`${key.padEnd(22)} ${last[key]}, ${ms.toFixed(0)} ms, load ${loadavg()[0]!.toFixed(2)}`)
    }
  }
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(`--- medians (${objective}, payments ${payments ? 'on' : 'off'}, ${timeMs} ms budget, ${reps} runs)`)
for (const [name] of rungs) {
  const b = median(times[`${name} base`]!)
  const t = median(times[`${name} this`]!)
  console.log(
    `${name}: base ${last[`${name} base`]}, ${b.toFixed(0)} ms | this ${last[`${name} this`]}, ${t.toFixed(0)} ms | ratio ${(t / b).toFixed(2)}`,
  )
}
