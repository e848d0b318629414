import type { Block, Inline, NoteDocument } from './NoteDocument.js'

/** Markdown characters escaped in user text, so a label like `*A|B*` stays literal. */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')

const inline = (runs: readonly Inline[]): string =>
  runs.map((r) => (typeof r === 'string' ? escapeMarkdown(r) : `**${escapeMarkdown(r.strong)}**`)).join('')

const block = (b: Block): string => {
  switch (b._tag) {
    case 'Paragraph':
      return inline(b.text)
    case 'List':
      return b.items.map((item) => `- ${inline(item)}`).join('\n')
    case 'Table': {
      const numeric = new Set(b.numeric ?? [])
      const header = `| ${b.header.map(escapeMarkdown).join(' | ')} |`
      const rule = `|${b.header.map((_, k) => (numeric.has(k) ? '---:' : '---')).join('|')}|`
      const rows = b.rows.map((row) => `| ${row.map(inline).join(' | ')} |`)
      return [header, rule, ...rows].join('\n')
    }
  }
}

/**
 * A report document as Markdown (GitHub flavour: tables, bold). Every run of text is
 * escaped, so names and labels from a scenario file show literally.
 *
 * @example
 * documentToMarkdown({ language: 'en', title: 'Note', sections: [] }) // => '# Note\n'
 *
 * @category report
 */
export const documentToMarkdown = (doc: NoteDocument): string => {
  const parts = [`# ${escapeMarkdown(doc.title)}`]
  if (doc.subtitle !== undefined) parts.push(`_${escapeMarkdown(doc.subtitle)}_`)
  // Appendix sections last, whatever order they were built in (as in the HTML).
  const ordered = [
    ...doc.sections.filter((s) => s.appendix !== true),
    ...doc.sections.filter((s) => s.appendix === true),
  ]
  for (const section of ordered) {
    parts.push(`## ${escapeMarkdown(section.title)}`)
    for (const b of section.blocks) parts.push(block(b))
  }
  return `${parts.join('\n\n')}\n`
}
