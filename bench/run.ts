/**
 * `npm run bench`: both benchmark ladders, end to end, in one process.
 *
 * For every scenario of the GeniusWeb ladder (bench/scenarios) and of the regional ladder
 * (bench/regional/scenarios), and every objective run of bench/objectiveRuns.ts: `findDeal`
 * beside `highsSearch` with the same budget, every deal checked and every claimed optimum
 * cross-checked against the other engine's proven bound (bench/solverPair.ts). Then the
 * multi-deal searches on the small scenarios, the 200 x 500 probe in its own process, the
 * strict Pareto frontier on the smaller GeniusWeb scenarios, the core's bundle size and the
 * other bench scripts. A full run writes bench/results/<date>.json, latest.json and the
 * tables of docs/performance.md (GeniusWeb section and regional section with the targets of
 * issue 10); a partial run (see bench/benchArgs.ts) writes bench/results/<date>-partial.json.
 *
 * A full run stays within about 23 minutes on 2 cores: problems that exhaust their budget run
 * once, and every later stage is skipped once a soft deadline has passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { findDeal, paretoFrontier, type Scenario, type Search } from 'mandjes'
import { highsSearch, loadHighs } from '@mandjes/highs'
import { benchArgs } from './benchArgs.js'
import type { BenchResults, FrontierRun } from './BenchResults.js'
import { bundleSizes } from './bundleSize.js'
import { calibrate } from './calibrate.js'
import { extraSearches } from './extraSearches.js'
import { foldScripts } from './foldScripts.js'
import { ladderFolders, loadLadder } from './loadLadder.js'
import {
  performanceTables,
  regionalSection,
  REGIONAL_END_MARKER,
  REGIONAL_START_MARKER,
  writeBetweenMarkers,
} from './performanceTable.js'
import { objectiveRunsFor } from './objectiveRuns.js'
import { loadRegionalLadder } from './regional/loadRegional.js'
import { runLadder, type LadderRuns } from './runLadder.js'
import { targetVerdicts } from './targets.js'

const ladderRoot = 'bench/scenarios'
// 13 minutes before the module rungs (bench/regional, `_m`): they add about 8 minutes of
// search problems, and past the deadline the 200 x 500 probe and the other folds are skipped.
const softDeadlineMs = 21 * 60_000

const args = benchArgs(process.argv.slice(2))
const started = performance.now()
const pastDeadline = () => performance.now() - started > softDeadlineMs
const log = (line: string) => process.stdout.write(`${line}\n`)
const loadAverageStart = loadavg()

log(
  `bench: ${args.partial ? 'partial run' : 'full run'}, ${args.timeMs} ms per problem, up to ${args.reps} repetitions`,
)
const calibrationStart = calibrate()
log(`calibration: ${calibrationStart.toFixed(1)} ms`)

const bundle = args.partial ? [] : await bundleSizes()
for (const b of bundle)
  log(
    `bundle ${b.entry} (${b.external ? 'deps external' : 'deps bundled'}): ${b.minifiedBytes} B min, ${b.gzipBytes} B gzip`,
  )

const loadStarted = performance.now()
const highs = await loadHighs()
const highsLoadMs = performance.now() - loadStarted
const solvers: { readonly ours: Search; readonly highs: Search } = { ours: findDeal, highs: highsSearch(highs) }

// A prefix ending in `$` names one scenario exactly (r02_p13_i21$ without r02_p13_i21_m).
const selected = (name: string) =>
  args.only.length === 0 ||
  args.only.some((prefix) => (prefix.endsWith('$') ? name === prefix.slice(0, -1) : name.startsWith(prefix)))
const geniusweb: [string, Scenario][] = args.ladders.geniusweb
  ? ladderFolders(ladderRoot)
      .filter(selected)
      .map((name) => [name, loadLadder(join(ladderRoot, name))])
  : []
const regional: [string, Scenario][] = args.ladders.regional
  ? loadRegionalLadder().filter(([name]) => selected(name))
  : []

// Untimed solves of every objective run on each ladder's first scenario, so the timed runs
// measure the steady state, not JIT warm-up. Each objective, and the regional ladder's sparse
// machinery (level dives, decomposition), takes its own paths through the engine, and one
// solve does not warm them: findDeal's sum on r01 took 114, 90, 57, 47, 32, 32 ms, then
// 15-17 ms from the seventh solve on (one warm-up on the first GeniusWeb scenario's maxmin
// gave r01's maxmin a ratio of 1.45 in the full run of 2026-12-02, 0.52-0.87 alone).
const WARM_UP_SOLVES = 8
const warmUpMs = Math.min(args.timeMs, 2000)
for (const [, scenario] of [geniusweb[0], regional[0]].filter((s) => s !== undefined))
  for (const run of objectiveRunsFor(scenario, args.objectives))
    for (const search of run.highs ? [solvers.ours, solvers.highs] : [solvers.ours])
      for (let k = 0; k < WARM_UP_SOLVES; k++)
        search(scenario, { objective: run.spec, budget: { timeMs: warmUpMs }, payments: run.payments })

const settings = { timeMs: args.timeMs, reps: args.reps, objectives: args.objectives }
const ladders: LadderRuns[] = []
if (geniusweb.length > 0) {
  log('\n== GeniusWeb ladder (bench/scenarios) ==')
  ladders.push(runLadder('geniusweb', geniusweb, solvers, settings, log, pastDeadline))
}
if (regional.length > 0) {
  log('\n== Regional ladder (bench/regional/scenarios) ==')
  ladders.push(runLadder('regional', regional, solvers, settings, log, pastDeadline))
}

// The multi-deal searches on the small scenarios (up to 21 issues), a twentieth of the budget each.
const extras = args.extras
  ? [...geniusweb, ...regional]
      .filter(([, s]) => s.issues.length <= 21)
      .flatMap(([name, s]) => (pastDeadline() ? [] : extraSearches(name, s, args.timeMs / 20)))
  : []
for (const e of extras)
  log(
    `${e.scenario.padEnd(16)} ${e.search.padEnd(12)} ${e.deals} deals, ${e.complete ? 'complete' : 'incomplete'}, ${e.ms.toFixed(0)} ms${e.flags.length === 0 ? '' : `  !!! ${e.flags.join('; ')}`}`,
  )

const frontierOf = (name: string, scenario: Scenario): FrontierRun => {
  if (pastDeadline()) return { scenario: name, tag: 'Skipped', points: null, ms: 0, detail: 'soft deadline passed' }
  // The bench wants the full frontier: twice the default candidate limit (4e7 numbers' worth).
  const result = paretoFrontier(scenario, {
    timeMs: args.frontierMs,
    maxCandidates: Math.floor(4e7 / Math.max(1, scenario.parties.length)),
  })
  if (result._tag === 'Frontier')
    return { scenario: name, tag: 'Frontier', points: result.points.length, ms: result.elapsedMs }
  return {
    scenario: name,
    tag: result._tag,
    points: null,
    ms: 'elapsedMs' in result ? result.elapsedMs : 0,
    detail: JSON.stringify(result).slice(0, 200),
  }
}
const frontiers = args.partial
  ? []
  : geniusweb.filter(([, s]) => s.issues.length <= args.frontierMaxIssues).map(([name, s]) => frontierOf(name, s))
for (const f of frontiers) log(`${f.scenario}  frontier: ${f.tag} ${f.points ?? ''} points in ${f.ms.toFixed(0)} ms`)

const folds = foldScripts(
  [
    { script: 'bench/regional/probe.ts', args: ['--json'] },
    { script: 'bench/frontier.ts', args: ['--json', '--all', '--time-limit', '20'] },
    { script: 'bench/simulate.ts', args: ['--json'] },
  ],
  args.foldMs,
  args.folds && !pastDeadline(),
)
for (const f of folds)
  log(
    `fold ${f.script}: ${f.status}${f.status === 'ok' || f.status === 'failed' ? ` in ${(f.ms / 1000).toFixed(1)} s` : ''}`,
  )

const flags = [
  ...ladders.flatMap((l) =>
    l.scenarios.flatMap((s) =>
      Object.entries(s.runs).flatMap(([label, p]) => p.flags.map((f) => `${l.ladder} ${s.name} ${label}: ${f}`)),
    ),
  ),
  ...extras.flatMap((e) => e.flags.map((f) => `${e.scenario} ${e.search}: ${f}`)),
]
const calibrationEnd = calibrate()
const date = new Date().toISOString()
const output: BenchResults = {
  date,
  args,
  machine: {
    node: process.versions.node,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverageStart,
    loadAverageEnd: loadavg(),
  },
  calibrationMs: { start: calibrationStart, end: calibrationEnd },
  highsVersion: highs.version.string,
  highsLoadMs,
  ladders,
  extras,
  frontiers,
  bundle,
  folds,
  flags,
  totalMs: performance.now() - started,
}

log('\n== Targets of issue 10 (bench/targets.ts) ==')
for (const v of targetVerdicts(output))
  log(`${v.met === null ? '  –' : v.met ? ' ok' : 'MISS'}  ${v.target}: ${v.detail}`)
if (flags.length > 0) log(`\n!!! ${flags.length} CROSS-CHECK FAILURES:\n${flags.map((f) => `  ${f}`).join('\n')}`)

mkdirSync('bench/results', { recursive: true })
const day = date.slice(0, 10)
const json = `${JSON.stringify(output, null, 1)}\n`
if (args.partial) {
  writeFileSync(`bench/results/${day}-partial.json`, json)
  log(`wrote bench/results/${day}-partial.json (a partial run leaves latest.json and docs/performance.md alone)`)
} else {
  writeFileSync(`bench/results/${day}.json`, json)
  writeFileSync('bench/results/latest.json', json)
  writeBetweenMarkers('docs/performance.md', performanceTables(output))
  writeBetweenMarkers('docs/performance.md', regionalSection(output), REGIONAL_START_MARKER, REGIONAL_END_MARKER)
  log(`wrote bench/results/${day}.json, bench/results/latest.json and docs/performance.md`)
}
log(`done in ${(output.totalMs / 1000).toFixed(0)} s`)
process.exit(flags.length > 0 ? 1 : 0)
