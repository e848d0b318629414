/**
 * Fails (exit 1) when the executed notebook has a code cell without output or with an error,
 * so `npm run notebook` cannot pass with a silently empty or broken cell.
 * Run: tsx packages/examples/notebooks/checkNotebook.ts [notebook.ipynb]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Cell {
  readonly id?: string
  readonly cell_type: string
  readonly outputs?: readonly { readonly output_type: string }[]
}

/**
 * The problems of an executed notebook: code cells with no output or an error output.
 * @example
 * notebookProblems({ cells: [{ cell_type: 'code', outputs: [] }] }) // => ['cell 0: no output']
 * @category examples
 */
export const notebookProblems = (notebook: { readonly cells: readonly Cell[] }): string[] =>
  notebook.cells.flatMap((cell, k) => {
    if (cell.cell_type !== 'code') return []
    const name = `cell ${cell.id ?? k}`
    const outputs = cell.outputs ?? []
    if (outputs.length === 0) return [`${name}: no output`]
    return outputs.some((o) => o.output_type === 'error') ? [`${name}: error`] : []
  })

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? fileURLToPath(new URL('./rivierenland.ipynb', import.meta.url))
  const problems = notebookProblems(JSON.parse(readFileSync(path, 'utf8')))
  if (problems.length > 0) {
    process.stderr.write(`${path}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
    process.exitCode = 1
  } else process.stdout.write(`${path}: every code cell ran and has output\n`)
}
