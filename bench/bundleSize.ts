/**
 * The size a user ships: packages/core/src/index.ts bundled and minified with esbuild (the
 * one tsup uses), then gzipped with node:zlib at level 9. Measured two ways: the core alone
 * (its npm dependencies left external, as a bundler sharing them would) and with every
 * dependency inlined (a browser page that uses only mandjes). The HiGHS adapter is measured
 * alone, without the 3.9 MB solver it loads.
 */
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'

/** Bytes of one bundle, minified and minified + gzip. */
export interface BundleSize {
  readonly entry: string
  readonly external: boolean
  readonly minifiedBytes: number
  readonly gzipBytes: number
}

const bundle = async (entry: string, external: boolean): Promise<BundleSize> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['source'],
    packages: external ? 'external' : 'bundle',
    write: false,
    logLevel: 'silent',
    treeShaking: true,
  })
  const code = result.outputFiles[0]!.contents
  return { entry, external, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength }
}

/** The three bundles the bench reports. */
export const bundleSizes = async (): Promise<readonly BundleSize[]> => [
  await bundle('packages/core/src/index.ts', true),
  await bundle('packages/core/src/index.ts', false),
  await bundle('packages/highs/src/index.ts', true),
]
