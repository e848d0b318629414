/**
 * Runs one example: studies it, prints the README section, and with `write` rewrites the
 * README's generated section so the README always shows what the library really finds.
 */
import { join } from 'node:path'
import { examplesRoot, loadExample, type ExampleName } from './loadExample.js'
import { studyExample, type ExampleStudy } from './studyExample.js'
import { studyToMarkdown } from './studyToMarkdown.js'
import { updateReadme } from './updateReadme.js'

/**
 * Studies an example and returns the study and its README section; rewrites the README when
 * `write` is set.
 * @example
 * runExample('road-and-housing', { write: false }).section.startsWith('### Deadlocks') // => true
 * @category examples
 */
export const runExample = (
  name: ExampleName,
  options: { readonly write: boolean },
): { readonly study: ExampleStudy; readonly section: string; readonly changed: boolean } => {
  const study = studyExample(loadExample(name))
  const section = studyToMarkdown(study)
  const changed = options.write ? updateReadme(join(examplesRoot, name, 'README.md'), section) : false
  return { study, section, changed }
}

/**
 * The command-line entry of each example's `run.ts`: prints the section; `--write` updates
 * the README too.
 * @example
 * mainOf('rivierenland', ['--write'])
 * @category examples
 */
export const mainOf = (name: ExampleName, argv: readonly string[]): void => {
  const { section, changed } = runExample(name, { write: argv.includes('--write') })
  process.stdout.write(section)
  if (argv.includes('--write')) process.stderr.write(`${name}/README.md ${changed ? 'updated' : 'already current'}\n`)
}
