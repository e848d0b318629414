import type { Highs } from 'highs'
import type { Search } from 'mandjes'
import { highsSearch, type HighsSearchSettings } from './highsSearch.js'

/**
 * The `highs` package's loader: its default export, called with Emscripten options such as
 * `locateFile` (where the browser fetches `highs.wasm`).
 * @category highs
 */
export type HighsLoader = (options?: { readonly locateFile?: (file: string) => string }) => Promise<Highs>

/**
 * `highsSearch` on a HiGHS instance made by a loader the caller imported itself: the way to
 * use the MILP search in a browser, where this package never imports `highs` (whose Node
 * branch names `node:module`, which browser bundlers cannot resolve; see the package README).
 *
 * @example
 * import highsLoader from 'highs'
 * const search = await loadHighsWith(highsLoader, { locateFile: (f) => `/wasm/${f}` })
 * search(scenario, { objective: 'sum' })._tag // => 'Optimal'
 * @category highs
 */
export const loadHighsWith = async (
  loader: HighsLoader,
  options: { readonly locateFile?: (file: string) => string } = {},
  settings: HighsSearchSettings = {},
): Promise<Search> => highsSearch(await loader(options), settings)
