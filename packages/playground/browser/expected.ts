/**
 * What the page should show for an example, computed by the library itself (from core's
 * sources, so no build is needed): the deadlocks and the best deal by total gain.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findDeadlocks, findDeal, formatNumber, parseScenarioText, type Scenario } from '../../core/src/index.js'

/** The figures the page must show for one example, in English. */
export interface Expected {
  readonly deadlocks: number
  readonly firstDeadlock: string
  readonly participants: number
  readonly party: string
  readonly total: string
}

/** An example's scenario, read as the page reads it. */
export const exampleScenario = (name: string): Scenario => {
  const file = fileURLToPath(new URL(`../../examples/${name}/scenario.yaml`, import.meta.url))
  const read = parseScenarioText(readFileSync(file, 'utf8'), { file })
  if (read._tag === 'Left') throw new Error(`${file} does not read`)
  return read.right
}

/** The expected figures of an example. */
export const expectedFor = (name: string): Expected => {
  const s = exampleScenario(name)
  const report = findDeadlocks(s)
  const result = findDeal(s, { objective: 'sum' })
  if (result._tag !== 'Optimal') throw new Error(`${name}: no optimal deal`)
  const best = result.best
  return {
    deadlocks: report.deadlocks.length,
    firstDeadlock: s.issues.find((i) => i.id === report.deadlocks[0])?.name ?? '',
    participants: best.participants.length,
    party: s.parties.find((p) => p.id === best.participants[0])!.name,
    total: formatNumber(
      best.participants.reduce((t, p) => t + best.gains[p]!, 0),
      'en',
    ),
  }
}
