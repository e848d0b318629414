/**
 * Writes a chart to the file a `--chart` option names, in the format its extension asks for.
 */
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { VegaLiteSpec } from 'mandjes'
import { UsageError } from '../CliError.js'
import { resolvePath, type Io } from '../Io.js'
import { chartFormatOf, renderChart } from './renderChart.js'
import { writingTo } from '../files/writeOutputFile.js'
import { writeFileAtomic } from '../files/writeFileAtomic.js'

/**
 * Renders a chart to `path` (.svg or .png) and says so on stderr.
 * @example
 * await writeChartFile(io, 'gains.svg', gainsChart(scenario, deal))
 * @category charts
 */
export const writeChartFile = async (io: Io, path: string, spec: VegaLiteSpec): Promise<void> => {
  const format = chartFormatOf(path)
  if (format === undefined)
    throw new UsageError(`--chart ${JSON.stringify(path)}: the chart file must end in .svg or .png.`)
  const target = resolvePath(io, path)
  const bytes = await renderChart(spec, format)
  await writingTo('--chart', path, async () => {
    await mkdir(dirname(target), { recursive: true })
    // Atomic like every other output: a kill mid-write leaves the old chart or the new one.
    await writeFileAtomic(target, bytes)
  })
  io.stderr(`chart written to ${path}\n`)
}
