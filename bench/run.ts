/**
 * `npm run bench`: the benchmark ladder, end to end, in one process.
 *
 * For every ladder scenario: the largest-total-gain deal and the largest-smallest-gain deal,
 * each by `findDeal` and by `highsSearch` with the same budget (a proof of optimality, or
 * the best deal with its proven gap); the strict Pareto frontier on the smaller scenarios;
 * the core's bundle size; other engineers' bench scripts when they exist. Writes
 * bench/results/<date>.json, bench/results/latest.json and the tables of docs/performance.md
 * (a `--quick` run writes only bench/results/<date>-quick.json). See bench/benchArgs.ts for
 * the flags.
 *
 * Order keeps a full run within about 15 minutes on 2 cores: searches (at most 4 × 10 s per
 * scenario, repetitions only for fast cases), then frontiers, then the folded scripts, each
 * later stage skipped once a soft deadline has passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { findDeal, paretoFrontier, type Objective, type Scenario, type Search } from 'mandjes'
import { toleranceFor } from 'mandjes/engine'
import { highsSearch, loadHighs } from '@mandjes/highs'
import { benchArgs } from './benchArgs.js'
import type { BenchResults, FrontierRun, ScenarioResult, SolverPair } from './BenchResults.js'
import { bundleSizes } from './bundleSize.js'
import { calibrate } from './calibrate.js'
import { foldScripts } from './foldScripts.js'
import { ladderFolders, loadLadder } from './loadLadder.js'
import { performanceTables, writeBetweenMarkers } from './performanceTable.js'
import { timeSearch } from './timeSearch.js'

const ladderRoot = 'bench/scenarios'
const softDeadlineMs = 14 * 60_000

const args = benchArgs(process.argv.slice(2))
const started = performance.now()
const log = (line: string) => process.stdout.write(`${line}\n`)
const loadAverageStart = loadavg()

log(`bench: ${args.quick ? 'quick smoke run' : 'full run'}, ${args.timeMs} ms per problem, up to ${args.reps} repetitions`)
const calibrationStart = calibrate()
log(`calibration: ${calibrationStart.toFixed(1)} ms`)

const bundle = await bundleSizes()
for (const b of bundle) log(`bundle ${b.entry} (${b.external ? 'deps external' : 'deps bundled'}): ${b.minifiedBytes} B min, ${b.gzipBytes} B gzip`)

const loadStarted = performance.now()
const highs = await loadHighs()
const highsLoadMs = performance.now() - loadStarted
const solvers: { readonly ours: Search; readonly highs: Search } = { ours: findDeal, highs: highsSearch(highs) }

const folders = ladderFolders(ladderRoot).filter((name) => args.only.length === 0 || args.only.some((prefix) => name.startsWith(prefix)))
const scenarios: [string, Scenario][] = folders.map((name) => [name, loadLadder(join(ladderRoot, name))])

// One untimed solve each, so neither solver's first measured run pays for JIT warm-up.
const warmUp = scenarios[0]?.[1]
if (warmUp !== undefined) for (const search of [solvers.ours, solvers.highs]) search(warmUp, { objective: 'maxmin', budget: { timeMs: args.timeMs } })

const pairOf = (scenario: Scenario, objective: Objective): SolverPair => {
  const ours = timeSearch(solvers.ours, scenario, objective, args.timeMs, args.reps)
  const theirs = timeSearch(solvers.highs, scenario, objective, args.timeMs, args.reps)
  const bothProved = ours.tag === 'Optimal' && theirs.tag === 'Optimal' && ours.value !== null && theirs.value !== null
  const tolerance = toleranceFor(scenario) * (scenario.parties.length + 1)
  return {
    ours,
    highs: theirs,
    timeRatio: Number.isFinite(ours.medianMs) && Number.isFinite(theirs.medianMs) && theirs.medianMs > 0 ? ours.medianMs / theirs.medianMs : null,
    agree: bothProved ? Math.abs(ours.value! - theirs.value!) <= tolerance : null,
  }
}

const outcomesOf = (scenario: Scenario): string => scenario.issues.reduce((n, issue) => n * BigInt(issue.options.length), 1n).toString()

const searched = scenarios.map(([name, scenario]) => {
  const sum = pairOf(scenario, 'sum')
  const maxmin = pairOf(scenario, 'maxmin')
  const show = (p: SolverPair) =>
    `findDeal ${p.ours.tag} ${p.ours.value?.toFixed(6)} (bound ${p.ours.bound?.toFixed(6)}) in ${p.ours.medianMs.toFixed(1)} ms | ` +
    `HiGHS ${p.highs.tag} ${p.highs.value?.toFixed(6)} (bound ${p.highs.bound?.toFixed(6)}) in ${p.highs.medianMs.toFixed(1)} ms | ` +
    `ours/HiGHS ${p.timeRatio?.toFixed(2)}` +
    `${p.ours.error === undefined ? '' : ` | findDeal: ${p.ours.error}`}${p.highs.error === undefined ? '' : ` | HiGHS: ${p.highs.error}`}`
  log(`${name}  sum: ${show(sum)}`)
  log(`${name}  maxmin: ${show(maxmin)}`)
  return { name, scenario, sum, maxmin }
})

const frontierOf = (scenario: Scenario): FrontierRun | null => {
  if (scenario.issues.length > args.frontierMaxIssues) return null
  if (performance.now() - started > softDeadlineMs) return { tag: 'Skipped', points: null, ms: 0, detail: 'soft deadline passed' }
  // The bench wants the full frontier: twice the default candidate limit (4e7 numbers' worth).
  const result = paretoFrontier(scenario, { timeMs: args.frontierMs, maxCandidates: Math.floor(4e7 / Math.max(1, scenario.parties.length)) })
  if (result._tag === 'Frontier') return { tag: 'Frontier', points: result.points.length, ms: result.elapsedMs }
  return { tag: result._tag, points: null, ms: 'elapsedMs' in result ? result.elapsedMs : 0, detail: JSON.stringify(result).slice(0, 200) }
}

const results: ScenarioResult[] = searched.map(({ name, scenario, sum, maxmin }) => {
  const frontier = frontierOf(scenario)
  if (frontier !== null) log(`${name}  frontier: ${frontier.tag} ${frontier.points ?? ''} points in ${frontier.ms.toFixed(0)} ms`)
  return { name, parties: scenario.parties.length, issues: scenario.issues.length, outcomes: outcomesOf(scenario), sum, maxmin, frontier }
})

const foldsEnabled = args.folds && performance.now() - started < softDeadlineMs
const folds = foldScripts([{ script: 'bench/frontier.ts', args: ['--json', '--all', '--time-limit', '20'] }, { script: 'bench/simulate.ts', args: ['--json'] }], args.foldMs, foldsEnabled)
for (const f of folds) log(`fold ${f.script}: ${f.status}${f.status === 'ok' || f.status === 'failed' ? ` in ${(f.ms / 1000).toFixed(1)} s` : ''}`)

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
  scenarioLoader: 'fromGeniusWeb (bench/loadLadder.ts)',
  scenarios: results,
  bundle,
  folds,
  totalMs: performance.now() - started,
}

mkdirSync('bench/results', { recursive: true })
const day = date.slice(0, 10)
const json = `${JSON.stringify(output, null, 1)}\n`
if (args.quick) {
  writeFileSync(`bench/results/${day}-quick.json`, json)
  log(`wrote bench/results/${day}-quick.json (a quick run leaves latest.json and docs/performance.md alone)`)
} else {
  writeFileSync(`bench/results/${day}.json`, json)
  writeFileSync('bench/results/latest.json', json)
  writeBetweenMarkers('docs/performance.md', performanceTables(output))
  log(`wrote bench/results/${day}.json, bench/results/latest.json and docs/performance.md`)
}
log(`done in ${(output.totalMs / 1000).toFixed(0)} s`)
