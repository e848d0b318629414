/**
 * The entry of the JavaScript bundle bench/simulate.ts measures: the core's single-threaded
 * `sweep` and the CLI's `sweepParallel`, compiled the way a build compiles them, so both run
 * the same (bundled) code and their ratio is the pool's speed-up alone.
 */
export { sweep } from '../packages/core/src/experiment/sweep.js'
export { sweepParallel } from '../packages/cli/src/sweep/sweepParallel.js'
