/**
 * Rows of plain values as CSV (RFC 4180: comma-separated, quoted where needed, CRLF-free
 * `\n` line ends), with the columns of the first row.
 */

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The rows as CSV text, header first.
 * @example
 * toCsv([{ a: 1, b: 'x,y' }]) // => 'a,b\n1,"x,y"\n'
 * @category cli
 */
export const toCsv = (rows: readonly object[]): string => {
  const first = rows[0]
  if (first === undefined) return ''
  const columns = Object.keys(first)
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])).join(',')),
  ]
  return `${lines.join('\n')}\n`
}
