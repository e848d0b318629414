/**
 * Kalai-Smorodinsky parity with NegMAS on the GeniusWeb ladder (bench/scenarios): per folder,
 * mandjes's two variants on the exact frontier (the parity one, `kalaiSmorodinskySpreadPoints`,
 * and the largest smallest share, `kalaiSmorodinskyPoints`) against the oracle that follows
 * NegMAS's published rule by listing every outcome (packages/testkit/src/negmasKalaiSmorodinsky.ts).
 * Prints the Markdown table of docs/bargaining.md. s12 has 3.5e9 outcomes, too many to list:
 * there the oracle's scoring runs on mandjes's exact frontier (the frontier itself is not
 * checked). On s13 and s14 the exact frontier does not complete within 60 s.
 *
 *   npx tsx --conditions=source bench/ksParity.ts             s01-s11 (about 15 minutes, shared 2 cores)
 *   npx tsx --conditions=source bench/ksParity.ts --only s03
 */
import { join } from 'node:path'
import { ladderKsPoints } from '@mandjes/testkit/ladderKsPoints.js'
import { ksParity, readLadderFolder } from '@mandjes/testkit/negmasKalaiSmorodinsky.js'
import { ladderFolders } from './loadLadder.js'

const root = join(import.meta.dirname, 'scenarios')
const at = process.argv.indexOf('--only')
const only = at >= 0 ? (process.argv[at + 1] ?? '') : ''
const listable = /^s(0\d|1[01])_/

const vector = (v: readonly number[] | undefined): string =>
  v === undefined ? '–' : `(${v.map((x) => x.toFixed(4)).join(', ')})`

console.log(
  '| scenario | frontier points (mandjes / NegMAS rule) | parity variant | NegMAS rule | same | runner-up margin | largest smallest share | same as NegMAS rule |',
)
console.log('|---|---:|---|---|---|---:|---|---|')
for (const folder of ladderFolders(root)) {
  if (only !== '' && !folder.startsWith(only)) continue
  const path = join(root, folder)
  const started = performance.now()
  const ours = ladderKsPoints(path)
  if (ours === undefined) {
    console.log(`| ${folder} | the exact frontier did not complete (60 s) | | | | | | |`)
    continue
  }
  const raw = readLadderFolder(path)
  // Too many outcomes to list (s12): the oracle scores mandjes's frontier, which checks the
  // scoring but not the frontier; the row says so.
  const listed = listable.test(folder)
  const side = listed ? ours : { ...ours, frontier: ours.frontierOutcomes }
  const row = ksParity(folder, raw, side)
  const share = ksParity(folder, raw, { ...side, points: ours.shareVariant })
  console.log(
    `| ${folder} | ${row.frontierSize.ours} / ${listed ? row.frontierSize.negmas : 'not listed (rule scored on mandjes’s frontier)'} | ${row.ours.map(vector).join(' ')} | ${row.negmas.map(vector).join(' ')} | ${row.same ? 'yes' : '**no**'} | ${row.margin.toExponential(2)} | ${share.ours.map(vector).join(' ')} | ${share.same ? 'yes' : 'no'} |`,
  )
  console.error(`${folder}: ${Math.round(performance.now() - started)} ms`)
}
