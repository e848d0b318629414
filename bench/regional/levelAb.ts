/**
 * The max-min level test (packages/core/src/search/engine/maxminLevelRefiner.ts) on and off,
 * in one process, alternate runs per rung, so that both see the same machine load:
 *
 *   npx tsx --conditions=source bench/regional/levelAb.ts [--time-ms 10000] [--reps 1] [--json out.json] r03 r05 s14
 *
 * Rung names are prefixes of the regional ladder (r..) or of the GeniusWeb ladder (s..).
 * Each line: findDeal's status, value, proven bound and time with the test off and on; every
 * returned deal is re-checked with `checkDeal`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeal, findDeal, type Scenario } from 'mandjes'
import { maxminLevelSwitch } from '../../packages/core/src/search/engine/maxminSparseRefiner.js'
import { ladderFolders, loadLadder } from '../loadLadder.js'
import { loadRegional, regionalFiles, regionalRoot } from './loadRegional.js'

const args = process.argv.slice(2)
const valueOf = (flag: string): string | undefined => {
  const k = args.indexOf(flag)
  return k >= 0 ? args[k + 1] : undefined
}
const timeMs = Number(valueOf('--time-ms') ?? 10_000)
const reps = Number(valueOf('--reps') ?? 1)
const jsonOut = valueOf('--json')
const flagValues = new Set([valueOf('--time-ms'), valueOf('--reps'), jsonOut])
const names = args.filter((a) => !a.startsWith('--') && !flagValues.has(a))
const ladderRoot = 'bench/scenarios'

const load = (prefix: string): [string, Scenario] => {
  const rung = regionalFiles().find((f) => f.startsWith(prefix))
  if (rung !== undefined) return [rung.replace(/\.json$/, ''), loadRegional(join(regionalRoot, rung))]
  const folder = ladderFolders(ladderRoot).find((f) => f.startsWith(prefix))
  if (folder !== undefined) return [folder, loadLadder(join(ladderRoot, folder))]
  throw new Error(`no rung or ladder scenario starts with ${prefix}`)
}

interface Run {
  readonly rung: string
  readonly level: boolean
  readonly tag: string
  readonly value: number | null
  readonly bound: number | null
  readonly rootBound: number | null
  readonly nodes: number
  readonly ms: number
  readonly valid: boolean | null
}

const runOnce = (rung: string, scenario: Scenario, level: boolean): Run => {
  maxminLevelSwitch.enabled = level
  const started = performance.now()
  const r = findDeal(scenario, { objective: 'maxmin', payments: false, budget: { timeMs } })
  const ms = performance.now() - started
  maxminLevelSwitch.enabled = true
  const best =
    r._tag === 'Optimal' ? r.best : r._tag === 'BudgetExhausted' && r.best._tag === 'Some' ? r.best.value : undefined
  return {
    rung,
    level,
    tag: r._tag,
    value: best?.value[0] ?? null,
    bound: r._tag === 'NoDeal' ? null : (r.bound[0] ?? null),
    rootBound: r.stats.rootBound ?? null,
    nodes: r.stats.nodes,
    ms: Math.round(ms),
    valid: best === undefined ? null : checkDeal(scenario, best.deal).valid,
  }
}

const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(4))
const runs: Run[] = []
for (const name of names) {
  const [rung, scenario] = load(name)
  for (let rep = 0; rep < reps; rep++)
    for (const level of rep % 2 === 0 ? [false, true] : [true, false]) {
      const run = runOnce(rung, scenario, level)
      runs.push(run)
      console.log(
        `${rung.padEnd(16)} level ${level ? 'on ' : 'off'} ${run.tag.padEnd(15)} ${fmt(run.value)} <= ${fmt(run.bound)}` +
          ` root ${fmt(run.rootBound)} nodes ${String(run.nodes).padStart(8)} ${String(run.ms).padStart(6)} ms` +
          (run.valid === false ? ' !!! INVALID DEAL' : ''),
      )
    }
}
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify({ timeMs, runs }, null, 2) + '\n')
