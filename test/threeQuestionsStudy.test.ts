import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { studyEffects, studyRuns } from 'mandjes/engine'
import { loadExample } from '../packages/examples/lib/loadExample.js'
import { studyCommand, studyToMarkdown, type StudyData } from '../packages/examples/lib/threeQuestionsStudyDoc.js'
import { studyEffectsChart } from '../packages/examples/lib/threeQuestionsChart.js'
import { chartToSvg } from '@mandjes/cli'

const docs = join(import.meta.dirname, '..', 'docs')
const markdown = readFileSync(join(docs, 'three-questions.md'), 'utf8')
const data = JSON.parse(readFileSync(join(docs, 'three-questions.json'), 'utf8')) as StudyData

describe('the three-questions study (docs/three-questions.md)', () => {
  it('the doc is exactly what its data renders to (regenerate with the command it names)', () => {
    expect(markdown).toBe(studyToMarkdown(data, studyCommand(markdown)))
  })

  it('the plot is exactly what its data draws (every effect with its interval)', async () => {
    const spec = studyEffectsChart(data)
    expect((spec['data'] as { values: unknown[] }).values).toHaveLength(data.cells.length * 3)
    expect(readFileSync(join(docs, 'charts', 'three-questions-effects.svg'), 'utf8')).toBe(await chartToSvg(spec))
  })

  it('the saved runs and intervals are reproducible: the SWW best-package cell rerun gives the same numbers', () => {
    const cell = data.cells.find((c) => c.scenario === 'sww-social' && c.mediator === 'bestPackage(sum)')!
    const runs = studyRuns(
      loadExample('sww-social'),
      { _tag: 'bestPackage', objective: 'sum' },
      { runs: data.setup.runs, designSeed: data.setup.designSeed },
    )
    expect(runs.map((r) => [r.seed, r.x[0], r.x[1], r.x[2], r.share])).toEqual(cell.runs)
    expect(studyEffects(runs, { reps: data.setup.reps, seed: data.setup.bootstrapSeed })).toEqual(cell.effects)
  })

  it('has at least 100 runs per cell, every mediator on every scenario', () => {
    expect(data.setup.runs).toBeGreaterThanOrEqual(100)
    const scenarios = new Set(data.cells.map((c) => c.scenario))
    const mediators = new Set(data.cells.map((c) => c.mediator))
    expect(data.cells.length).toBe(scenarios.size * mediators.size)
    expect(mediators.size).toBe(7)
  })

  // Only signs whose interval excludes 0 are findings; these are the ones that hold in every
  // cell and every sensitivity line, not point values or a ranking.
  it("the civil servant's freedom never lowers the share: no interval of its effect lies below 0", () => {
    for (const e of [...data.cells.map((c) => c.effects), ...data.sensitivity.map((s) => s.effects)])
      expect(e.main[0]!.high).toBeGreaterThanOrEqual(0)
    expect(data.cells.filter((c) => c.effects.main[0]!.low > 0).length).toBeGreaterThan(data.cells.length / 2)
  })

  it('where deals need the full mandate, narrowing it loses the share: the width effect is positive in every sensitivity line', () => {
    for (const s of data.sensitivity) expect(s.effects.main[1]!.low).toBeGreaterThan(0)
  })

  it('no ranking of the three questions holds everywhere: each of freedom and width leads somewhere, clearly', () => {
    const leads = (k: number) =>
      data.cells.some((c) => c.effects.main.every((e, j) => j === k || c.effects.main[k]!.low > e.high))
    expect(leads(0)).toBe(true)
    expect(leads(1)).toBe(true)
  })
})
