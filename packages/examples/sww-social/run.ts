/**
 * The sww-social example: deadlocks, best deals, why each party agrees, one simulation.
 * Run: npx tsx --conditions=source packages/examples/sww-social/run.ts [--write]
 * (--write also refreshes the generated section of README.md).
 */
import { mainOf } from '../lib/runExample.js'

mainOf('sww-social', process.argv.slice(2))
