/**
 * The three-questions study (core's `studyRuns` / `studyEffects`) on the worked examples and
 * a generated regional scenario, every mediator, plus a sensitivity analysis of the
 * uncalibrated constants; its data as JSON and docs/three-questions.md rendered from it.
 */
import { type Scenario } from 'mandjes'
import {
  binnedMeans,
  defaultStudyConstants,
  studyAvailable,
  studyEffects,
  studyRuns,
  type Estimate,
  type FactorEffects,
  type StudyConstants,
  type StudyRun,
  allMediators,
  mediatorLabel,
} from 'mandjes/engine'

/** The study's settings: runs per cell, bootstrap, seeds. @category examples */
export interface StudySetup {
  readonly runs: number
  readonly reps: number
  readonly designSeed: number
  readonly bootstrapSeed: number
  readonly sensitivityRuns: number
}

/** One cell: a scenario and a mediator, its runs and effects. @category examples */
export interface StudyCell {
  readonly scenario: string
  readonly mediator: string
  /** [seed, f, w, t, share] per run. */
  readonly runs: readonly (readonly [number, number, number, number, number])[]
  readonly effects: FactorEffects
  readonly meanShare: number
}

/** One constant moved on its own (on the sensitivity scenario, best package). @category examples */
export interface SensitivityCase {
  readonly constant: keyof StudyConstants
  readonly value: number
  readonly effects: FactorEffects
  readonly meanShare: number
}

/** The whole study as data. @category examples */
export interface StudyData {
  readonly setup: StudySetup
  readonly cells: readonly StudyCell[]
  readonly sensitivityScenario: string
  readonly sensitivity: readonly SensitivityCase[]
}

/** Low and high values of every constant for the sensitivity analysis (invented ranges). @category examples */
export const sensitivityValues: Readonly<Record<keyof StudyConstants, readonly [number, number]>> = {
  rounds: [5, 20],
  startNoise: [0.2, 1],
  startPrepared: [0.2, 0.67],
  hindranceDuring: [0.1, 0.6],
  visibilityWeight: [0.4, 1],
  coolingOff: [1, 8],
  afterKept: [0.05, 0.3],
  afterFailed: [0.1, 0.5],
  latitude: [0, 0.3],
}

const pack = (runs: readonly StudyRun[]) => runs.map((r) => [r.seed, r.x[0], r.x[1], r.x[2], r.share] as const)
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)

/**
 * Runs the study.
 * @example
 * runStudy([['road-and-housing', scenario]], 'road-and-housing', { runs: 10, reps: 50, designSeed: 1, bootstrapSeed: 2, sensitivityRuns: 0 })
 * @category examples
 */
