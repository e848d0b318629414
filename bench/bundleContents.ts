/**
 * What a browser bundle of the published `mandjes` is made of: the bundle that
 * bench/importSizes.ts measures (the built package, esbuild for the browser, minified, gzip
 * -9), split by source module through the source maps (the core build's, which esbuild reads
 * through). For each module: its minified bytes, and the gzip bytes the bundle loses without
 * them (gzip shares strings across modules, so these add up to more than the total). Run after
 * a build:
 *
 *   npm run build -w packages/core && npx tsx bench/bundleContents.ts findDeal
 *   npx tsx bench/bundleContents.ts findDeal parseScenarioText
 */
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { bundleImport } from './importSizes.js'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The mappings of a source map (version 3) as [generated line, generated column, source
 * index], decoded from its base-64 VLQ segments; only the fields this bench needs.
 */
const decodeMappings = (mappings: string): [number, number, number][] => {
  const out: [number, number, number][] = []
  let source = 0
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0
    for (const segment of line.split(',')) {
      if (segment === '') continue
      const fields: number[] = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = BASE64.indexOf(char)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0]!
      if (fields.length > 1) {
        source += fields[1]!
        out.push([lineIndex, column, source])
      }
    }
  })
  return out
}

/** One source module's share of a bundle. */
export interface ModuleShare {
  readonly source: string
  readonly minifiedBytes: number
  /** Gzip bytes of the whole bundle minus gzip bytes of the bundle without this module's code. */
  readonly gzipBytes: number
}

/** The modules of `import { ...names } from 'mandjes'`, largest gzip share first. */
export const bundleContents = async (
  names: readonly string[],
): Promise<{ readonly gzipBytes: number; readonly modules: readonly ModuleShare[] }> => {
  const result = await bundleImport(names, true)
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as {
    readonly sources: readonly string[]
    readonly mappings: string
  }
  const lineStarts = [0]
  for (let k = 0; k < code.length; k++) if (code[k] === '\n') lineStarts.push(k + 1)
  const marks: { readonly at: number; readonly source: string }[] = []
  for (const [line, column, source] of decodeMappings(map.mappings))
    marks.push({ at: lineStarts[line]! + column, source: map.sources[source]! })
  marks.sort((a, b) => a.at - b.at)
  // Each output character belongs to the source of the last mapping at or before it.
  const owner: string[] = new Array<string>(code.length).fill('(none)')
  marks.forEach((mark, k) => owner.fill(mark.source, mark.at, marks[k + 1]?.at ?? code.length))
  const gzip = (text: string): number => gzipSync(text, { level: 9 }).byteLength
  const total = gzip(code)
  const modules = [...new Set(owner)].map((source): ModuleShare => {
    let rest = ''
    let own = 0
    for (let k = 0; k < code.length; k++) {
      if (owner[k] === source) own++
      else rest += code[k]
    }
    return { source: source.replace(/^(\.\.\/)+/, ''), minifiedBytes: own, gzipBytes: total - gzip(rest) }
  })
  return { gzipBytes: total, modules: modules.sort((a, b) => b.gzipBytes - a.gzipBytes) }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2)
  const { gzipBytes, modules } = await bundleContents(names.length > 0 ? names : ['findDeal'])
  console.log(`bundle: ${gzipBytes} bytes gzip\n\n| module | minified | gzip share |\n|---|---:|---:|`)
  for (const m of modules) console.log(`| ${m.source} | ${m.minifiedBytes} | ${m.gzipBytes} |`)
}
