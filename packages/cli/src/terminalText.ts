/**
 * Text from a scenario (names, labels, ids) made safe to print on a terminal: control
 * characters (ANSI escape sequences start with one), DEL, the C1 controls, Unicode line and
 * paragraph separators and bidirectional overrides are shown as escapes (`\x1b`, `\n`,
 * `\u202e`), so a name can neither recolour the terminal, move its cursor nor forge a line of
 * output. JSON output needs none of this: JSON.stringify escapes control characters itself.
 */

// C0 controls, DEL and C1 controls; line/paragraph separators; bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const escapeOne = (c: string): string =>
  named[c] ??
  (c.charCodeAt(0) <= 0xff
    ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
    : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * One line of output with every unsafe character escaped (newlines included).
 * @example
 * terminalLine('Tiel\u001b[2J\nforged') // => 'Tiel\\x1b[2J\\nforged'
 * @category cli
 */
export const terminalLine = (text: string): string => text.replace(unsafe, escapeOne)

/**
 * A block of text (a note, a CSV) with its own line breaks kept and everything else unsafe
 * escaped, a `\r` included (it would let a line overwrite itself).
 * @example
 * terminalText('a\nb\u001b[31m') // => 'a\nb\\x1b[31m'
 * @category cli
 */
export const terminalText = (text: string): string => text.split('\n').map(terminalLine).join('\n')
