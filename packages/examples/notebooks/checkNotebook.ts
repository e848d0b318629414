/**
 * Fails (exit 1) when an executed notebook has a code cell without output or with an error, a
 * chart shown as SVG without a PNG beside it (SVG alone shows blank in some exports), or an
 * import of the library by path instead of by package name, so `npm run notebook` cannot pass
 * with a silently empty, broken or unexportable cell.
 * Run: tsx packages/examples/notebooks/checkNotebook.ts [notebook.ipynb]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Output {
  readonly output_type: string
  readonly data?: Readonly<Record<string, unknown>>
}

interface Cell {
  readonly id?: string
  readonly cell_type: string
  readonly source?: string | readonly string[]
  readonly outputs?: readonly Output[]
}

const sourceOf = (cell: Cell): string => (typeof cell.source === 'string' ? cell.source : (cell.source ?? []).join(''))

/**
 * The problems of an executed notebook: code cells with no output or an error output, SVG
 * outputs without a PNG, and imports of the library's sources by relative path.
 * @example
 * notebookProblems({ cells: [{ cell_type: 'code', outputs: [] }] }) // => ['cell 0: no output']
 * @category examples
 */
export const notebookProblems = (notebook: { readonly cells: readonly Cell[] }): string[] =>
  notebook.cells.flatMap((cell, k) => {
    if (cell.cell_type !== 'code') return []
    const name = `cell ${cell.id ?? k}`
    const outputs = cell.outputs ?? []
    const problems: string[] = []
    if (/from\s+['"](\.\.?\/)[^'"]*(core|cli)\/src/.test(sourceOf(cell))) problems.push(`${name}: imports the library by path; import 'mandjes' by name`)
    if (outputs.length === 0) problems.push(`${name}: no output`)
    else if (outputs.some((o) => o.output_type === 'error')) problems.push(`${name}: error`)
    if (outputs.some((o) => o.data?.['image/svg+xml'] !== undefined && o.data['image/png'] === undefined)) problems.push(`${name}: SVG without a PNG beside it`)
    return problems
  })

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? fileURLToPath(new URL('./rivierenland.ipynb', import.meta.url))
  const problems = notebookProblems(JSON.parse(readFileSync(path, 'utf8')))
  if (problems.length > 0) {
    process.stderr.write(`${path}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
    process.exitCode = 1
  } else process.stdout.write(`${path}: every code cell ran and has output, every chart has a PNG\n`)
}
