/**
 * The three questions of the source document as an experiment on the Rivierenland example:
 * `threeQuestionsExperiment` on a fixed list of seeds, with each run's outcome turned into the
 * two numbers the questions are about: the share of the deadlocks broken and the share of the
 * regional gain realised. Pure data; `threeQuestionsToMarkdown` words it.
 */
import { findDeadlocks, threeQuestionsExperiment, type Scenario, type ThreeQuestionsResult } from 'mandjes'
import { distributionOf, type Distribution, type ThreeQuestionsRow } from 'mandjes/engine'

/** The seeds of the published run: 1 to 40, every combination of levels once per seed. @category examples */
export const threeQuestionsSeeds: readonly number[] = Array.from({ length: 40 }, (_, k) => k + 1)

/** The three questions, in the order of the source document. @category examples */
export const questions = ['civilServant', 'mandateWidth', 'councilTrust'] as const

/** One of the three questions. @category examples */
export type Question = (typeof questions)[number]

/** What the runs at one level of one question (over every level of the other two) show. @category examples */
export interface LevelOutcome {
  readonly question: Question
  readonly level: string | number
  readonly runs: number
  /** Share of the available regional gain realised, per run. */
  readonly gain: Distribution
  /** Share of the deadlocks at the start that are broken at the end, per run. */
  readonly broken: Distribution
  /** Runs that ended with every deadlock broken, and runs in which no deal was ratified. */
  readonly allBroken: number
  readonly stuck: number
  readonly meanRejectedAtTable: number
  readonly meanFailedRatifications: number
}

/** The outcome of one combination of the three levels. @category examples */
export interface CellOutcome {
  readonly civilServant: string
  readonly mandateWidth: number
  readonly councilTrust: number
  readonly runs: number
  readonly gain: Distribution
  readonly broken: Distribution
}

/** What the three-questions example finds. @category examples */
export interface ThreeQuestionsStudy {
  readonly seeds: readonly number[]
  /** Deadlocks at the start: open issues on which some stakeholder wants a change (the simulator's count). */
  readonly deadlocksAtStart: number
  readonly experiment: ThreeQuestionsResult
  readonly levels: readonly LevelOutcome[]
  readonly cells: readonly CellOutcome[]
}

/**
 * The deadlocks before anything is agreed, in the library's one meaning (`findDeadlocks`):
 * the region would gain from some option of the issue, yet each is blocked on its own. This is
 * the test `simulate` applies at the end (from the agreements in force), so
 * `1 − remaining / atStart` is the share of deadlocks broken.
 * @example
 * deadlocksAtStart(loadExample('rivierenland')) // => 10
 * @category examples
 */
export const deadlocksAtStart = (scenario: Scenario): number => findDeadlocks(scenario).deadlocks.length

const levelOf = (row: ThreeQuestionsRow, question: Question): string | number =>
  question === 'civilServant' ? row.civilServant : question === 'mandateWidth' ? row.mandateWidth : row.trust

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)

const distribution = (xs: readonly number[]): Distribution => {
  const d = distributionOf(xs)
  if (d === null) throw new Error('three questions: a level without runs; the experiment should run every level')
  return d
}

/**
 * Runs the experiment on a scenario (the Rivierenland example) with the default levels of
 * `threeQuestionsExperiment`, and summarises every level of every question and every cell.
 * @example
 * studyThreeQuestions(loadExample('rivierenland'), [1, 2]).levels.length // => 9
 * @category examples
 */
export const studyThreeQuestions = (
  scenario: Scenario,
  seeds: readonly number[] = threeQuestionsSeeds,
): ThreeQuestionsStudy => {
  const atStart = deadlocksAtStart(scenario)
  const experiment = threeQuestionsExperiment(scenario, { seeds })
  const gainOf = (r: ThreeQuestionsRow) => r.share ?? 0
  const brokenOf = (r: ThreeQuestionsRow) => (atStart === 0 ? 1 : 1 - r.deadlocks / atStart)
  const levels = questions.flatMap((question) => {
    const values = [...new Set(experiment.rows.map((r) => levelOf(r, question)))]
    return values.map((level): LevelOutcome => {
      const of = experiment.rows.filter((r) => levelOf(r, question) === level)
      return {
        question,
        level,
        runs: of.length,
        gain: distribution(of.map(gainOf)),
        broken: distribution(of.map(brokenOf)),
        allBroken: of.filter((r) => r.outcome === 'AllAgreed').length,
        stuck: of.filter((r) => r.outcome === 'Stuck').length,
        meanRejectedAtTable: mean(of.map((r) => r.rejectedAtTable)),
        meanFailedRatifications: mean(of.map((r) => r.failedRatifications)),
      }
    })
  })
  const groups = new Map<string, ThreeQuestionsRow[]>()
  for (const row of experiment.rows) {
    const key = JSON.stringify([row.civilServant, row.mandateWidth, row.trust])
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const cells = [...groups.values()].map((of): CellOutcome => ({
    civilServant: of[0]!.civilServant,
    mandateWidth: of[0]!.mandateWidth,
    councilTrust: of[0]!.trust,
    runs: of.length,
    gain: distribution(of.map(gainOf)),
    broken: distribution(of.map(brokenOf)),
  }))
  return { seeds, deadlocksAtStart: atStart, experiment, levels, cells }
}
