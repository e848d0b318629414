import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../model/Scenario.js'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'
import { simulate } from './simulate.js'

const parsed = parseScenarioText(
  readFileSync(new URL('../../../testkit/fixtures/homes-target.yaml', import.meta.url), 'utf8'),
  { format: 'yaml' },
)
const scenario = (E.isRight(parsed) ? parsed.right : undefined) as Scenario
const trusting = { involvement: 'front' as const, trust: 1, perParty: {} }

describe('regional targets in the simulator', () => {
  it('adopts no single change that misses the target, even when everyone at the table would vote for it', () => {
    // The bus line alone makes both parties better off, but builds none of the 4,000 homes.
    const result = simulate(scenario, { seed: 1, rounds: 3, councils: trusting, mediator: { _tag: 'noPackageDeals' } })
    expect(result.agreements).toEqual([])
  })

  it('lets the package that meets the target through', () => {
    const result = simulate(scenario, { seed: 1, rounds: 3, councils: trusting })
    expect(result.agreements.map((a) => a.changes)).toEqual([{ 'homes-a': '1000', 'homes-b': '3000', bus: 'new-line' }])
  })
})
