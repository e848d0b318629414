/**
 * mandjes's side of the Kalai-Smorodinsky parity check on one GeniusWeb ladder folder: the
 * folder read by `fromGeniusWeb`, the exact frontier of its integer outcome space, and the
 * points of both Kalai-Smorodinsky variants on it (the parity one, `kalaiSmorodinskySpreadPoints`,
 * and mandjes's own largest smallest share, `kalaiSmorodinskyPoints`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { kalaiSmorodinskyPoints, kalaiSmorodinskySpreadPoints } from '../../core/src/analyze/bargainingPoints.js'
import { outcomeSpace } from '../../core/src/analyze/OutcomeSpace.js'
import { frontierOfSpace } from '../../core/src/analyze/paretoFrontier.js'
import { fromGeniusWeb, type FromGeniusWebOptions } from '../../core/src/interop/fromGeniusWeb.js'

/**
 * Both variants' points on the exact frontier, as outcomes (option index per issue). `read`
 * is how the folder is imported: with `{ statusQuo: 'none' }` no status quo is made up and each
 * party's reservation bid is its disagreement point, which is NegMAS's own reading.
 */
export const ladderKsPoints = (folder: string, timeMs = 60_000, read: FromGeniusWebOptions = {}) => {
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  )
  const imported = fromGeniusWeb(files, read)
  if (imported._tag === 'Left') throw new Error(`${folder} does not read`)
  const scenario = imported.right
  const space = outcomeSpace(scenario)
  if (space._tag !== 'OutcomeSpace') throw new Error(`${folder}: a group is too large`)
  const result = frontierOfSpace(space, { timeMs })
  if (result._tag !== 'Frontier') return undefined
  const gains = result.points.map((p) => p.gains)
  const outcomesOf = (indices: readonly number[]) => indices.map((i) => result.points[i]!.outcomes)
  return {
    issueIds: scenario.issues.map((i) => i.id as string),
    optionIds: scenario.issues.map((i) => i.options.map((o) => o.id as string)),
    frontierSize: result.points.length,
    frontierOutcomes: result.points.map((p) => p.outcomes),
    points: outcomesOf(kalaiSmorodinskySpreadPoints(space, gains)),
    shareVariant: outcomesOf(kalaiSmorodinskyPoints(space, gains)),
  }
}
