/**
 * The rivierenland example: deadlocks, best deals, why each party agrees, one simulation.
 * Run: npx tsx --conditions=source packages/examples/rivierenland/run.ts [--write]
 * (--write also refreshes the generated section of README.md).
 */
import { mainOf } from '../lib/runExample.js'

mainOf('rivierenland', process.argv.slice(2))
