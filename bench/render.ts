/**
 * Regenerates the tables of docs/performance.md (GeniusWeb section, regional section with the
 * targets) from a results file without re-running the bench, e.g. after changing how a
 * table is laid out:
 *
 *   npx tsx --conditions=source bench/render.ts [bench/results/latest.json]
 */
import { readFileSync } from 'node:fs'
import type { BenchResults } from './BenchResults.js'
import {
  performanceTables,
  regionalSection,
  REGIONAL_END_MARKER,
  REGIONAL_START_MARKER,
  writeBetweenMarkers,
} from './performanceTable.js'

const file = process.argv[2] ?? 'bench/results/latest.json'
const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults
if (!Array.isArray(results.ladders))
  throw new Error(`${file}: not a results file of this bench (no ladders); re-run npm run bench`)
writeBetweenMarkers('docs/performance.md', performanceTables(results))
writeBetweenMarkers('docs/performance.md', regionalSection(results), REGIONAL_START_MARKER, REGIONAL_END_MARKER)
console.log(`docs/performance.md regenerated from ${file}`)
