/**
 * Renders a Vega-Lite specification from core to SVG or PNG in Node, without a browser:
 * vega-lite compiles it to Vega, a headless vega View draws it to an SVG string, and resvg
 * rasterises that for PNG.
 */
import { Resvg } from '@resvg/resvg-js'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import type { VegaLiteSpec } from 'mandjes'

/** The image formats a chart renders to. @category charts */
export type ChartFormat = 'svg' | 'png'

/**
 * The chart as an SVG document.
 * @example
 * await chartToSvg(gainsChart(scenario, deal)) // => '<svg ...'
 * @category charts
 */
export const chartToSvg = async (spec: VegaLiteSpec): Promise<string> => {
  const compiled = compile(spec as unknown as TopLevelSpec).spec
  // renderer 'none': no canvas and no DOM; toSVG builds the markup from the scene graph.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

/**
 * The chart as a PNG image (white background, twice the SVG's size for sharp print).
 * @example
 * (await chartToPng(spec)).subarray(1, 4).toString() // => 'PNG'
 * @category charts
 */
export const chartToPng = async (spec: VegaLiteSpec): Promise<Buffer> => {
  const svg = await chartToSvg(spec)
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  })
  return resvg.render().asPng()
}

/**
 * The format a chart path asks for by its extension (`.svg` or `.png`), or undefined.
 * @example
 * chartFormatOf('out/gains.PNG') // => 'png'
 * @category charts
 */
export const chartFormatOf = (path: string): ChartFormat | undefined => {
  const lower = path.toLowerCase()
  return lower.endsWith('.svg') ? 'svg' : lower.endsWith('.png') ? 'png' : undefined
}

/**
 * Renders a chart to the bytes of the format its path asks for.
 * @example
 * await renderChart(spec, 'svg') // => Uint8Array of the SVG text
 * @category charts
 */
export const renderChart = async (spec: VegaLiteSpec, format: ChartFormat): Promise<Uint8Array> =>
  format === 'svg' ? new TextEncoder().encode(await chartToSvg(spec)) : chartToPng(spec)
