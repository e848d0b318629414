/**
 * The two Kalai-Smorodinsky variants on the GeniusWeb ladder (bench/scenarios s01-s08, where
 * the exact frontier completes): mandjes's largest smallest share of the ideal gain
 * (`analyzeScenario(...).kalaiSmorodinsky`) and the NegMAS/Genius point nearest the line from
 * the disagreement point to the ideal point (`kalaiSmorodinskyLinePoints`, recomputed here in
 * floating point from the frontier's utilities). Prints one JSON line per scenario with both
 * utility vectors, for comparison with NegMAS's `kalai_points` on the same folders.
 *
 *   npx tsx --conditions=source bench/ksParity.ts
 */
import { analyzeScenario } from 'mandjes'
import { type AnalysisPoint } from 'mandjes/engine'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { ladderFolders, loadLadder } from './loadLadder.js'

const root = fileURLToPath(new URL('./scenarios', import.meta.url))

const nearestToLine = (
  frontier: readonly AnalysisPoint[],
  reservation: Readonly<Record<string, number>>,
  parties: readonly string[],
): AnalysisPoint | undefined => {
  const gains = frontier.map((f) => parties.map((p) => (f.utilities[p as never] ?? 0) - (reservation[p] ?? 0)))
  const ideal = parties.map((_, k) => Math.max(0, ...gains.map((g) => g[k]!)))
  const norm2 = ideal.reduce((s, x) => s + x * x, 0)
  let best: AnalysisPoint | undefined
  let bestDistance = Infinity
  gains.forEach((g, i) => {
    const dot = g.reduce((s, x, k) => s + x * ideal[k]!, 0)
    const distance = g.reduce((s, x) => s + x * x, 0) - (norm2 === 0 ? 0 : (dot * dot) / norm2)
    if (distance < bestDistance - 1e-12) {
      bestDistance = distance
      best = frontier[i]
    }
  })
  return best
}

const round = (x: number) => Math.round(x * 1e6) / 1e6
for (const folder of ladderFolders(root).slice(0, 8)) {
  const scenario = loadLadder(join(root, folder))
  const analysis = analyzeScenario(scenario, { timeMs: 60_000 })
  const parties = scenario.parties.map((p) => p.id as string)
  const share = analysis.kalaiSmorodinsky[0]
  const line = nearestToLine(analysis.frontier, analysis.reservation, parties)
  const vector = (p: AnalysisPoint | undefined) =>
    p === undefined ? null : parties.map((id) => round(p.utilities[id as never] ?? 0))
  console.log(
    JSON.stringify({
      scenario: folder,
      status: analysis.status,
      share: vector(share),
      line: vector(line),
      same: JSON.stringify(vector(share)) === JSON.stringify(vector(line)),
    }),
  )
}