export const runStudy = (
  scenarios: readonly (readonly [string, Scenario])[],
  sensitivityScenario: string,
  setup: StudySetup,
  log: (line: string) => void = () => {},
): StudyData => {
  const bootstrap = { reps: setup.reps, seed: setup.bootstrapSeed }
  const cells: StudyCell[] = []
  for (const [name, scenario] of scenarios) {
    const available = studyAvailable(scenario)
    for (const mediator of allMediators) {
      const t = performance.now()
      const runs = studyRuns(scenario, mediator, { runs: setup.runs, designSeed: setup.designSeed, available })
      cells.push({
        scenario: name,
        mediator: mediatorLabel(mediator),
        runs: pack(runs),
        effects: studyEffects(runs, bootstrap),
        meanShare: mean(runs.map((r) => r.share)),
      })
      log(`${name} ${mediatorLabel(mediator)}: ${setup.runs} runs in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    }
  }
  const sensitivity: SensitivityCase[] = []
  const target = scenarios.find(([n]) => n === sensitivityScenario)?.[1]
  if (target !== undefined && setup.sensitivityRuns > 0) {
    const available = studyAvailable(target)
    for (const [constant, values] of Object.entries(sensitivityValues) as [keyof StudyConstants, readonly number[]][])
      for (const value of values) {
        const constants = { ...defaultStudyConstants, [constant]: value }
        const runs = studyRuns(
          target,
          { _tag: 'bestPackage', objective: 'sum' },
          {
            runs: setup.sensitivityRuns,
            designSeed: setup.designSeed,
            constants,
            available,
          },
        )
        sensitivity.push({
          constant,
          value,
          effects: studyEffects(runs, bootstrap),
          meanShare: mean(runs.map((r) => r.share)),
        })
        log(`sensitivity ${constant} = ${value}`)
      }
  }
  return { setup, cells, sensitivityScenario, sensitivity }
}

const f2 = (x: number) => (Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2))
const est = (e: Estimate) => `${f2(e.value)} [${f2(e.low)}, ${f2(e.high)}]`
const sign = (e: Estimate): '+' | '−' | '0' => (e.low > 0 ? '+' : e.high < 0 ? '−' : '0')
const names = ['civil servant (f)', 'mandate width (w)', 'council trust (t)'] as const

/** The order of the three factors by effect, with `≈` where the intervals overlap. */
const ranking = (e: FactorEffects): string => {
  const order = [0, 1, 2].sort((a, b) => e.main[b]!.value - e.main[a]!.value)
  return order
    .map((i, k) => {
      if (k === 0) return names[i]!.split(' (')[0]!
      const prev = e.main[order[k - 1]!]!
      const sep = prev.low > e.main[i]!.high ? ' > ' : ' ≈ '
      return `${sep}${names[i]!.split(' (')[0]!}`
    })
    .join('')
}

/**
 * docs/three-questions.md from the study's data.
 * @example
 * studyToMarkdown(data, 'npx tsx --conditions=source packages/examples/three-questions/study.ts --write')
 * @category examples
 */
export const studyToMarkdown = (data: StudyData, command: string): string => {
  const { setup } = data
  const lines: string[] = [
    '# The three questions, redone',
    '',
    `<!-- Generated by \`${command}\` from docs/three-questions.json; do not edit by hand. -->`,
    '',
    'The source document asks three questions: how much freedom a civil servant can take, how much room to',
    'negotiate an executive gets, and how much trust the council gives. The earlier study answered them on a',
    '3 × 3 × 3 grid on Rivierenland with the best-package mediator, and its ranking came from the grid: "little"',
    'and "some" civil-servant freedom prepared the same alternatives on three-option issues, and the mandate',
    'width\'s "threshold" sat between two grid points. This study replaces the grid with continuous ranges.',
    '',
    '## Design',
    '',
    "- **Factors**, drawn per run from the design seed: the civil servant's freedom `f` uniform on [0, 1]",
    '  (`civilServants.freedom`: each meeting every unprepared alternative of an open issue is prepared, and the',
    "  issue's facts shared, with probability f), the councils' starting trust `t` uniform on [0, 1]",
    '  (`councils.trust`), and the mandate width `w` (`mandateWidth`): exactly 1 in half the runs, uniform on',
    "  [0, 1) in the other half. The width has an atom at 1: below 1 the width rule makes every party's worst",
    "  option on its largest issue a red line, so a deal that needs one (Rivierenland's large package, the",
    '  road-and-housing mandje) is possible only at exactly 1. A first run of this study with w uniform on',
    '  [0, 1] found a share of 0 in all 100 runs of every mediator on road-and-housing, Rivierenland and MRA.',
    `- **Cells**: ${new Set(data.cells.map((c) => c.scenario)).size} scenarios × ${new Set(data.cells.map((c) => c.mediator)).size} mediators, ${setup.runs} runs per cell (simulation seeds 1 to ${setup.runs}, design seed ${setup.designSeed}).`,
    '- **Outcome**: the share of the available regional gain realised (0 when nothing is ratified).',
    '- **Effects**: a least-squares fit of the share on f, w, t and their three pairwise products; the main',
    '  effect of a factor is the mean change of the share from the factor at 0 to 1, averaged over the other',
    `  factors' sampled values. Intervals: percentile bootstrap 95%, ${setup.reps} resamples of the runs, bootstrap seed ${setup.bootstrapSeed}.`,
    '  A sign in the robustness table is + or − only when the interval excludes 0.',
    '- **Constants** (all invented, see docs/simulate.md): ' +
      Object.entries(defaultStudyConstants)
        .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
        .join(', ') +
      ". Councils are involved during the talks; the start's picture is noisy with that sd and that share of the",
    '  alternatives prepared, so freedom has something to improve.',
    '',
    '## Effects per scenario and mediator',
    '',
    '![Main effects with bootstrap 95% intervals, per scenario and mediator](charts/three-questions-effects.svg)',
    '',
  ]
  for (const scenario of [...new Set(data.cells.map((c) => c.scenario))]) {
    lines.push(
      `### ${scenario}`,
      '',
      '| mediator | mean share | civil servant (f) | mandate width (w) | council trust (t) | ranking |',
      '|---|---|---|---|---|---|',
    )
    for (const c of data.cells.filter((x) => x.scenario === scenario))
      lines.push(
        `| ${c.mediator} | ${f2(c.meanShare)} | ${c.effects.main.map(est).join(' | ')} | ${ranking(c.effects)} |`,
      )
    const best = data.cells.find((x) => x.scenario === scenario && x.mediator.startsWith('bestPackage'))
    if (best !== undefined) {
      lines.push(
        '',
        `Best package, interactions (coefficient of the product, 95% interval): ` +
          best.effects.interactions
            .map((i) => `${['f', 'w', 't'][i.pair[0]]}×${['f', 'w', 't'][i.pair[1]]} ${est(i.estimate)}`)
            .join('; ') +
          '.',
        '',
      )
      const runs = best.runs.map((r) => ({ x: [r[1], r[2], r[3]], y: r[4] }))
      lines.push(
        'Best package, mean share by fifth of each range (no model):',
        '',
        '| factor | 0-0.2 | 0.2-0.4 | 0.4-0.6 | 0.6-0.8 | 0.8-1 |',
        '|---|---|---|---|---|---|',
      )
      names.forEach((n, k) =>
        lines.push(
          `| ${n} | ${binnedMeans(runs, k, 5)
            .map((b) => (b.mean === null ? '–' : f2(b.mean)))
            .join(' | ')} |`,
        ),
      )
    }
    lines.push('')
  }
  lines.push(
    '## What holds robustly',
    '',
    "Cells (scenario × mediator) where the main effect's interval lies above 0 (+), below 0 (−), or includes 0:",
    '',
    '| factor | + | − | includes 0 |',
    '|---|---|---|---|',
  )
  names.forEach((n, k) => {
    const signs = data.cells.map((c) => sign(c.effects.main[k]!))
    lines.push(
      `| ${n} | ${signs.filter((s) => s === '+').length} | ${signs.filter((s) => s === '−').length} | ${signs.filter((s) => s === '0').length} |`,
    )
  })
  lines.push('')
  if (data.sensitivity.length > 0) {
    lines.push(
      '## Sensitivity of the uncalibrated constants',
      '',
      `${data.sensitivityScenario}, best package, ${setup.sensitivityRuns} runs per line (same design seed): each constant moved on its own to a low and a high value (invented ranges).`,
      '',
      '| constant | value | mean share | civil servant (f) | mandate width (w) | council trust (t) | ranking |',
      '|---|---|---|---|---|---|---|',
    )
    for (const s of data.sensitivity)
      lines.push(
        `| ${s.constant} | ${s.value} | ${f2(s.meanShare)} | ${s.effects.main.map(est).join(' | ')} | ${ranking(s.effects)} |`,
      )
    lines.push('')
  }
  lines.push(
    '## Reading it, and its limits',
    '',
    '- The mandate width works through its atom at 1: the model-free rows show a share of 0 in every fifth',
    "  of the range below 1 wherever the deals need a party's worst option on its largest issue",
    '  (road-and-housing, Rivierenland, MRA), so its main effect there is the contrast between the',
    "  scenario's own mandates and any narrowing, not a slope. Where small deals exist (SWW, the generated",
    '  region) narrowing costs little or nothing.',
    '- A ranking separates two factors (`>`) only where their intervals do not overlap; `≈` says the runs',
    '  cannot order them. No ordering of the three holds across scenarios and mediators.',
    '- Mediators that table only single issues or small swaps (no package deals, the single text,',
    '  exchanges, alternating offers) realise nothing on Rivierenland and MRA, whose regional target leaves',
    '  only the large package valid; their effects there are 0 with no interval.',
    `- The sensitivity analysis ran ${setup.sensitivityRuns} runs per line, fewer than the ${setup.runs} per cell, on`,
    "  one scenario and mediator; constants whose lines equal the defaults' (same runs, same share) did not",
    '  change any run there. `--sensitivity-runs 100` gives the full version (about 2.5 times the time).',
    "- Councils are modelled with their own interests at the simulation's defaults (localEmphasis 0);",
    '  elections, the basiscoalitie and goodwill are off.',
    '',
  )
  return `${lines.join('\n')}\n`
}

/**
 * The command a generated docs/three-questions.md names (to render it again from its JSON).
 * @example
 * studyCommand('<!-- Generated by `npx tsx x.ts --write` from ... -->') // => 'npx tsx x.ts --write'
 * @category examples
 */
export const studyCommand = (markdown: string): string => /Generated by `([^`]+)`/.exec(markdown)?.[1] ?? ''
