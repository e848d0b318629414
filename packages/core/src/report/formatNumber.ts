import { localeOf, type Language } from './Language.js'

/** How many digits a formatted number shows. @category report */
export interface NumberFormat {
  /** At most this many digits after the decimal separator (default 2). */
  readonly maxDigits?: number
  /** Always show a sign, so gains read as `+1,5` and losses as `-0,3`. */
  readonly signed?: boolean
}

const formatters = new Map<string, Intl.NumberFormat>()

const formatterFor = (language: Language, maxDigits: number, signed: boolean): Intl.NumberFormat => {
  const key = `${language}|${maxDigits}|${signed}`
  let found = formatters.get(key)
  if (found === undefined) {
    found = new Intl.NumberFormat(localeOf[language], {
      maximumFractionDigits: maxDigits,
      minimumFractionDigits: 0,
      signDisplay: signed ? 'exceptZero' : 'auto',
    })
    formatters.set(key, found)
  }
  return found
}

/**
 * A number as a reader of the language expects it: Dutch `1.234,5`, English `1,234.5`.
 * Values that round to zero print as `0` (never `-0`), so a gain of `-1e-12` does not look
 * like a loss.
 *
 * @example
 * formatNumber(1234.5, 'nl') // => '1.234,5'
 * formatNumber(1234.5, 'en') // => '1,234.5'
 * formatNumber(0.25, 'nl', { signed: true }) // => '+0,25'
 *
 * @category report
 */
export const formatNumber = (value: number, language: Language, format: NumberFormat = {}): string => {
  const maxDigits = format.maxDigits ?? 2
  const rounded = Number(value.toFixed(maxDigits))
  return formatterFor(language, maxDigits, format.signed ?? false).format(Object.is(rounded, -0) ? 0 : rounded)
}
