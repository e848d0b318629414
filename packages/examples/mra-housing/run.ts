/**
 * The mra-housing example: deadlocks, best deals, why each party agrees, one simulation.
 * Run: npx tsx --conditions=source packages/examples/mra-housing/run.ts [--write]
 * (--write also refreshes the generated section of README.md).
 */
import { mainOf } from '../lib/runExample.js'

mainOf('mra-housing', process.argv.slice(2))
