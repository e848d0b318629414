/**
 * The generated part of the three-questions README, from a `ThreeQuestionsStudy`: per level
 * of each question the mean and quantiles of the regional gain realised and of the deadlocks
 * broken, the effect of each question, and every combination of levels. Every number comes
 * from the real run; regenerate with `npm run examples`.
 */
import type { Distribution } from 'mandjes/engine'
import type { LevelOutcome, Question, ThreeQuestionsStudy } from './threeQuestionsExample.js'
import { questions } from './threeQuestionsExample.js'

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pp`
const num = (x: number) => x.toFixed(2)
const quantiles = (d: Distribution) =>
  `${pct(d.p10)} / ${pct(d.p25)} / ${pct(d.median)} / ${pct(d.p75)} / ${pct(d.p90)}`

/** How each question is named in the tables. @category examples */
export const questionNames: Record<Question, { readonly title: string; readonly parameter: string }> = {
  civilServant: { title: 'How much freedom does a civil servant take?', parameter: 'civil servant (information)' },
  mandateWidth: { title: 'How much room does an executive get?', parameter: 'mandate width' },
  councilTrust: { title: 'How much trust does the council give?', parameter: 'council trust' },
}

const levelTable = (levels: readonly LevelOutcome[]): string[] => [
  '| Level | Runs | Gain realised: mean | p10 / p25 / median / p75 / p90 | Deadlocks broken: mean | p10 / p25 / median / p75 / p90 | All broken / stuck runs | Rejected at table / failed ratifications (mean per run) |',
  '|---|---:|---:|---|---:|---|---|---|',
  ...levels.map(
    (l) =>
      `| ${l.level} | ${l.runs} | **${pct(l.gain.mean)}** | ${quantiles(l.gain)} | **${pct(l.broken.mean)}** | ${quantiles(l.broken)} | ${l.allBroken} / ${l.stuck} | ${num(l.meanRejectedAtTable)} / ${num(l.meanFailedRatifications)} |`,
  ),
]

/**
 * The effect of one question: the mean at its highest level minus the mean at its lowest
 * (levels in the experiment's order, lowest first), for gain realised and deadlocks broken.
 * @example
 * effectOf(study, 'mandateWidth').gain // => 0.21 (21 percentage points)
 * @category examples
 */
export const effectOf = (
  study: ThreeQuestionsStudy,
  question: Question,
): { readonly gain: number; readonly broken: number } => {
  const of = study.levels.filter((l) => l.question === question)
  const low = of[0]!
  const high = of[of.length - 1]!
  return { gain: high.gain.mean - low.gain.mean, broken: high.broken.mean - low.broken.mean }
}

/**
 * The README section of the three-questions example.
 * @example
 * threeQuestionsToMarkdown(studyThreeQuestions(loadExample('rivierenland'), [1])).startsWith('### Setup') // => true
 * @category examples
 */
export const threeQuestionsToMarkdown = (study: ThreeQuestionsStudy): string => {
  const { seeds, experiment, deadlocksAtStart } = study
  const first = seeds[0]
  const last = seeds[seeds.length - 1]
  const contiguous = seeds.every((s, k) => s === (first ?? 0) + k)
  const seedText = contiguous && first !== undefined && last !== undefined ? `${first} to ${last}` : seeds.join(', ')
  const lines = [
    '### Setup',
    '',
    `${experiment.cells.length} combinations of levels × ${seeds.length} seeds (${seedText}) = ${experiment.rows.length} simulated negotiations. ` +
      `The best valid deal with every issue on the table realises a total gain of ${experiment.available.value.toFixed(3)} (${experiment.available.exact ? 'proven optimal' : 'best found'}); ` +
      `that is 100% of the regional gain. ${deadlocksAtStart} issues count as deadlocks at the start (\`findDeadlocks\`: the region would gain from one of its options, yet each is blocked on its own).`,
    '',
    '### The effect of each question',
    '',
    'Mean at the highest level minus mean at the lowest, averaged over every level of the other two questions (percentage points):',
    '',
    '| Question | Levels (lowest → highest) | Gain realised | Deadlocks broken |',
    '|---|---|---:|---:|',
    ...questions.map((q) => {
      const e = effectOf(study, q)
      const levels = study.levels
        .filter((l) => l.question === q)
        .map((l) => l.level)
        .join(' → ')
      return `| ${questionNames[q].title} | ${questionNames[q].parameter}: ${levels} | ${pp(e.gain)} | ${pp(e.broken)} |`
    }),
  ]
  for (const q of questions) {
    lines.push(
      '',
      `### ${questionNames[q].title} (${questionNames[q].parameter})`,
      '',
      ...levelTable(study.levels.filter((l) => l.question === q)),
    )
  }
  lines.push(
    '',
    '### Every combination',
    '',
    'Mean (and median) per combination of levels, each over the same seeds:',
    '',
    '| Civil servant | Mandate width | Council trust | Gain realised: mean (median) | Deadlocks broken: mean (median) |',
    '|---|---:|---:|---:|---:|',
    ...study.cells.map(
      (c) =>
        `| ${c.civilServant} | ${c.mandateWidth} | ${c.councilTrust} | ${pct(c.gain.mean)} (${pct(c.gain.median)}) | ${pct(c.broken.mean)} (${pct(c.broken.median)}) |`,
    ),
  )
  return lines.join('\n') + '\n'
}
