import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { formatProblem, parseScenarioText } from '../core/src/index.js'

/** The built-in examples: the scenario files of packages/examples, by folder name, in menu order. */
const exampleNames = ['rivierenland', 'road-and-housing', 'mra-housing', 'sww-social']

/**
 * `virtual:examples`: the built-in examples decoded at build time by core's reader (the same
 * one the page uses for a dropped file), so the page's first load carries no YAML parser or
 * schema checker. A broken example fails the build with the reader's messages; the dev server
 * reloads when an example changes.
 */
const decodedExamples = (): Plugin => ({
  name: 'mandjes-decoded-examples',
  resolveId: (id) => (id === 'virtual:examples' ? '\0virtual:examples' : undefined),
  load(id) {
    if (id !== '\0virtual:examples') return undefined
    const decoded = Object.fromEntries(
      exampleNames.map((name) => {
        const file = fileURLToPath(new URL(`../examples/${name}/scenario.yaml`, import.meta.url))
        this.addWatchFile(file)
        const read = parseScenarioText(readFileSync(file, 'utf8'), { file })
        if (read._tag === 'Left') throw new Error(read.left.map((p) => formatProblem(p)).join('\n'))
        return [name, read.right]
      }),
    )
    return `export default ${JSON.stringify(decoded)}`
  },
})

// A static site: relative asset paths so dist/ opens from any folder on any static host.
export default defineConfig({
  base: './',
  plugins: [decodedExamples()],
  resolve: {
    // Build the page from core's TypeScript sources, so no `npm run build` of core is needed first.
    conditions: ['source', 'browser', 'module', 'import', 'default'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
})
