import type { Highs } from 'highs'
import type { Search } from 'mandjes'
import { highsSearch, type HighsSearchSettings } from './highsSearch.js'

type HighsLoader = () => Promise<Highs>

/**
 * Loads and instantiates the HiGHS WebAssembly module (about 70 ms; do it once). Node only
 * as it stands: in a browser call the `highs` package's loader yourself with `locateFile`.
 *
 * @example
 * const highs = await loadHighs()
 * highs.version.string // => '1.15.1'
 * @category highs
 */
export const loadHighs = async (): Promise<Highs> => {
  const mod: unknown = await import('highs')
  // `highs` ships CommonJS typings: from ESM the loader is `default`, from the CJS build it can
  // sit one level deeper. Take whichever is the function.
  const outer = (mod as { readonly default?: unknown }).default
  const loader = (
    typeof outer === 'function' ? outer : (outer as { readonly default?: unknown } | undefined)?.default
  ) as HighsLoader | undefined
  if (typeof loader !== 'function')
    throw new Error('[mandjes/highs] could not find the loader exported by the highs package')
  return loader()
}

/**
 * Loads HiGHS (see `loadHighs`) and returns `highsSearch` on it.
 *
 * @example
 * const search = await loadHighsSearch()
 * search(scenario, { objective: 'sum' })._tag // => 'Optimal'
 * @category highs
 */
export const loadHighsSearch = async (settings: HighsSearchSettings = {}): Promise<Search> =>
  highsSearch(await loadHighs(), settings)
