import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { notebookProblems } from './checkNotebook.js'

describe('the Rivierenland notebook', () => {
  it('is checked in executed: every code cell has output and none failed', () => {
    const notebook = JSON.parse(readFileSync(new URL('./rivierenland.ipynb', import.meta.url), 'utf8'))
    expect(notebook.metadata.kernelspec.name).toBe('deno')
    expect(notebookProblems(notebook)).toEqual([])
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
})
