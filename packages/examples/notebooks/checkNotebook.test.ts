import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { notebookProblems } from './checkNotebook.js'

describe('the Rivierenland notebook', () => {
  it('is checked in executed: every code cell has output, none failed, every chart has a PNG, the library is imported by name', () => {
    const notebook = JSON.parse(readFileSync(new URL('./rivierenland.ipynb', import.meta.url), 'utf8'))
    expect(notebook.metadata.kernelspec.name).toBe('deno')
    expect(notebookProblems(notebook)).toEqual([])
  })

  it('types its ids with the id helpers: no casts to never or to a branded id', () => {
    const notebook = JSON.parse(readFileSync(new URL('./rivierenland.ipynb', import.meta.url), 'utf8'))
    const code = notebook.cells
      .filter((c: { cell_type: string }) => c.cell_type === 'code')
      .map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source))
      .join('\n')
    expect(code).toContain("partyId('tiel')")
    expect(code.match(/ as (never|PartyId|IssueId|OptionId|DomainId)\b/g)).toBeNull()
  })

  it('flags a code cell without output and one with an error', () => {
    const cells = [
      { id: 'a', cell_type: 'markdown' },
      { id: 'b', cell_type: 'code', outputs: [] },
      { id: 'c', cell_type: 'code', outputs: [{ output_type: 'error' }] },
      { id: 'd', cell_type: 'code', outputs: [{ output_type: 'display_data' }] },
    ]
    expect(notebookProblems({ cells })).toEqual(['cell b: no output', 'cell c: error'])
  })

  it('flags an SVG chart without a PNG and an import of the sources by path', () => {
    const svg = { output_type: 'display_data', data: { 'image/svg+xml': '<svg/>' } }
    const both = { output_type: 'display_data', data: { 'image/svg+xml': '<svg/>', 'image/png': 'iVBOR' } }
    const cells = [
      { id: 'a', cell_type: 'code', source: "import { findDeal } from '../../core/src/index.ts'", outputs: [both] },
      { id: 'b', cell_type: 'code', source: ["import { findDeal } from 'mandjes'\n"], outputs: [svg] },
      { id: 'c', cell_type: 'code', source: "import { chartToSvg } from '@mandjes/cli'", outputs: [both] },
    ]
    expect(notebookProblems({ cells })).toEqual([
      "cell a: imports the library by path; import 'mandjes' by name",
      'cell b: SVG without a PNG beside it',
    ])
  })
})
