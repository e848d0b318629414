/** Small helpers every command uses to print. */
import type { Io } from './Io.js'
import { terminalLine } from './terminalText.js'

/**
 * Prints a value as JSON on stdout (two-space indent, newline at the end). Numbers that are
 * not finite have no JSON form: they print as `null`, as JSON.stringify does.
 * @example
 * printJson(io, { deals: [] }) // stdout: '{\n  "deals": []\n}\n'
 * @category cli
 */
export const printJson = (io: Io, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`)

/**
 * Prints lines of text on stdout, each made terminal-safe (a newline or escape sequence inside
 * a line, say in a party's name, is printed as an escape, so it cannot forge a line).
 * @example
 * printLines(io, ['a', 'b\u001b[2J']) // stdout: 'a\nb\\x1b[2J\n'
 * @category cli
 */
export const printLines = (io: Io, lines: readonly string[]): void =>
  io.stdout(lines.length === 0 ? '' : `${lines.map(terminalLine).join('\n')}\n`)
