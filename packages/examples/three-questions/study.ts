/**
 * The three-questions study over continuous ranges (docs/three-questions.md): the four worked
 * examples and the regional ladder's first rung, every mediator, a sensitivity analysis.
 * Run: npx tsx --conditions=source packages/examples/three-questions/study.ts [--runs 100] [--reps 400] [--sensitivity-runs 100] [--write]
 * (--write rewrites docs/three-questions.json and docs/three-questions.md).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { formatProblem, parseScenarioText, type Scenario } from 'mandjes'
import { examplesRoot, exampleNames, loadExample } from '../lib/loadExample.js'
import { runStudy, studyCommand, studyToMarkdown, type StudyData } from '../lib/threeQuestionsStudyDoc.js'
import { studyEffectsChart } from '../lib/threeQuestionsChart.js'
import { chartToSvg } from '@mandjes/cli'

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    reps: { type: 'string' },
    'sensitivity-runs': { type: 'string' },
    write: { type: 'boolean' },
    render: { type: 'boolean' },
  },
})
const regionalFile = join(examplesRoot, '..', '..', 'bench', 'regional', 'scenarios', 'r01_p8_i12.json')
const read = parseScenarioText(readFileSync(regionalFile, 'utf8'), { file: regionalFile })
if (read._tag === 'Left') throw new Error(read.left.map((p) => formatProblem(p)).join('\n'))
const scenarios: [string, Scenario][] = [
  ...exampleNames.map((n): [string, Scenario] => [n, loadExample(n)]),
  ['regional r01 (8 parties, 12 issues, generated)', read.right],
]
const setup = {
  runs: Number(values.runs ?? 100),
  reps: Number(values.reps ?? 400),
  designSeed: 14,
  bootstrapSeed: 1414,
  sensitivityRuns: Number(values['sensitivity-runs'] ?? 100),
}
const docs = join(examplesRoot, '..', '..', 'docs')
const started = performance.now()
/** With --render, only docs/three-questions.md is rewritten, from the saved JSON and the command in the doc. */
if (values.render === true) {
  const saved = JSON.parse(readFileSync(join(docs, 'three-questions.json'), 'utf8')) as StudyData
  writeFileSync(
    join(docs, 'three-questions.md'),
    studyToMarkdown(saved, studyCommand(readFileSync(join(docs, 'three-questions.md'), 'utf8'))),
  )
  writeFileSync(join(docs, 'charts', 'three-questions-effects.svg'), await chartToSvg(studyEffectsChart(saved)))
  process.exit(0)
}
const data = runStudy(scenarios, 'rivierenland', setup, (line) => process.stderr.write(`${line}\n`))
const args = [
  ...(values.runs === undefined ? [] : ['--runs', values.runs]),
  ...(values.reps === undefined ? [] : ['--reps', values.reps]),
  ...(values['sensitivity-runs'] === undefined ? [] : ['--sensitivity-runs', values['sensitivity-runs']]),
]
const command = ['npx tsx --conditions=source packages/examples/three-questions/study.ts', ...args, '--write'].join(' ')
const markdown = studyToMarkdown(data, command)
process.stderr.write(`study done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
if (values.write === true) {
  writeFileSync(join(docs, 'three-questions.json'), `${JSON.stringify(data)}\n`)
  writeFileSync(join(docs, 'three-questions.md'), markdown)
  writeFileSync(join(docs, 'charts', 'three-questions-effects.svg'), await chartToSvg(studyEffectsChart(data)))
} else process.stdout.write(markdown)
