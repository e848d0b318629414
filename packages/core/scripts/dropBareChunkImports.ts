/**
 * A tsup plugin for the core's ES-module build: removes the bare chunk imports
 * (`import "./chunk-KFT22O6I.js";`) from its output files.
 *
 * Why: with code splitting, esbuild makes each output file import every chunk that holds
 * code its entry's modules reach, also the chunks it takes no name from, so that their
 * top-level code runs in the same order as without splitting. `dist/index.js` had 180 such
 * imports, `dist/engine.js` 102. The package declares `"sideEffects": false`, so a user's
 * bundler drops them anyway, and esbuild says so once per import ("Ignoring this import
 * because ... was marked as having no side effects"): 151 warnings for
 * `import { findDeal } from 'mandjes'` bundled from the repository (esbuild keeps quiet about
 * files inside node_modules, so a user installing from npm saw none).
 *
 * Why it is sound: a bare import only loads a module for its side effects, and the core's
 * modules have none (which is what `"sideEffects": false` already promised every bundler).
 * Every chunk whose names a file uses stays imported by name, and that chunk imports what it
 * needs in turn, so plain Node or Deno loading the built files still loads all the code it
 * runs. Each import is replaced by an empty line, so the source maps' lines stay in place.
 */
import type { Options } from 'tsup'

type TsupPlugin = NonNullable<Options['plugins']>[number]

/** `import "./chunk-X.js";` or `import "../chunk-X.js";`, one per line, as esbuild writes them. */
const BARE_CHUNK_IMPORT = /^import "(?:\.\.?\/)+chunk-[\w-]+\.js";$/gm

/** The output file with its bare chunk imports emptied (the line stays, empty). */
export const dropBareChunkImportsFrom = (code: string): string => code.replace(BARE_CHUNK_IMPORT, '')

/** The plugin: applies `dropBareChunkImportsFrom` to the ES-module output files. */
export const dropBareChunkImports: TsupPlugin = {
  name: 'drop-bare-chunk-imports',
  renderChunk(code) {
    if (this.format !== 'esm') return undefined
    const out = dropBareChunkImportsFrom(code)
    return out === code ? undefined : { code: out }
  },
}
