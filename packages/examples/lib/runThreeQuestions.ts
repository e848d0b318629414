/**
 * Runs the three-questions example: the experiment on Rivierenland with the published seeds,
 * its README section, and with `write` the README's generated section rewritten.
 */
import { join } from 'node:path'
import { examplesRoot, loadExample } from './loadExample.js'
import { studyThreeQuestions, threeQuestionsSeeds, type ThreeQuestionsStudy } from './threeQuestionsExample.js'
import { threeQuestionsToMarkdown } from './threeQuestionsToMarkdown.js'
import { updateReadme } from './updateReadme.js'

/** The README of the three-questions example. @category examples */
export const threeQuestionsReadme = join(examplesRoot, 'three-questions', 'README.md')

/**
 * Runs the experiment with the published seeds and returns the study and its README section;
 * rewrites the README when `write` is set.
 * @example
 * runThreeQuestions({ write: false }).study.experiment.rows.length // => 1080
 * @category examples
 */
export const runThreeQuestions = (options: {
  readonly write: boolean
}): { readonly study: ThreeQuestionsStudy; readonly section: string; readonly changed: boolean } => {
  const study = studyThreeQuestions(loadExample('rivierenland'), threeQuestionsSeeds)
  const section = threeQuestionsToMarkdown(study)
  const changed = options.write ? updateReadme(threeQuestionsReadme, section) : false
  return { study, section, changed }
}

/**
 * The command-line entry of `three-questions/run.ts`: prints the section and the run time;
 * `--write` updates the README too.
 * @example
 * mainOfThreeQuestions(['--write'])
 * @category examples
 */
export const mainOfThreeQuestions = (argv: readonly string[]): void => {
  const started = Date.now()
  const { section, changed, study } = runThreeQuestions({ write: argv.includes('--write') })
  process.stdout.write(section)
  process.stderr.write(`${study.experiment.rows.length} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  if (argv.includes('--write'))
    process.stderr.write(`three-questions/README.md ${changed ? 'updated' : 'already current'}\n`)
}
