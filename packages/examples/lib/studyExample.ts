/**
 * Everything an example's README shows, computed from the scenario: the deadlock analysis,
 * the best deal under each objective, each participant's view of the best deal, and one
 * simulated negotiation. Pure data; `studyToMarkdown` words it.
 */
import {
  councilNoteFor,
  findDeadlocks,
  findDeal,
  simulate,
  type CouncilNote,
  type DeadlockReport,
  type Objective,
  type RankedDeal,
  type Scenario,
  type SearchResult,
  type SimulationResult,
} from 'mandjes'

/** The best deal under one objective. @category examples */
export interface ObjectiveResult {
  readonly objective: Objective
  readonly result: SearchResult
  readonly best?: RankedDeal
}

/** What an example finds. @category examples */
export interface ExampleStudy {
  readonly scenario: Scenario
  readonly deadlocks: DeadlockReport
  readonly byObjective: readonly ObjectiveResult[]
  /** The best deal by total gain (the first objective), when one exists. */
  readonly best?: RankedDeal
  /** The council-note data of every participant of the best deal. */
  readonly views: readonly CouncilNote[]
  readonly simulation: SimulationResult
  readonly seed: number
}

/** Options for `studyExample`. @category examples */
export interface StudyOptions {
  readonly objectives?: readonly Objective[]
  /** Search time per objective, in milliseconds (default 20 s; every example needs far less). */
  readonly timeMs?: number
  readonly seed?: number
}

const bestOf = (result: SearchResult): RankedDeal | undefined =>
  result._tag === 'Optimal'
    ? result.best
    : result._tag === 'BudgetExhausted' && result.best._tag === 'Some'
      ? result.best.value
      : undefined

/**
 * Studies an example: deadlocks, best deals, each participant's view, one simulation.
 * @example
 * studyExample(loadExample('road-and-housing')).best?.changes // => ['road', 'housing-location']
 * @category examples
 */
export const studyExample = (scenario: Scenario, options: StudyOptions = {}): ExampleStudy => {
  const objectives = options.objectives ?? ['sum', 'maxmin', 'nash', 'fewest']
  const seed = options.seed ?? 1
  const deadlocks = findDeadlocks(scenario)
  const byObjective = objectives.map((objective): ObjectiveResult => {
    const result = findDeal(scenario, { objective, budget: { timeMs: options.timeMs ?? 20_000 } })
    const best = bestOf(result)
    return { objective, result, ...(best === undefined ? {} : { best }) }
  })
  const best = byObjective[0]?.best
  const views =
    best === undefined
      ? []
      : best.participants.map((party) => councilNoteFor(scenario, best.deal, party, { deadlocks }))
  const simulation = simulate(scenario, { seed, history: false })
  return { scenario, deadlocks, byObjective, ...(best === undefined ? {} : { best }), views, simulation, seed }
}
