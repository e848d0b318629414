/**
 * What a browser page pays for what it imports from the published `mandjes`: each line bundles
 * a few named imports of the built package (packages/core/dist, the ES modules npm ships) with
 * esbuild, minified for the browser, and gzips the result at level 9. Run after a build:
 *
 *   npm run bench:bundle
 *
 * The figures in docs/performance.md come from this command.
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** One measured import. */
export interface ImportSize {
  readonly names: readonly string[]
  readonly minifiedBytes: number
  readonly gzipBytes: number
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * esbuild's bundle of `import { ...names } from 'mandjes'`, as a user's bundler makes it for the
 * browser; with `sourcemap` also the map (bench/bundleContents.ts splits the bundle by it).
 */
export const bundleImport = (names: readonly string[], sourcemap = false) =>
  build({
    stdin: {
      contents: `import { ${names.join(', ')} } from 'mandjes'\nglobalThis.used = [${names.join(', ')}]`,
      resolveDir: repoRoot,
      loader: 'ts',
      sourcefile: 'entry.ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    ...(sourcemap ? { sourcemap: 'external' as const, outfile: 'bundle.js' } : {}),
  })

/** The bundle of `import { ...names } from 'mandjes'`, as a user's bundler makes it. */
export const importSize = async (names: readonly string[]): Promise<ImportSize> => {
  const code = (await bundleImport(names)).outputFiles[0]!.contents
  return { names, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength }
}

/** The imports docs/performance.md reports. */
export const measuredImports: readonly (readonly string[])[] = [
  ['formatNumber'],
  ['findDeal'],
  ['findDeal', 'parseScenarioText'],
  ['findDeal', 'parseScenarioJson'],
  ['parseScenarioText', 'findDeadlocks', 'findDeal', 'explainDeal'],
  ['simulate'],
  ['analyzeScenario'],
]

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('| import from mandjes | minified | gzip |\n|---|---:|---:|')
  for (const names of measuredImports) {
    const size = await importSize(names)
    console.log(`| \`${names.join(', ')}\` | ${kB(size.minifiedBytes)} | ${kB(size.gzipBytes)} |`)
  }
}
