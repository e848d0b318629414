import type { IssueId } from '../model/Issue.js'
import type { Scenario } from '../model/Scenario.js'
import { RandomStream, rngFromSeed } from '../internal/random.js'
import type { AgendaItem, SimulationConfig } from './SimulationConfig.js'

/**
 * Arrival and deadline of every issue: the agenda's entry, or round 0 to `rounds` when the
 * agenda does not list it (every issue is then open for the whole run).
 * @example
 * agendaOf(scenario, simulationConfig({ rounds: 10 }))['road'] // => { issue: 'road', arrives: 0, deadline: 10 }
 * @category simulate
 */
export const agendaOf = (scenario: Scenario, config: SimulationConfig): Readonly<Record<IssueId, AgendaItem>> => {
  const listed = new Map(config.agenda.map((item) => [item.issue, item]))
  const out: Record<IssueId, AgendaItem> = {}
  for (const issue of scenario.issues)
    out[issue.id] = listed.get(issue.id) ?? { issue: issue.id, arrives: 0, deadline: config.rounds }
  return out
}

/** Options for `staggeredAgenda`. @category simulate */
export interface StaggeredAgendaOptions {
  readonly rounds: number
  readonly seed: number
  /** Issues arrive uniformly in [0, `arrivalWindow` × rounds). Default 0.5. */
  readonly arrivalWindow?: number
  /** Each issue stays open for between `minOpen` and `maxOpen` meetings (clipped to the run). */
  readonly minOpen?: number
  readonly maxOpen?: number
}

/**
 * An agenda where issues come up over time with their own deadlines, drawn from a seed: for
 * experiments where the region does not face all its tasks at once.
 * @example
 * staggeredAgenda(scenario, { rounds: 40, seed: 1 }).every((a) => a.arrives < a.deadline) // => true
 * @category simulate
 */
export const staggeredAgenda = (scenario: Scenario, options: StaggeredAgendaOptions): readonly AgendaItem[] => {
  const { rounds, seed, arrivalWindow = 0.5 } = options
  const minOpen = Math.max(1, options.minOpen ?? Math.ceil(rounds / 4))
  const maxOpen = Math.max(minOpen, options.maxOpen ?? Math.ceil(rounds / 2))
  const random = new RandomStream(rngFromSeed(seed))
  return scenario.issues.map((issue) => {
    const arrives = Math.min(rounds - 1, random.int(Math.max(1, Math.floor(arrivalWindow * rounds))))
    const open = minOpen + random.int(maxOpen - minOpen + 1)
    return { issue: issue.id, arrives, deadline: Math.min(rounds, arrives + open) }
  })
}
