/**
 * @mandjes/highs: an exact package-deal search for mandjes, as a mixed-integer linear program
 * solved by HiGHS (WebAssembly). Kept out of `mandjes` itself so the core stays small and free
 * of the 3.9 MB solver. Every public export is listed here by name.
 * @module
 */
export type { HighsSearchSettings } from './highsSearch.js'
export { highsSearch } from './highsSearch.js'
export { loadHighs, loadHighsSearch } from './loadHighsSearch.js'
export type { HighsLoader } from './loadHighsWith.js'
export { loadHighsWith } from './loadHighsWith.js'
export type { DealFormulation, FormulationSettings } from './formulateDeal.js'
export { formulateDeal } from './formulateDeal.js'
export type { ObjectiveModel } from './objectiveExpression.js'
export { objectiveExpression, highsObjectives } from './objectiveExpression.js'
export type { LinearExpr } from './LinearModel.js'
export { LinearModel } from './LinearModel.js'
