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

/** The widest line the text output prints (a terminal of 100 columns shows every line whole). @category cli */
export const textWidth = 100

/**
 * One line folded at spaces into lines of at most `width` columns; continuation lines are
 * indented two more than the line's own indent, so a folded item still reads as one. A single
 * word longer than the width (a path) stays whole.
 * @example
 * wrapLine('  gains: A +1, B +2', 14) // => ['  gains: A +1,', '    B +2']
 * @category cli
 */
export const wrapLine = (line: string, width: number = textWidth): string[] => {
  if (line.length <= width) return [line]
  const indent = /^ */.exec(line)![0]
  const hanging = `${indent}  `
  const lines: string[] = []
  let current = indent
  let fresh = true
  for (const word of line.slice(indent.length).split(' ')) {
    if (!fresh && current.length + 1 + word.length > width) {
      lines.push(current)
      current = hanging
      fresh = true
    }
    current = fresh ? `${current}${word}` : `${current} ${word}`
    fresh = false
  }
  lines.push(current)
  return lines
}

/**
 * Prints lines of text on stdout, each made terminal-safe (a newline or escape sequence inside
 * a line, say in a party's name, is printed as an escape, so it cannot forge a line) and folded
 * to `textWidth` columns.
 * @example
 * printLines(io, ['a', 'b\u001b[2J']) // stdout: 'a\nb\\x1b[2J\n'
 * @category cli
 */
export const printLines = (io: Io, lines: readonly string[]): void =>
  io.stdout(lines.length === 0 ? '' : `${lines.flatMap((l) => wrapLine(terminalLine(l))).join('\n')}\n`)
