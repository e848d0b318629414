/**
 * JSON laid out for reading and diffing at a small size: the top-level fields one per line,
 * the elements of top-level lists (issues, parties, domains) one per line, everything inside
 * an element on that line.
 */

/** `value` (a plain object) as compact, line-per-element JSON, ending in a newline. */
export const compactJson = (value: Record<string, unknown>): string => {
  const fields = Object.entries(value).map(([key, v]) => {
    const head = `  ${JSON.stringify(key)}: `
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') {
      return `${head}[\n${v.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]`
    }
    return `${head}${JSON.stringify(v)}`
  })
  return `{\n${fields.join(',\n')}\n}\n`
}
