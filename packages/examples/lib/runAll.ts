/**
 * `npm run examples`: runs every example and rewrites the generated part of each README (the
 * three-questions experiment included), then regenerates the Rivierenland council notes
 * (docs/notes/) and charts (docs/charts/).
 */
import { exampleNames } from './loadExample.js'
import { runExample } from './runExample.js'
import { runThreeQuestions } from './runThreeQuestions.js'
import { writeDocs } from './writeDocs.js'

for (const name of exampleNames) {
  const started = Date.now()
  const { changed } = runExample(name, { write: true })
  process.stdout.write(`${name}: README ${changed ? 'updated' : 'already current'} (${Date.now() - started} ms)\n`)
}
{
  const started = Date.now()
  const { changed, study } = runThreeQuestions({ write: true })
  process.stdout.write(
    `three-questions: README ${changed ? 'updated' : 'already current'} (${study.experiment.rows.length} runs, ${Date.now() - started} ms)\n`,
  )
}
const started = Date.now()
const changed = await writeDocs()
process.stdout.write(
  `docs: ${changed.length === 0 ? 'notes and charts already current' : `wrote ${changed.join(', ')}`} (${Date.now() - started} ms)\n`,
)
