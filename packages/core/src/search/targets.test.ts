import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { checkDeal } from '../evaluate/checkDeal.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import type { Scenario } from '../model/Scenario.js'
import type { TargetId } from '../model/Target.js'
import { decodeScenario } from '../scenarioFile/decodeScenario.js'
import { encodeScenario } from '../scenarioFile/encodeScenario.js'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'
import { exhaustive } from './exhaustive.js'
import { findDeal } from './findDeal.js'

const text = readFileSync(new URL('../../../testkit/fixtures/homes-target.yaml', import.meta.url), 'utf8')
const read = (source: string): Scenario => {
  const result = parseScenarioText(source, { format: 'yaml' })
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}
const scenario = read(text)
const withBound = (atLeast: number): Scenario => read(text.replace('atLeast: 4000', `atLeast: ${atLeast}`))

describe('regional targets', () => {
  it('reads a target with its issues (weight 1 by default) and writes it back unchanged', () => {
    expect(scenario.targets).toEqual([
      {
        id: 'homes-2030',
        name: '4,000 homes to 2030',
        terms: [
          { issue: 'homes-a', weight: 1 },
          { issue: 'homes-b', weight: 1 },
        ],
        atLeast: 4000,
      },
    ])
    expect(decodeScenario(encodeScenario(scenario))).toEqual(E.right(scenario))
  })

  it('makes the best deal build the homes: without the target the bus line alone would win', () => {
    const { targets: _dropped, ...free } = scenario
    const without = findDeal(free)
    expect(without._tag === 'Optimal' && without.best.deal.choices).toEqual({
      'homes-a': '0',
      'homes-b': '0',
      bus: 'new-line',
    })
    const result = findDeal(scenario)
    expect(result._tag === 'Optimal' && result.best.deal.choices).toEqual({
      'homes-a': '1000',
      'homes-b': '3000',
      bus: 'new-line',
    })
  })

  it('lets checkDeal name the missed target and the total the deal reaches', () => {
    const flaws = checkDeal(scenario, dealFrom(scenario, { bus: 'new-line' })).flaws
    expect(flaws).toEqual([{ _tag: 'TargetMissed', target: 'homes-2030', total: 0, atLeast: 4000 }])
  })

  it('certifies a deadlock naming a target that is out of reach, without searching a single node', () => {
    const result = findDeal(withBound(7000))
    expect(result._tag).toBe('NoDeal')
    if (result._tag !== 'NoDeal') return
    expect(result.stats.nodes).toBe(0)
    expect(result.certificate.reason).toBe(
      'Target homes-2030 (4,000 homes to 2030) is out of reach: its issues add up to at most 6,000 homes, and it needs at least 7,000 homes. ' +
        'No valid deal meets the targets; dropping target homes-2030 alone would allow one.',
    )
    expect(result.certificate.binding).toEqual(['target:homes-2030'])
    expect(exhaustive(withBound(7000))).toMatchObject({
      _tag: 'NoDeal',
      certificate: { reason: result.certificate.reason, binding: result.certificate.binding },
    })
  })

  it('names a reachable target as binding when no deal the parties accept can meet it', () => {
    // 6,000 homes means 3,000 in A, which costs A more than the bus line gives it.
    const result = findDeal(withBound(6000))
    expect(result._tag === 'NoDeal' && result.certificate.binding).toEqual(['target:homes-2030'])
    expect(result._tag === 'NoDeal' && result.certificate.reason).toBe(
      'No valid deal meets the targets; dropping target homes-2030 alone would allow one.',
    )
  })

  it('shows in the deadlock analysis that the bus line alone misses the target', () => {
    const bus = findDeadlocks(scenario).issues.find((a) => a.issue === 'bus')!
    expect(bus.options[0]).toMatchObject({
      option: 'new-line',
      missedTargets: ['homes-2030' as TargetId],
      agreeable: false,
    })
  })
})

describe('targets in a file with mistakes', () => {
  const problems = (source: string) => {
    const result = parseScenarioText(source, { format: 'yaml' })
    return E.isLeft(result) ? result.left.map((p) => `${p.code} ${p.path.join('.')}: ${p.message}`) : []
  }

  it('reports a choice issue in a sum, a repeated issue, a missing bound and bounds the wrong way round', () => {
    const broken = text.replace(
      'sum: [homes-a, homes-b]\n    atLeast: 4000',
      'sum: [homes-a, bus, homes-a]\n  - id: t2\n    sum: [homes-b]\n  - id: t3\n    sum: [{ issue: homes-b, weight: 2 }]\n    atLeast: 5\n    atMost: 4',
    )
    expect(problems(broken)).toEqual([
      'notAQuantityIssue targets.0.sum.1: "bus" is not a quantity issue, so it has no quantities to add up; add "kind: quantity" to it or leave it out of the target.',
      'duplicateId targets.0.sum.2: "homes-a" is listed twice in this target\'s sum; list each issue once (use weight to count it more).',
      'missingField targets.0: a target needs a bound: give atLeast, atMost or both.',
      'missingField targets.1: a target needs a bound: give atLeast, atMost or both.',
      'outOfRange targets.2.atMost: atMost (4) is below atLeast (5), so no deal could meet the target; swap or correct them.',
    ])
  })

  it('reports an unknown issue with a suggestion', () => {
    const result = parseScenarioText(text.replace('sum: [homes-a, homes-b]', 'sum: [homes-a, homes-c]'), {
      format: 'yaml',
    })
    expect(E.isLeft(result) && result.left[0]).toMatchObject({
      code: 'unknownIssue',
      path: ['targets', 0, 'sum', 1],
      suggestion: 'homes-a',
    })
  })
})
