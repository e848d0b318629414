/**
 * @mandjes/highs for browsers (the `browser` condition of the package's exports): everything
 * of the main entry except `loadHighs` and `loadHighsSearch`, which import the `highs` package
 * themselves. In a browser, import the HiGHS loader yourself and hand it to `loadHighsWith`.
 * @module
 */
export type { HighsSearchSettings } from './highsSearch.js'
export { highsSearch } from './highsSearch.js'
export type { HighsLoader } from './loadHighsWith.js'
export { loadHighsWith } from './loadHighsWith.js'
export type { DealFormulation, FormulationSettings } from './formulateDeal.js'
export { formulateDeal } from './formulateDeal.js'
export type { ObjectiveModel } from './objectiveExpression.js'
export { objectiveExpression, highsObjectives } from './objectiveExpression.js'
export type { LinearExpr } from './LinearModel.js'
export { LinearModel } from './LinearModel.js'
