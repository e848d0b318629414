/**
 * The languages a report is written in: Dutch for the council (gemeenteraad), English for
 * everyone else. Only the report's own words are translated; names and labels from the
 * scenario file are shown as written.
 * @example
 * const language: Language = 'nl'
 * @category report
 */
export type Language = 'nl' | 'en'

/** Every report language, in a stable order (for command-line choices). @category report */
export const languages: readonly Language[] = ['nl', 'en']

/** The BCP 47 locale used to format numbers in each language. @category report */
export const localeOf: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' }
