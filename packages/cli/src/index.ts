/**
 * @mandjes/cli: the `mandjes` command line, runnable in-process, and the Node-only helpers it
 * is built from (reading files, rendering charts, parallel sweeps). Every export is listed by
 * name.
 * @module
 */

// the program
export { run, buildProgram, cliVersion } from './run.js'
export type { Io } from './Io.js'
export { memoryIo, resolvePath } from './Io.js'
export { exitCodes, InputError, UsageError, Cancelled } from './CliError.js'

// input
export type { ScenarioRead } from './loadScenario.js'
export { readScenario, loadScenario, problemLines } from './loadScenario.js'
export type { ScenarioFileRead } from './files/readScenarioFile.js'
export { readScenarioFile } from './files/readScenarioFile.js'
export type { GridFile } from './readGridFile.js'
export { readGridFile, decodeGrid } from './readGridFile.js'

// output
export type { DealJson, CertificateJson } from './dealJson.js'
export { dealJson, certificateJson } from './dealJson.js'
export type { RankOptions, Ranking, SolveJson } from './commands/solve.js'
export { rankDeals } from './commands/solve.js'
export { simulationJson, parseMediator } from './commands/simulate.js'
export { toCsv } from './toCsv.js'

// charts
export type { ChartFormat } from './charts/renderChart.js'
export { chartToSvg, chartToPng, chartFormatOf, renderChart } from './charts/renderChart.js'
export { writeChartFile } from './charts/writeChartFile.js'

// files and sweeps
export type { AtomicFileSystem } from './files/writeFileAtomic.js'
export { writeFileAtomic, nodeFileSystem } from './files/writeFileAtomic.js'
export type { SweepProgress, ParallelSweepOptions, ParallelSweepResult } from './sweep/sweepParallel.js'
export { sweepParallel } from './sweep/sweepParallel.js'
export type { Progress } from './progress.js'
export { progressFor } from './progress.js'
