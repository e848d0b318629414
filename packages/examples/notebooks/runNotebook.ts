/**
 * Executes the Rivierenland notebook headlessly (nbconvert, Deno's Jupyter kernel) into a
 * temporary copy, so the tracked notebook is never rewritten, then checks the copy
 * (checkNotebook) and its HTML export (every chart must reach the HTML as a PNG image).
 *
 *   tsx packages/examples/notebooks/runNotebook.ts           # run and check a copy
 *   tsx packages/examples/notebooks/runNotebook.ts --update  # also write the outputs back
 *
 * `mandjes` and `@mandjes/cli` resolve to their TypeScript sources (DENO_CONDITIONS=source),
 * so no build is needed; with MANDJES_BUILT=1 they resolve to the built packages in dist/,
 * exactly as in a user's notebook (CI does this after `npm run build`).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { notebookProblems } from './checkNotebook.js'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const notebook = join(here, 'rivierenland.ipynb')
const out = mkdtempSync(join(tmpdir(), 'mandjes-notebook-'))
const executed = join(out, basename(notebook))

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  JUPYTER_PATH: join(repo, 'jupyter'),
  ...(process.env['MANDJES_BUILT'] === '1' ? {} : { DENO_CONDITIONS: 'source' }),
}
const nbconvert = (...args: string[]) => execFileSync('/usr/bin/python3', ['-m', 'nbconvert', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] })

// The kernel runs in the notebook's own folder (nbconvert's default), so its relative paths
// hold; only the output goes to the temporary folder.
nbconvert('--to', 'notebook', '--execute', notebook, '--output-dir', out, '--output', basename(notebook), '--ExecutePreprocessor.timeout=600')
const problems = notebookProblems(JSON.parse(readFileSync(executed, 'utf8')))
nbconvert('--to', 'html', executed, '--output-dir', out)
const html = readFileSync(join(out, basename(notebook, '.ipynb') + '.html'), 'utf8')
const charts = (readFileSync(executed, 'utf8').match(/"image\/png"/g) ?? []).length
const pngs = (html.match(/<img[^>]+src="data:image\/png;base64,/g) ?? []).length
if (charts === 0 || pngs < charts) problems.push(`HTML export: ${pngs} PNG images for ${charts} charts`)

if (problems.length > 0) {
  process.stderr.write(`${executed}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
  process.exit(1)
}
process.stdout.write(`${executed}: every code cell ran and has output; ${charts} charts, each a PNG in the HTML export\n`)
if (process.argv.includes('--update')) {
  copyFileSync(executed, notebook)
  process.stdout.write(`wrote the outputs back to ${notebook}\n`)
}
