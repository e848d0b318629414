/**
 * Text made safe to place in HTML, inside elements and inside quoted attributes. Every name,
 * label and note in a scenario file is user text and goes through this before it reaches a
 * report.
 *
 * @example
 * escapeHtml('<b>A & B</b>') // => '&lt;b&gt;A &amp; B&lt;/b&gt;'
 *
 * @category report
 */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"'`]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!,
  )
