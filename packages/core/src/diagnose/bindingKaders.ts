/**
 * Which kaders bind when there is no deal: the deadlock certificate of the search names the
 * search constraints that bite; this names the parties' kaders that do. A kader binds when the
 * exact search, re-run with that kader alone dropped, finds a valid deal.
 */
import type { Scenario } from '../model/Scenario.js'
import { kadersOf, withoutKader, type Kader } from './kaders.js'
import { probe, type DiagnoseContext } from './probe.js'

/**
 * The kaders that bind, and those whose re-run ran out of time.
 * @category diagnose
 */
export interface BindingKaders {
  readonly binding: readonly Kader[]
  readonly undetermined: readonly Kader[]
  /** Search nodes spent on the re-runs. */
  readonly nodes: number
}

/**
 * Re-runs the search once per kader, each dropped alone. Meant for a scenario without a
 * valid deal; on one with a deal every kader would "bind".
 * @example
 * // A counterfactual: A's council rules out the road via B, the one valid deal's road
 * const roadWithRedLine = { ...scenario, parties: scenario.parties.map((p) => (p.id === 'A' ? { ...p, mandate: { ...p.mandate, redLines: [{ issue: 'road', option: 'via-b' }] } } : p)) }
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * bindingKaders(roadWithRedLine, ctx).binding // => [{ kind: 'redLine', party: 'A', issue: 'road', option: 'via-b' }]
 * @category diagnose
 */
export const bindingKaders = (scenario: Scenario, ctx: DiagnoseContext): BindingKaders => {
  const binding: Kader[] = []
  const undetermined: Kader[] = []
  let nodes = 0
  for (const kader of kadersOf(scenario)) {
    const r = probe(withoutKader(scenario, kader), ctx)
    nodes += r.nodes
    if (r._tag === 'Found') binding.push(kader)
    else if (r._tag === 'Unknown') undetermined.push(kader)
  }
  return { binding, undetermined, nodes }
}
