/**
 * A Vega-Lite specification as plain JSON data. Core builds specifications without depending
 * on vega-lite (it stays small and browser-safe); the command line compiles and renders them,
 * and a notebook or web page can hand them to vega-embed as they are.
 * @example
 * const spec: VegaLiteSpec = { $schema: vegaLiteSchema, mark: 'bar' }
 * @category report
 */
export type VegaLiteSpec = { readonly $schema: string } & Readonly<Record<string, unknown>>

/** The Vega-Lite 6 schema every chart declares. @category report */
export const vegaLiteSchema = 'https://vega.github.io/schema/vega-lite/v6.json'
