import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import type { Plugin } from 'esbuild'
import { dropBareChunkImports } from './scripts/dropBareChunkImports.js'
import { pureFpTs } from './scripts/pureFpTs.js'

const require = createRequire(import.meta.url)
const fpTs = dirname(require.resolve('fp-ts/package.json'))

// Shared by both builds.
//
// The library must run without permissions in Deno, which resolves npm packages with the
// `node` condition. Two dependencies then read the environment: immer when it loads
// (process.env.NODE_ENV) and yaml's Node build when it parses (LOG_TOKENS, LOG_STREAM).
// Both are inlined instead: immer's production code (the define drops its development
// branches) and yaml's browser build, which reads nothing. fp-ts is inlined from its ES-module
// build (fp-ts/es6): its CommonJS build (fp-ts/lib, the only one plain Node ESM can import)
// cannot be tree-shaken. The declarations still import immer and fp-ts types.
const yamlBrowser = join(dirname(require.resolve('yaml/package.json')), 'browser')

// yaml does not declare `"sideEffects": false`, so a bundler keeps every one of its modules
// that has a top-level statement (`visit.BREAK = BREAK`, `Scalar.PLAIN = 'PLAIN'`), and all they
// import, whatever was used. Those statements only set properties on yaml's own functions and
// classes (no globals, no I/O), so its modules are side-effect free in the sense bundlers mean,
// and we say so here. The reader (composeYaml.ts) needs only yaml's lexer and parser: its
// import is served from those two modules, so that the chunk the reader loads holds them and
// not the composer, document model and stringifier that the writer's `stringify` needs (code
// splitting groups modules by the entry points that reach them, and yaml's index reaches all).
const yamlSideEffectFree: Plugin = {
  name: 'yaml-side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      /[\\/]scenarioFile[\\/]composeYaml\.ts$/.test(args.importer)
        ? { path: 'parser', namespace: 'yaml-parser' }
        : { path: join(yamlBrowser, 'index.js'), sideEffects: false },
    )
    build.onLoad({ filter: /.*/, namespace: 'yaml-parser' }, () => ({
      contents: "export { Parser } from './parse/parser.js'\nexport { LineCounter } from './parse/line-counter.js'\n",
      resolveDir: join(yamlBrowser, 'dist'),
    }))
    build.onResolve({ filter: /^\./ }, (args) =>
      args.importer.startsWith(yamlBrowser) || args.namespace === 'yaml-parser'
        ? { path: join(args.resolveDir, args.path), sideEffects: false }
        : undefined,
    )
  },
}

// fp-ts's ES modules leave some of their top-level instance-building calls unannotated, so
// a bundler keeps them (and dual, Functor, Chain, ...) in every bundle that imports Either or
// Option: scripts/pureFpTs.ts marks them pure.
const common: Options = {
  sourcemap: true,
  noExternal: ['immer', 'yaml', /^fp-ts/],
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [yamlSideEffectFree, pureFpTs(join(fpTs, 'es6'))],
  esbuildOptions: (options) => {
    options.alias = { 'fp-ts/lib': join(fpTs, 'es6') }
  },
}

// Every source module, as an entry named after its path under src, in name order. tsup globs
// an entry list in whatever order the file system walk returns, and esbuild's chunks (their
// content hashes, the order of their imports) follow the entries' order: the same sources
// then built to differently ordered chunks from run to run, and a user's bundle of them
// ordered its modules differently (its gzip size moved by up to 70 bytes between builds of
// the same commit). An object of entries is taken as it is.
const sourceModules = Object.fromEntries(
  readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => [file.replace(/\.ts$/, ''), `src/${file}`]),
)

export default defineConfig([
  // ESM: one output module per source module (code splitting over every source file), so a
  // bundler keeps only the modules a user imports (`sideEffects: false`). One bundled file
  // would keep every module-level schema and parser, whatever was imported. The bare chunk
  // imports code splitting adds are dropped (scripts/dropBareChunkImports.ts).
  {
    ...common,
    entry: sourceModules,
    format: ['esm'],
    splitting: true,
    plugins: [dropBareChunkImports],
    dts: { entry: ['src/index.ts', 'src/engine.ts'] },
    clean: true,
  },
  // CommonJS: one file, as before.
  {
    ...common,
    entry: ['src/index.ts', 'src/engine.ts'],
    format: ['cjs'],
    dts: { entry: ['src/index.ts', 'src/engine.ts'] },
  },
])
