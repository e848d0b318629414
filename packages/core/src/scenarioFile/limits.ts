/**
 * The limits a scenario file must stay within. They keep hostile or broken input from
 * exhausting memory, the stack or the CPU: every input either decodes or ends in problems,
 * quickly. Real scenarios stay far below each of them (docs/scenario-files.md lists them).
 */

/**
 * The limits on scenario files, in one place so the reader, the decoder and the docs agree.
 *
 * - `maxTextBytes`: the largest file (50 MiB of UTF-8; for a string, 50 Mi UTF-16 code units).
 * - `maxDepth`: the deepest nesting of lists and mappings (a real scenario needs 7).
 * - `maxIdLength`: the longest id of a party, issue, option or domain.
 * - `maxStringLength`: the longest text anywhere else (names, labels, notes, description).
 * - `maxItems`: the most entries in one list or mapping.
 * - `maxValues`: the most values (numbers, texts, lists, mappings) in the whole file.
 * - `maxProblems`: the most problems reported for one file; a last problem counts the rest.
 * - `maxOptions`: the most options of one issue, also for quantity ranges.
 * - `maxMagnitude`: the largest absolute number, so that `stake × value` sums stay finite.
 * - `maxYamlAliases`: the most YAML alias uses (`*name`), against alias bombs.
 *
 * @example
 * scenarioFileLimits.maxTextBytes // => 52428800
 *
 * @category scenarioFile
 */
export const scenarioFileLimits = {
  maxTextBytes: 50 * 1024 * 1024,
  maxDepth: 32,
  maxIdLength: 100,
  maxStringLength: 100_000,
  maxItems: 100_000,
  maxValues: 1_000_000,
  maxProblems: 1_000,
  maxOptions: 10_000,
  maxMagnitude: 1e15,
  maxYamlAliases: 100,
} as const

/**
 * Keys that would reach into JavaScript's object machinery (`obj.__proto__ = ...` replaces
 * a prototype). They are refused as keys and as ids anywhere in a file.
 */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
