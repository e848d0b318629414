/**
 * Parity with NegMAS's Kalai-Smorodinsky point on the GeniusWeb ladder (bench/scenarios): for
 * every folder whose outcomes the oracle can list quickly, `kalaiSmorodinskySpreadPoints` on
 * mandjes's exact frontier gives the same points as the oracle, which follows NegMAS's
 * published rule from the raw JSON by listing every outcome
 * (packages/testkit/src/negmasKalaiSmorodinsky.ts; the rule is in docs/bargaining.md). This is
 * parity with NegMAS's algorithm, not with a run of NegMAS, which cannot be installed here.
 * bench/ksParity.ts runs the same check on s01-s11 and prints the table of docs/bargaining.md.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ladderKsPoints } from '@mandjes/testkit/ladderKsPoints.js'
import { ksParity, readLadderFolder } from '@mandjes/testkit/negmasKalaiSmorodinsky.js'

const root = join(import.meta.dirname, '..', 'bench', 'scenarios')
// s01-s06 have at most 531,441 outcomes each (about 3 s for all six); the larger ones run in
// the bench, to keep the suite quick.
const folders = readdirSync(root)
  .filter((f) => /^s0[1-6]_/.test(f))
  .sort()

describe('the Kalai-Smorodinsky parity variant on the GeniusWeb ladder', () => {
  it('covers six ladder folders', () => expect(folders).toHaveLength(6))
  // Read with a chosen status quo (the default), and without one: then no outcome is made up
  // and each party's reservation bid is its disagreement point, as NegMAS reads the folder.
  for (const [how, read] of [
    ['', {}],
    [', read without a status quo', { statusQuo: 'none' }],
  ] as const)
    for (const folder of folders)
      it(`gives NegMAS's point on ${folder}${how}`, () => {
        const path = join(root, folder)
        const ours = ladderKsPoints(path, 60_000, read)
        if (ours === undefined) throw new Error(`${folder}: the exact frontier did not complete`)
        const row = ksParity(folder, readLadderFolder(path), ours)
        // The same frontier (distinct utility vectors), then the same point(s).
        expect(row.frontierSize.ours).toBe(row.frontierSize.negmas)
        expect(row.ours).toEqual(row.negmas)
        expect(row.same).toBe(true)
        // The answer does not hang on rounding: the runner-up scores clearly worse.
        expect(row.margin).toBeGreaterThan(1e-9)
      }, 120_000)
})
