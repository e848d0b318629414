/**
 * An option as every note and report text names it, in the text's language: a quantity as a
 * number of the language with the unit's name there (`1.300 woningen`, `1,300 homes`), any
 * other option by its label. The one rule, so that a mandate rule, a remedy and a change in
 * the same Dutch note never show `1300 homes` next to `1.300 woningen`.
 */
import type { UnitNames } from '../model/Scenario.js'
import { formatNumber } from './formatNumber.js'
import type { Language } from './Language.js'

/**
 * A unit in a language: the scenario's name for it there (`woningen`), else as written.
 * @example
 * unitIn({ homes: { nl: 'woningen' } }, 'homes', 'nl') // => 'woningen'
 * @category report
 */
export const unitIn = (
  units: Readonly<Record<string, UnitNames>> | undefined,
  unit: string | undefined,
  language: Language,
): string | undefined => (unit === undefined ? undefined : (units?.[unit]?.[language] ?? unit))

/**
 * An option's text: its quantity in the language's number format with the unit, else its label.
 * @example
 * optionText({ label: '1300 homes', quantity: 1300 }, 'woningen', 'nl') // => '1.300 woningen'
 * optionText({ label: 'Road through B' }, undefined, 'nl') // => 'Road through B'
 * @category report
 */
export const optionText = (
  option: { readonly label: string; readonly quantity?: number },
  unit: string | undefined,
  language: Language,
): string =>
  option.quantity === undefined
    ? option.label
    : `${formatNumber(option.quantity, language)}${unit === undefined ? '' : ` ${unit}`}`
