/**
 * Bytes or text in, text out, within the size limit. Bytes must be UTF-8: the decoder is
 * fatal, so a Latin-1 file is reported (with the line and column of the first bad byte)
 * instead of silently turning "é" into "Ã©". A leading byte-order mark is dropped.
 */
import * as E from 'fp-ts/lib/Either.js'
import { scenarioFileLimits as limits } from './limits.js'
import type { Problem } from './Problem.js'

/** The offset of the first byte that does not belong to valid UTF-8, or -1 when all are valid. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, no surrogates).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : b === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0]
    if (length === 0 || i + length > bytes.length) return i
    const second = bytes[i + 1]!
    if (second < low || second > high) return i
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += length
  }
  return -1
}

/** 1-based line and column of a character offset in a text (one offset; see `linePositions`). */
export const linePosition = (text: string, offset: number): { readonly line: number; readonly column: number } =>
  linePositions(text)(offset)

/**
 * Line and column (both from 1) of offsets in a text, by binary search over the line starts;
 * for the many problems of one file, where `linePosition` would rescan the text for each.
 */
export const linePositions = (text: string): ((offset: number) => { line: number; column: number }) => {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset: number): { line: number; column: number } => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}

const tooLarge = (size: number, unit: string): Problem => ({
  code: 'tooLarge',
  path: [],
  message: `the file is ${size} ${unit}, more than the limit of ${limits.maxTextBytes} (50 MiB); split the scenario or remove data.`,
})

/**
 * The text of a scenario file: decoded from UTF-8 when given bytes, refused when larger than
 * `scenarioFileLimits.maxTextBytes`.
 *
 * @example
 * readText(new Uint8Array([0x61, 0xff])) // => E.left([{ code: 'invalidUtf8', line: 1, column: 2 }])
 *
 * @category scenarioFile
 */
export const readText = (input: string | Uint8Array): E.Either<readonly [Problem], string> => {
  if (typeof input === 'string') {
    if (input.length > limits.maxTextBytes) return E.left([tooLarge(input.length, 'characters')])
    return E.right(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
  }
  if (input.byteLength > limits.maxTextBytes) return E.left([tooLarge(input.byteLength, 'bytes')])
  try {
    // ignoreBOM: false makes the decoder drop a leading byte-order mark.
    return E.right(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input))
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(input))
    const before = new TextDecoder('utf-8').decode(input.subarray(0, offset))
    const { line, column } = linePosition(before, before.length)
    const hex = Array.from(input.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ')
    return E.left([
      {
        code: 'invalidUtf8',
        path: [],
        line,
        column,
        message: `byte ${offset} (${hex}) is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252).`,
      },
    ])
  }
}
