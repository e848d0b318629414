/**
 * `mandjes sweep <file> --grid <grid file>`: a simulation for every combination of settings
 * and seed, on worker threads, with progress on stderr and the rows as CSV or JSON.
 */
import type { Command } from 'commander'
import { sweepHeatmap, sweepHeatmapData, type SweepMeasure } from 'mandjes'
import { sweepMeasures, type SweepAxis, sweepRowParameters, summarizeSweep } from 'mandjes/engine'
import { writeChartFile } from '../charts/writeChartFile.js'
import { Cancelled, UsageError } from '../CliError.js'
import { writeFileAtomic } from '../files/writeFileAtomic.js'
import { writingTo } from '../files/writeOutputFile.js'
import { terminalText } from '../terminalText.js'
import { reportPhase, resolvePath, type Io } from '../Io.js'
import { loadScenario } from '../loadScenario.js'
import { oneOf, positiveInt } from '../parseOptions.js'
import { progressFor } from '../progress.js'
import { checkGridAgainst, readGridFile } from '../readGridFile.js'
import { sweepParallel } from '../sweep/sweepParallel.js'
import { toCsv } from '../toCsv.js'

// The heatmap's axes are the row's parameter columns: one list, kept in core.
const axes: readonly SweepAxis[] = sweepRowParameters

interface SweepOpts {
  grid: string
  seeds?: number
  workers?: number
  format: 'csv' | 'json'
  out?: string
  chart?: string
  x?: SweepAxis
  y?: SweepAxis
  measure: SweepMeasure
}

/**
 * Registers `sweep` on the program.
 * @example
 * mandjes sweep rivierenland.yaml --grid grid.yaml --out runs.csv --chart heat.svg --x trust --y mandateWidth
 * @category cli
 */
export const registerSweep = (program: Command, io: Io): Command =>
  program
    .command('sweep')
    .description('simulate every combination of a grid of settings and seeds, on worker threads; rows as CSV or JSON')
    .argument('<file>', 'scenario file (JSON or YAML) or a GeniusWeb/GENIUS folder')
    .requiredOption(
      '--grid <file>',
      'grid file (JSON or YAML): per parameter the values to try, optional seeds and rounds',
    )
    .option('--seeds <n>', 'use seeds 1..n (default: the grid file’s seeds, else 1..3)', positiveInt(1))
    .option('--workers <n>', 'worker threads (default: one per core)', positiveInt(1))
    .option(
      '--format <format>',
      'csv (one row per run) or json ({ rows, summaries })',
      oneOf(['csv', 'json'] as const),
      'csv',
    )
    .option('--out <file>', 'write the results to this file instead of stdout')
    .option('--chart <file>', 'also draw a heatmap over two parameters (.svg or .png); needs --x and --y')
    .option(
      '--x <parameter>',
      `heatmap columns: ${axes.join(', ')} (each also a grid key, but distortion: set it inside transparency)`,
      oneOf(axes),
    )
    .option('--y <parameter>', 'heatmap rows (same choices as --x)', oneOf(axes))
    .option('--measure <measure>', `heatmap value: ${sweepMeasures.join(', ')}`, oneOf(sweepMeasures), 'share')
    .action(async (file: string, opts: SweepOpts) => {
      if (opts.chart !== undefined && (opts.x === undefined || opts.y === undefined))
        throw new UsageError('--chart needs --x and --y: the two parameters the heatmap shows.')
      const scenario = await loadScenario(io, file)
      const gridFile = await readGridFile(resolvePath(io, opts.grid), opts.grid)
      const base = gridFile.rounds === undefined ? {} : { rounds: gridFile.rounds }
      checkGridAgainst(scenario, gridFile, base, opts.grid)
      const seeds =
        opts.seeds !== undefined ? Array.from({ length: opts.seeds }, (_, k) => k + 1) : (gridFile.seeds ?? [1, 2, 3])
      const progress = progressFor(io, 'sweep')
      reportPhase(io, 'running the simulations')
      const result = await sweepParallel(scenario, gridFile.grid, seeds, {
        base,
        ...(opts.workers === undefined ? {} : { workers: opts.workers }),
        onProgress: ({ done, total }) => progress.update(done, total),
        ...(io.signal === undefined ? {} : { signal: io.signal }),
      }).finally(() => progress.stop())
      const summaries = result._tag === 'Completed' ? result.summaries : summarizeSweep(result.rows)
      const text =
        opts.format === 'json' ? `${JSON.stringify({ rows: result.rows, summaries }, null, 2)}\n` : toCsv(result.rows)
      if (opts.out !== undefined) {
        const out = opts.out
        await writingTo('--out', out, () => writeFileAtomic(resolvePath(io, out), text))
        io.stderr(`${result.rows.length} runs written to ${opts.out}\n`)
      } else io.stdout(opts.format === 'json' ? text : terminalText(text))
      if (opts.chart !== undefined && opts.x !== undefined && opts.y !== undefined) {
        await writeChartFile(
          io,
          opts.chart,
          sweepHeatmap(sweepHeatmapData(summaries, { x: opts.x, y: opts.y, measure: opts.measure })),
        )
      }
      if (result._tag === 'Failed') {
        const message = result.error instanceof Error ? result.error.message : String(result.error)
        throw new Error(
          `a run failed after ${result.rows.length} of ${result.total} runs (the finished runs were written): ${message}`,
        )
      }
      if (result._tag === 'Cancelled')
        throw new Cancelled(
          `sweep cancelled after ${result.rows.length} of ${result.total} runs; the finished runs were written.`,
        )
    })
