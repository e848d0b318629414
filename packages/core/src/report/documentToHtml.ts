import { escapeHtml } from './escapeHtml.js'
import type { Block, Inline, NoteDocument, Section } from './NoteDocument.js'

const inline = (runs: readonly Inline[]): string =>
  runs.map((r) => (typeof r === 'string' ? escapeHtml(r) : `<strong>${escapeHtml(r.strong)}</strong>`)).join('')

const block = (b: Block): string => {
  switch (b._tag) {
    case 'Paragraph':
      return `<p>${inline(b.text)}</p>`
    case 'List':
      return `<ul>\n${b.items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`
    case 'Table': {
      const numeric = new Set(b.numeric ?? [])
      const cls = (k: number) => (numeric.has(k) ? ' class="num"' : '')
      const head = b.header.map((h, k) => `<th${cls(k)}>${escapeHtml(h)}</th>`).join('')
      const rows = b.rows
        .map((row) => `    <tr>${row.map((cell, k) => `<td${cls(k)}>${inline(cell)}</td>`).join('')}</tr>`)
        .join('\n')
      return `<table>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n${rows}\n  </tbody>\n</table>`
    }
  }
}

// Inline styles only: the file must show the same when mailed, printed or opened offline.
const style = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.subtitle{color:#555;font-style:italic}table{border-collapse:collapse;margin:.5rem 0;width:100%}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
@page{size:A4;margin:14mm}@media print{.appendix{break-before:page;font-size:8pt}body{margin:0;max-width:none;font-size:9pt;line-height:1.35}h1{font-size:14pt}h2{font-size:11pt;margin-top:1rem}td,th{padding:.1rem .3rem}}`

/**
 * A report document as one self-contained HTML page (inline CSS, no scripts, no external
 * files). Every run of user text is escaped.
 *
 * @example
 * documentToHtml({ language: 'nl', title: 'A & B', sections: [] }).includes('<title>A &amp; B</title>') // => true
 *
 * @category report
 */
export const documentToHtml = (doc: NoteDocument): string => {
  const body = [`<h1>${escapeHtml(doc.title)}</h1>`]
  if (doc.subtitle !== undefined) body.push(`<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`)
  const sectionHtml = (section: Section) => {
    body.push(`<section>\n<h2>${escapeHtml(section.title)}</h2>`)
    for (const b of section.blocks) body.push(block(b))
    body.push('</section>')
  }
  doc.sections.filter((s) => s.appendix !== true).forEach(sectionHtml)
  // The appendix in one element: print starts it on a new page, and a print check can hide it
  // (`.appendix{display:none}`) to measure the summary alone.
  const appendix = doc.sections.filter((s) => s.appendix === true)
  if (appendix.length > 0) {
    body.push('<div class="appendix">')
    appendix.forEach(sectionHtml)
    body.push('</div>')
  }
  return `<!DOCTYPE html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${style}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`
}
